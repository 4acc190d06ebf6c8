import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { createQuote } from './createQuote.js';
import { customer, errorCode, frozen, items, seller } from './internal/testFixtures.js';

describe('createQuote', () => {
  it('copies each item with its quantity, numbering the lines from 1', () => {
    const quote = createQuote({
      id: 'Q-1',
      seller,
      customer,
      lines: [
        { item: items.chair, quantity: '4' },
        { item: items.hour, quantity: '2.5', description: 'Montage sur place' },
      ],
      validUntil: '2026-04-30',
    });
    expect(quote).toEqual({
      id: 'Q-1',
      kind: 'quote',
      status: 'draft',
      currency: 'EUR',
      seller,
      customer,
      validUntil: '2026-04-30',
      lines: [
        {
          id: '1',
          itemReference: 'CH-01',
          label: 'Chaise',
          quantity: '4',
          unitCode: 'C62',
          unitPrice: '89.90',
          vat: { category: 'S', rate: '20' },
          nature: 'goods',
          purchaseCost: '41.50',
        },
        {
          id: '2',
          itemReference: 'MO-01',
          label: "Main-d'œuvre",
          description: 'Montage sur place',
          quantity: '2.5',
          unitCode: 'HUR',
          unitPrice: '55.00',
          vat: { category: 'S', rate: '20' },
          nature: 'service',
        },
      ],
    });
    // 4 × 89.90 = 359.60; 2.5 × 55.00 = 137.50; VAT 20 % of 497.10 = 99.42
    expect(computeDocumentTotals(quote).taxInclusiveAmount).toBe('596.52');
  });

  it('takes the line ids and negotiated prices given', () => {
    const quote = createQuote({
      id: 'Q-1',
      seller,
      customer,
      currency: 'EUR',
      lines: [{ item: items.table, quantity: '1', lineId: 'T', unitPrice: '420.00' }],
      notes: ['Livraison comprise'],
    });
    expect(quote.lines.map((line) => [line.id, line.unitPrice])).toEqual([['T', '420.00']]);
    expect(quote.notes).toEqual(['Livraison comprise']);
  });

  it('refuses bad input with INVALID_INPUT and the path of each problem', () => {
    const base = { id: 'Q-1', seller, customer, lines: [{ item: items.chair, quantity: '1' }] };
    const codes = (input: unknown) =>
      caughtTpeError(() => createQuote(input as never)).issues.map((issue) => issue.code);
    expect(codes({ ...base, lines: [{ item: items.chair, quantity: '0' }] })).toEqual([
      'quantity_not_positive',
    ]);
    expect(codes({ ...base, lines: [{ item: items.chair, quantity: '-1' }] })).toEqual([
      'negative_not_allowed',
    ]);
    expect(
      codes({
        ...base,
        lines: [
          { item: items.chair, quantity: '1', lineId: '2' },
          { item: items.table, quantity: '1' },
        ],
      }),
    ).toEqual(['duplicate_line_id']);
    expect(errorCode(() => createQuote({ ...base, lines: [] }))).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        createQuote({ ...base, lines: [{ item: items.chair, quantity: 1 }] } as never),
      ),
    ).toBe('INVALID_INPUT');
    expect(errorCode(() => createQuote({ ...base, colour: 'red' } as never))).toBe('INVALID_INPUT');
    expect(errorCode(() => createQuote(null as never))).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        createQuote({
          ...base,
          lines: [{ item: { ...items.chair, vat: { category: 'X', rate: '20' } }, quantity: '1' }],
        } as never),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('does not change its input', () => {
    const input = frozen({
      id: 'Q-1',
      seller,
      customer,
      lines: [{ item: items.chair, quantity: '1' }],
    });
    const copy = structuredClone(input);
    const quote = createQuote(input);
    expect(input).toEqual(copy);
    expect(quote.seller).not.toBe(input.seller);
  });
});
