import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineProject } from 'vitest/config';

/** The repository root, found from wherever the mutation sandbox copied this file. */
function repositoryRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'turbo.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('No turbo.json above the mutation sandbox');
    dir = parent;
  }
  return dir;
}

/**
 * The test run used by mutation testing (`npm run mutation`): the unit and
 * property tests, with fewer property runs per mutant; the documentation
 * checks (examples, export docs) are left to `npm test`.
 */
export default defineProject({
  resolve: { conditions: ['@tpe/source'] },
  ssr: { resolve: { conditions: ['@tpe/source'] } },
  test: {
    name: '@tpe/core (mutation)',
    include: ['src/**/*.test.ts'],
    exclude: ['src/examples.test.ts', 'src/exports.test.ts'],
    setupFiles: [join(repositoryRoot(import.meta.dirname), 'tools/fewerPropertyRuns.ts')],
  },
});
