#!/usr/bin/env node
// Adds up the vitest JSON reports of every workspace package and prints one
// closing line, `tests: N passed, N failed, N skipped`. Exits non-zero when a
// test failed or when no test ran at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
for (const folder of ['packages', 'examples']) {
  const base = join(root, folder);
  if (!existsSync(base)) continue;
  for (const name of readdirSync(base)) {
    const report = join(base, name, 'reports', 'vitest.json');
    if (!existsSync(report)) continue;
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(
      readFileSync(report, 'utf8'),
    );
    console.log(`${folder}/${name}: ${numPassedTests} passed, ${numFailedTests} failed`);
    passed += numPassedTests;
    failed += numFailedTests;
    skipped += numPendingTests + numTodoTests;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
