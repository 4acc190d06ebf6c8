import { beforeAll, describe, expect, it } from 'vitest';
import { toCII } from '../cii/toCII.js';
import { toUBL } from '../ubl/toUBL.js';
import {
  JAVA_SAXON,
  runValidator,
  type ValidatorRun,
  writeTemporaryFiles,
} from './runValidator.js';
import { plainInvoice, sampleInvoices, writerOptionsOf } from './sampleInvoices.js';

/**
 * Every generated e-invoice against the official rules vendored in
 * tools/validators: the CEN EN 16931 XSD and schematron (CII and UBL), the
 * Factur-X 1.0.9 XSD and schematron of each profile, and the French reform
 * rules for French invoices between businesses. One validator call per
 * profile over all its files; deliberately broken copies must fail, so that
 * the harness cannot pass everything.
 */

const en16931 = new Map(
  sampleInvoices.map((sample) => [sample.name, toCII(sample.document, writerOptionsOf(sample))]),
);
const frenchB2b = new Set(
  sampleInvoices.filter((sample) => sample.frenchB2b).map(({ name }) => name),
);

function replaceOnce(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`${from} is not in the XML`);
  return xml.replace(from, to);
}

const goods = en16931.get('invoice-goods-multirate') ?? '';
/** BT-112 raised by one cent: BR-CO-15 (BT-112 = BT-109 + BT-110) must fail. */
const tamperedTotal = replaceOnce(
  goods,
  '<ram:GrandTotalAmount>548.29</ram:GrandTotalAmount>',
  '<ram:GrandTotalAmount>548.30</ram:GrandTotalAmount>',
);
/** The 40 € indemnity note removed: BR-FR-05 must fail. */
const tamperedNotes = goods.replace(
  /<ram:IncludedNote><ram:Content>[^<]*<\/ram:Content><ram:SubjectCode>PMT<\/ram:SubjectCode><\/ram:IncludedNote>/,
  '',
);

const cenCii = new Map([
  ...en16931,
  ['basic', toCII(plainInvoice, { profile: 'BASIC' })],
  ['basic-wl', toCII(plainInvoice, { profile: 'BASIC WL' })],
  ['minimum', toCII(plainInvoice, { profile: 'MINIMUM' })],
  ['tampered-total', tamperedTotal],
]);
const facturXFrench = new Map([
  ...[...en16931].filter(([name]) => frenchB2b.has(name)),
  ['tampered-notes', tamperedNotes],
]);
const facturXOthers = new Map([...en16931].filter(([name]) => !frenchB2b.has(name)));
const extended = new Map([
  ['extended-goods', toCII(sampleInvoices[0]?.document ?? plainInvoice, { profile: 'EXTENDED' })],
  ['extended-plain', toCII(plainInvoice, { profile: 'EXTENDED' })],
]);
const ublInvoices = new Map(
  sampleInvoices.map((sample) => [sample.name, toUBL(sample.document, writerOptionsOf(sample))]),
);
const ubl = new Map([
  ...ublInvoices,
  [
    'tampered-payable',
    replaceOnce(
      ublInvoices.get('final-invoice-after-deposit') ?? '',
      '<cbc:PayableAmount currencyID="EUR">467.52</cbc:PayableAmount>',
      '<cbc:PayableAmount currencyID="EUR">827.52</cbc:PayableAmount>',
    ),
  ],
]);

const runs = new Map<string, ValidatorRun>();
const batches = {
  'CEN EN 16931 (CII) and Factur-X BASIC, BASIC WL, MINIMUM': {
    call: { profile: 'auto' },
    files: cenCii,
  },
  'Factur-X EN16931 and French rules': {
    call: { profile: 'facturx-en16931', flags: ['--fr-ctc'] },
    files: facturXFrench,
  },
  'Factur-X EN16931': { call: { profile: 'facturx-en16931' }, files: facturXOthers },
  // SaxonJS cannot run the Factur-X EXTENDED schematron: without Java, its XSD only.
  'Factur-X EXTENDED': {
    call: { profile: 'facturx-extended', flags: JAVA_SAXON ? [] : ['--no-schematron'] },
    files: extended,
  },
  'CEN EN 16931 (CII) on EXTENDED': { call: { profile: 'en16931' }, files: extended },
  'CEN EN 16931 (UBL)': { call: { profile: 'en16931-ubl' }, files: ubl },
} as const;

beforeAll(async () => {
  await Promise.all(
    Object.entries(batches).map(async ([label, { call, files }], index) => {
      runs.set(label, await runValidator(call, writeTemporaryFiles(String(index), files)));
    }),
  );
}, 1_200_000);

function expectVerdicts(
  label: keyof typeof batches,
  failing: Readonly<Record<string, RegExp>> = {},
) {
  const run = runs.get(label);
  const files = batches[label].files;
  expect(run?.verdicts.size, run?.output).toBe(files.size);
  for (const name of files.keys()) {
    const verdict = run?.verdicts.get(name);
    const expected = failing[name];
    if (expected === undefined) {
      expect(verdict?.pass, `${name}\n${verdict?.report ?? run?.output}`).toBe(true);
    } else {
      expect(verdict?.pass, `${name} should fail`).toBe(false);
      expect(verdict?.failed.join(' ')).toMatch(expected);
    }
  }
}

describe('the official validators', () => {
  it('pass every CII invoice under the CEN rules, and BASIC, BASIC WL, MINIMUM under theirs', () => {
    expectVerdicts('CEN EN 16931 (CII) and Factur-X BASIC, BASIC WL, MINIMUM', {
      'tampered-total': /BR-CO-15/,
    });
  });

  it('pass the French invoices between businesses under Factur-X EN16931 and the French rules', () => {
    expect(facturXFrench.size).toBeGreaterThanOrEqual(10);
    expect(tamperedNotes).not.toContain('<ram:SubjectCode>PMT</ram:SubjectCode>');
    expectVerdicts('Factur-X EN16931 and French rules', { 'tampered-notes': /BR-FR-05/ });
  });

  it('pass the other invoices (intra-EU, export, consumer) under Factur-X EN16931', () => {
    expectVerdicts('Factur-X EN16931');
  });

  it('pass EXTENDED invoices under the Factur-X EXTENDED rules (schema only without Java) and the CEN rules', () => {
    expectVerdicts('Factur-X EXTENDED');
    expectVerdicts('CEN EN 16931 (CII) on EXTENDED');
  });

  it('pass every UBL invoice and credit note under the CEN UBL rules', () => {
    expectVerdicts('CEN EN 16931 (UBL)', { 'tampered-payable': /BR-CO-16/ });
  });
});
