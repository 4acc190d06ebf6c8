import { defineConfig } from 'vitest/config';

/**
 * Benchmarks: each package's `bench/*.bench.ts`, run by `npm run bench` in
 * that package (`vitest run --config ../../vitest.bench.config.ts --root .`).
 * They print throughput and the ratio to a bare-integer floor measured in the
 * same run; they assert only that library and floor agree.
 *
 * They measure what users install: benchmarks import `@tpe/*` by name, which
 * resolves to the built `dist/` (turbo builds it first), and Node loads it
 * natively instead of through the test transform.
 */
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    reporters: ['verbose'],
    passWithNoTests: true,
    server: { deps: { external: [/\/node_modules\//, /\/packages\/[^/]+\/dist\//] } },
  },
});
