import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import * as zod from 'zod';
import { describeExamples } from '../../../tools/runExamples.js';
import * as core from './index.js';

describe('the examples of the documentation', () => {
  describeExamples({
    packageDir: fileURLToPath(new URL('..', import.meta.url)),
    markdownFiles: [fileURLToPath(new URL('../../../docs/core.md', import.meta.url))],
    modules: { '@tpe/core': core, zod },
  });
});
