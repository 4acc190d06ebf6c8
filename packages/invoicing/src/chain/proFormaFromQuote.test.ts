import { describe, expect, it } from 'vitest';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { documentOf, errorCode, frozen, items, lineOf } from './internal/testFixtures.js';
import { proFormaFromQuote } from './proFormaFromQuote.js';

const quote = documentOf('quote', 'Q-1', [lineOf('1', items.table, '2')], { status: 'sent' });

describe('proFormaFromQuote', () => {
  it('makes a pro forma with the lines of a sent or accepted quote', () => {
    for (const status of ['sent', 'accepted'] as const) {
      const proForma = proFormaFromQuote({ ...quote, status }, { id: 'PF-1' });
      expect([proForma.kind, proForma.status, proForma.links]).toEqual([
        'proForma',
        'draft',
        [{ documentId: 'Q-1', relation: 'convertedFrom' }],
      ]);
      expect(proForma.lines[0]?.source).toEqual({ documentId: 'Q-1', lineId: '1' });
      // 2 × 450.00 = 900.00 + 180.00 VAT
      expect(computeDocumentTotals(proForma).taxInclusiveAmount).toBe('1080.00');
    }
  });

  it('refuses a draft, refused or expired quote and other kinds', () => {
    for (const status of ['draft', 'refused', 'expired'] as const) {
      expect(errorCode(() => proFormaFromQuote({ ...quote, status }, { id: 'PF-1' }))).toBe(
        'INVALID_TRANSITION',
      );
    }
    expect(
      errorCode(() =>
        proFormaFromQuote({ ...quote, kind: 'salesOrder', status: 'draft' }, { id: 'PF-1' }),
      ),
    ).toBe('INVALID_INPUT');
    expect(errorCode(() => proFormaFromQuote(quote, {} as never))).toBe('INVALID_INPUT');
  });

  it('does not change its input', () => {
    const input = frozen(quote);
    proFormaFromQuote(input, { id: 'PF-1' });
    expect(input).toEqual(quote);
  });
});
