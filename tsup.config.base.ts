import { defineConfig } from 'tsup';

/**
 * The build of every package: ESM and CommonJS for Node 20, type
 * declarations, source maps. The maps point at `src/`, which each package
 * publishes, so they do not repeat the sources' text.
 */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  treeshake: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
});
