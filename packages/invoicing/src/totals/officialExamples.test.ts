import { describe, expect, it } from 'vitest';
import { computeDocumentTotals, documentTotalsInputSchema } from './computeDocumentTotals.js';
import { OFFICIAL_EXAMPLES } from './fixtures/officialExamples.js';

describe('the official EN 16931 examples rebuilt in the model', () => {
  it('are at least six, among them a credit note, allowances, charges and several rates', () => {
    expect(OFFICIAL_EXAMPLES.length).toBeGreaterThanOrEqual(6);
    const documents = OFFICIAL_EXAMPLES.map((example) => example.document);
    expect(documents.some((document) => document.kind === 'creditNote')).toBe(true);
    expect(documents.some((document) => (document.allowances?.length ?? 0) > 0)).toBe(true);
    expect(documents.some((document) => (document.charges?.length ?? 0) > 0)).toBe(true);
    expect(
      documents.some((document) => document.lines.some((line) => line.allowances !== undefined)),
    ).toBe(true);
    expect(OFFICIAL_EXAMPLES.some((example) => example.declared.vatBreakdown.length >= 3)).toBe(
      true,
    );
  });

  for (const example of OFFICIAL_EXAMPLES) {
    it(`${example.source} (${example.exercises}) comes out with its declared totals`, () => {
      expect(documentTotalsInputSchema.safeParse(example.document).success).toBe(true);
      expect(computeDocumentTotals(example.document, example.options)).toStrictEqual(
        example.declared,
      );
    });
  }
});
