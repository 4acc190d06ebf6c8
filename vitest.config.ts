import { defineConfig } from 'vitest/config';

/**
 * Root test configuration: every workspace package is a project, resolved from
 * its `src/` through the `@tpe/source` export condition (no build needed).
 */
export default defineConfig({
  resolve: { conditions: ['@tpe/source'] },
  ssr: { resolve: { conditions: ['@tpe/source'] } },
  test: {
    projects: ['packages/*'],
  },
});
