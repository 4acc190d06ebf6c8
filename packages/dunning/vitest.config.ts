import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@tpe/source'] },
  ssr: { resolve: { conditions: ['@tpe/source'] } },
  test: {
    name: '@tpe/dunning',
    include: ['src/**/*.test.ts'],
    setupFiles: ['../../tools/propertyRuns.ts'],
    testTimeout: 300_000,
    typecheck: { include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
