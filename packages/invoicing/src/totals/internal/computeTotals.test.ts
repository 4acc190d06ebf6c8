import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullDraft, mutate, paths } from '../../internal/fixtures/readerAgreement.js';
import type { DocumentLine } from '../../model/DocumentLine.js';
import { lineVat } from '../../model/lineVat.js';
import {
  computeDocumentTotalsOptionsSchema,
  documentTotalsInputSchema,
} from '../computeDocumentTotals.js';
import { computeTotals } from './computeTotals.js';

/**
 * The fast reading of computeTotals must accept exactly what the schemas
 * accept: it answers `undefined` where they refuse, and computes otherwise.
 */

/** The draft's first line: every field a line has. */
const validLine = fullDraft.lines[0] as DocumentLine;

const validDocument = {
  id: 'doc-1',
  kind: 'invoice',
  status: 'draft',
  currency: 'EUR',
  lines: [
    validLine,
    { ...validLine, id: '2', quantity: '-1.5', vat: lineVat('reverseCharge'), allowances: [] },
    {
      ...validLine,
      id: '3',
      vat: lineVat('outOfScope'),
      grossPrice: undefined,
      priceDiscount: undefined,
    },
  ],
  allowances: [
    { amount: '10.00', baseAmount: '100.00', percent: '10', vat: { category: 'S', rate: '20.0' } },
  ],
  charges: [{ amount: '5', vat: lineVat('reverseCharge') }],
  deductedDeposits: [{ documentId: 'd', number: 'A-1', issueDate: '2026-01-15', amount: '50.00' }],
};

const TRICKY: readonly unknown[] = [
  undefined,
  null,
  0,
  1,
  -1,
  true,
  '',
  ' ',
  '0',
  '-0',
  '1',
  '1.',
  '.5',
  '01',
  '1e3',
  '-1',
  '0.00',
  '12.345',
  '1234567.1234567',
  '9999999999999999',
  '99999',
  '20',
  '5.5',
  'S',
  'E',
  'O',
  'AE',
  'Z',
  'L',
  'X',
  'invoice',
  'quote',
  'creditNote',
  'EUR',
  'XXX',
  'C62',
  'c62',
  'ABCD',
  'goods',
  'service',
  '2026-02-30',
  '2025-12-31',
  '2026-03-01',
  'VATEX-EU-AE',
  'vatex-eu-ic',
  'VATEX EU',
  'x'.repeat(65),
  'x'.repeat(501),
  [],
  [{}],
  {},
  { amount: '1' },
  { category: 'S', rate: '20' },
  { category: 'E', rate: '0', exemptionReason: 'Exonération' },
];

const allPaths = paths(validDocument);

describe('computeTotals reads exactly what the schemas accept', () => {
  it('computes the valid document', () => {
    expect(documentTotalsInputSchema.safeParse(validDocument).success).toBe(true);
    expect(computeTotals(validDocument, undefined)).toBeDefined();
  });

  it('refuses what the schemas refuse and accepts what they accept, after any one change', () => {
    for (const path of allPaths) {
      for (const value of TRICKY) {
        for (const mode of ['set', 'addKey', 'delete'] as const) {
          const document = mutate(validDocument, path, value, mode);
          const accepted = documentTotalsInputSchema.safeParse(document).success;
          expect({
            path,
            value,
            mode,
            accepted: computeTotals(document, undefined) !== undefined,
          }).toEqual({
            path,
            value,
            mode,
            accepted,
          });
        }
      }
    }
  });

  it('refuses what the schemas refuse and accepts what they accept, after two changes', () => {
    const change = fc.record({
      path: fc.constantFrom(...allPaths),
      value: fc.constantFrom(...TRICKY),
      mode: fc.constantFrom('set', 'set', 'set', 'addKey', 'delete') as fc.Arbitrary<
        'set' | 'addKey' | 'delete'
      >,
    });
    fc.assert(
      fc.property(fc.array(change, { minLength: 2, maxLength: 2 }), (changes) => {
        let document: unknown = validDocument;
        for (const { path, value, mode } of changes) {
          try {
            document = mutate(document, path, value, mode);
          } catch {
            // The path no longer exists after the first change.
          }
        }
        const accepted = documentTotalsInputSchema.safeParse(document).success;
        expect(computeTotals(document, undefined) !== undefined).toBe(accepted);
      }),
    );
  });

  it('reads the options as their schema does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...TRICKY),
          fc.constantFrom(...TRICKY).map((roundingAmount) => ({ roundingAmount })),
          fc.constantFrom(...TRICKY).map((other) => ({ roundingAmount: '0.01', other })),
        ),
        (options) => {
          const accepted =
            options === undefined || computeDocumentTotalsOptionsSchema.safeParse(options).success;
          expect(computeTotals(validDocument, options) !== undefined).toBe(accepted);
        },
      ),
    );
  });

  it('gives the same totals whatever the extra keys of the document', () => {
    const withParties = { ...validDocument, seller: { legalName: 'x' }, notes: ['a'] };
    expect(computeTotals(withParties, undefined)).toStrictEqual(
      computeTotals(validDocument, undefined),
    );
  });
});
