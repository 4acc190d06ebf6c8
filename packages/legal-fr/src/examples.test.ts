import { fileURLToPath } from 'node:url';
import * as core from '@tpe/core';
import { describe } from 'vitest';
import * as zod from 'zod';
import { describeExamples } from '../../../tools/runExamples.js';
import * as legalFr from './index.js';

describe('the examples of the documentation', () => {
  describeExamples({
    packageDir: fileURLToPath(new URL('..', import.meta.url)),
    markdownFiles: [
      fileURLToPath(new URL('../../../docs/legal-fr.md', import.meta.url)),
      fileURLToPath(new URL('../../../README.md', import.meta.url)),
    ],
    modules: { '@tpe/legal-fr': legalFr, '@tpe/core': core, zod },
  });
});
