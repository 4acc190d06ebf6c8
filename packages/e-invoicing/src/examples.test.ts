import { fileURLToPath } from 'node:url';
import * as core from '@tpe/core';
import * as invoicing from '@tpe/invoicing';
import * as legalFr from '@tpe/legal-fr';
import { describe } from 'vitest';
import * as zod from 'zod';
import { describeExamples } from '../../../tools/runExamples.js';
import * as pkg from './index.js';

describe('the examples of the documentation', () => {
  describeExamples({
    packageDir: fileURLToPath(new URL('..', import.meta.url)),
    markdownFiles: [fileURLToPath(new URL('../../../docs/e-invoicing.md', import.meta.url))],
    modules: {
      '@tpe/e-invoicing': pkg,
      '@tpe/invoicing': invoicing,
      '@tpe/legal-fr': legalFr,
      '@tpe/core': core,
      zod,
    },
  });
});
