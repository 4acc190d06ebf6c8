import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { documentOf, errorCode, frozen, items, lineOf } from './internal/testFixtures.js';
import { orderFromQuote } from './orderFromQuote.js';

const quote = documentOf(
  'quote',
  'Q-1',
  [lineOf('1', items.chair, '4'), lineOf('2', items.book, '3')],
  {
    status: 'accepted',
    issueDate: '2026-03-02',
    validUntil: '2026-04-30',
    paymentTerm: { kind: 'netDays', days: 45, from: 'issue' },
    buyerReference: 'SERVICE-ACHATS',
    notes: ['Offre valable 2 mois'],
    allowances: [
      {
        percent: '5',
        baseAmount: '359.60',
        amount: '17.98',
        reason: 'Remise',
        vat: { category: 'S', rate: '20' },
      },
    ],
  },
);

describe('orderFromQuote', () => {
  it('copies parties, lines, allowances and terms, and links every line to the quote', () => {
    const order = orderFromQuote(quote, { id: 'SO-1', orderReference: 'PO-7781' });
    expect(order).toEqual({
      id: 'SO-1',
      kind: 'salesOrder',
      status: 'draft',
      currency: 'EUR',
      seller: quote.seller,
      customer: quote.customer,
      buyerReference: 'SERVICE-ACHATS',
      orderReference: 'PO-7781',
      paymentTerm: { kind: 'netDays', days: 45, from: 'issue' },
      allowances: quote.allowances,
      lines: [
        { ...lineOf('1', items.chair, '4'), source: { documentId: 'Q-1', lineId: '1' } },
        { ...lineOf('2', items.book, '3'), source: { documentId: 'Q-1', lineId: '2' } },
      ],
      links: [{ documentId: 'Q-1', relation: 'convertedFrom' }],
    });
    // 359.60 − 17.98 = 341.62 at 20 % and 37.05 at 5.5 %: the same totals as the quote
    expect(computeDocumentTotals(order)).toEqual(computeDocumentTotals(quote));
  });

  it('converts only an accepted quote', () => {
    for (const status of ['draft', 'sent', 'refused', 'expired'] as const) {
      const error = caughtTpeError(() => orderFromQuote({ ...quote, status }, { id: 'SO-1' }));
      expect([error.code, error.details.from, error.details.to]).toEqual([
        'INVALID_TRANSITION',
        status,
        'salesOrder',
      ]);
    }
  });

  it('refuses other kinds and bad options', () => {
    expect(
      errorCode(() =>
        orderFromQuote({ ...quote, kind: 'proForma', status: 'sent' }, { id: 'SO-1' }),
      ),
    ).toBe('INVALID_INPUT');
    expect(errorCode(() => orderFromQuote(quote, { id: '' }))).toBe('INVALID_INPUT');
    expect(
      errorCode(() => orderFromQuote(quote, { id: 'SO-1', status: 'confirmed' } as never)),
    ).toBe('INVALID_INPUT');
  });

  it('does not change its input', () => {
    const input = frozen(quote);
    orderFromQuote(input, { id: 'SO-1' });
    expect(input).toEqual(quote);
  });
});
