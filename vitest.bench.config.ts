import { defineConfig } from 'vitest/config';

/**
 * Benchmarks: each package's `bench/*.bench.ts`, run by `npm run bench` in
 * that package (`vitest run --config ../../vitest.bench.config.ts --root .`).
 * They print throughput and the ratio to a bare-integer floor measured in the
 * same run; they assert only that library and floor agree.
 */
export default defineConfig({
  resolve: { conditions: ['@tpe/source'] },
  ssr: { resolve: { conditions: ['@tpe/source'] } },
  test: {
    include: ['bench/**/*.bench.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    reporters: ['verbose'],
    passWithNoTests: true,
  },
});
