import { fileURLToPath } from 'node:url';
import * as core from '@tpe/core';
import * as legalFr from '@tpe/legal-fr';
import { describe } from 'vitest';
import * as zod from 'zod';
import { describeExamples } from '../../../tools/runExamples.js';
import * as pkg from './index.js';

describe('the examples of the documentation', () => {
  describeExamples({
    packageDir: fileURLToPath(new URL('..', import.meta.url)),
    markdownFiles: [fileURLToPath(new URL('../../../docs/invoicing.md', import.meta.url))],
    modules: { '@tpe/invoicing': pkg, '@tpe/legal-fr': legalFr, '@tpe/core': core, zod },
  });
});
