import { formatScaledUnits, parseDecimal } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { deliverOrder } from './deliverOrder.js';
import {
  documentOf,
  errorCode,
  frozen,
  items,
  lineOf,
  threeLineOrder,
} from './internal/testFixtures.js';
import { remainingToDeliver } from './remainingToDeliver.js';

describe('deliverOrder', () => {
  it('delivers a three-line order in two notes', () => {
    const first = deliverOrder(threeLineOrder, [], {
      id: 'DN-1',
      deliveryDate: '2026-03-10',
      lines: [
        { lineId: '2', quantity: '2' },
        { lineId: '1', quantity: '6' },
      ],
    });
    expect(first).toEqual({
      id: 'DN-1',
      kind: 'deliveryNote',
      status: 'draft',
      currency: 'EUR',
      seller: threeLineOrder.seller,
      customer: threeLineOrder.customer,
      deliveryDate: '2026-03-10',
      // in the order's line order, not the request's
      lines: [
        { ...lineOf('1', items.chair, '6'), source: { documentId: 'SO-1', lineId: '1' } },
        { ...lineOf('2', items.table, '2'), source: { documentId: 'SO-1', lineId: '2' } },
      ],
      links: [{ documentId: 'SO-1', relation: 'deliveredFrom' }],
    });
    const second = deliverOrder(threeLineOrder, [first], {
      id: 'DN-2',
      deliveryDate: '2026-03-17',
    });
    expect(second.lines.map((line) => [line.id, line.quantity])).toEqual([
      ['1', '4'],
      ['3', '15'],
    ]);
    expect(remainingToDeliver(threeLineOrder, [first, second]).map((row) => row.remaining)).toEqual(
      ['0', '0', '0'],
    );
    expect(
      caughtTpeError(() =>
        deliverOrder(threeLineOrder, [first, second], { id: 'DN-3', deliveryDate: '2026-03-20' }),
      ).issues[0]?.code,
    ).toBe('nothing_remaining');
  });

  it('prorates line allowances to the quantity, the last delivery taking the last cents', () => {
    const order = documentOf('salesOrder', 'SO-2', [
      { ...lineOf('1', items.chair, '3'), allowances: [{ amount: '10.00', reason: 'Remise' }] },
    ]);
    const notes: CommercialDocument[] = [];
    for (const id of ['DN-1', 'DN-2', 'DN-3']) {
      notes.push(
        deliverOrder(order, notes, {
          id,
          deliveryDate: '2026-03-10',
          lines: [{ lineId: '1', quantity: '1' }],
        }),
      );
    }
    // round(10 × 1/3) = 3.33; round(10 × 2/3) − 3.33 = 3.34; 10.00 − 6.67 = 3.33
    expect(notes.map((note) => note.lines[0]?.allowances)).toEqual([
      [{ amount: '3.33', reason: 'Remise' }],
      [{ amount: '3.34', reason: 'Remise' }],
      [{ amount: '3.33', reason: 'Remise' }],
    ]);
  });

  it('never delivers more than remains, and what is delivered plus what remains is what was ordered', () => {
    // quantities in thousandths
    const lineQuantities = fc.array(fc.integer({ min: 1, max: 5000 }), {
      minLength: 1,
      maxLength: 3,
    });
    // the percentage of what remains of each line that each delivery takes
    const shares = fc.array(
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
      {
        minLength: 1,
        maxLength: 3,
      },
    );
    fc.assert(
      fc.property(lineQuantities, shares, (quantities, deliveries) => {
        const order = documentOf(
          'salesOrder',
          'SO-P',
          quantities.map((units, index) =>
            lineOf(String(index + 1), items.chair, formatScaledUnits(units, 3)),
          ),
        );
        const remaining = [...quantities];
        const notes: CommercialDocument[] = [];
        deliveries.forEach((share, number) => {
          const lines = remaining.flatMap((left, index) => {
            const units = Math.floor((left * (share[index] ?? 0)) / 100);
            return units > 0
              ? [{ lineId: String(index + 1), quantity: formatScaledUnits(units, 3), units, index }]
              : [];
          });
          if (lines.length === 0) return;
          notes.push(
            deliverOrder(order, notes, {
              id: `DN-${number}`,
              deliveryDate: '2026-03-10',
              lines: lines.map(({ lineId, quantity }) => ({ lineId, quantity })),
            }),
          );
          for (const line of lines)
            remaining[line.index] = (remaining[line.index] ?? 0) - line.units;
        });
        const rows = remainingToDeliver(order, notes);
        rows.forEach((row, index) => {
          expect(parseDecimal(row.remaining).isNegative()).toBe(false);
          expect(parseDecimal(row.done).plus(row.remaining).eq(row.ordered)).toBe(true);
          expect(row.remaining).toBe(
            parseDecimal(formatScaledUnits(remaining[index] ?? 0, 3)).toFixed(),
          );
        });
        const row = rows[0];
        if (row !== undefined) {
          const tooMuch = parseDecimal(row.remaining).plus('0.001').toFixed();
          expect(
            errorCode(() =>
              deliverOrder(order, notes, {
                id: 'DN-X',
                deliveryDate: '2026-03-10',
                lines: [{ lineId: row.lineId, quantity: tooMuch }],
              }),
            ),
          ).toBe('QUANTITY_EXCEEDS_REMAINING');
        }
      }),
    );
  });

  it('answers bad requests with stable codes', () => {
    const options = { id: 'DN-1', deliveryDate: '2026-03-10' };
    const issue = (lines: unknown) =>
      caughtTpeError(() => deliverOrder(threeLineOrder, [], { ...options, lines } as never))
        .issues[0]?.code;
    expect(issue([{ lineId: '9', quantity: '1' }])).toBe('unknown_line');
    expect(
      issue([
        { lineId: '1', quantity: '1' },
        { lineId: '1', quantity: '2' },
      ]),
    ).toBe('duplicate_line');
    expect(issue([{ lineId: '1', quantity: '0' }])).toBe('quantity_not_positive');
    expect(issue([{ lineId: '1', quantity: '-1' }])).toBe('quantity_not_positive');
    expect(issue([{ lineId: '1', quantity: '1.0000001' }])).toBe('too_many_decimals');
    const error = caughtTpeError(() =>
      deliverOrder(threeLineOrder, [], { ...options, lines: [{ lineId: '1', quantity: '11' }] }),
    );
    expect([error.code, error.details]).toEqual([
      'QUANTITY_EXCEEDS_REMAINING',
      { lineId: '1', requested: '11', remaining: '10' },
    ]);
    expect(
      errorCode(() => deliverOrder({ ...threeLineOrder, status: 'cancelled' }, [], options)),
    ).toBe('DOCUMENT_CANCELLED');
    expect(
      errorCode(() => deliverOrder({ ...threeLineOrder, status: 'closed' }, [], options)),
    ).toBe('INVALID_TRANSITION');
    expect(
      errorCode(() => deliverOrder({ ...threeLineOrder, kind: 'supplierOrder' }, [], options)),
    ).toBe('INVALID_INPUT');
    expect(errorCode(() => deliverOrder(threeLineOrder, [{}] as never, options))).toBe(
      'INVALID_INPUT',
    );
    expect(errorCode(() => deliverOrder(threeLineOrder, [], { id: 'DN-1' } as never))).toBe(
      'INVALID_INPUT',
    );
  });

  it('ignores documents of other kinds and of other orders', () => {
    const elsewhere = deliverOrder({ ...threeLineOrder, id: 'SO-9' }, [], {
      id: 'DN-9',
      deliveryDate: '2026-03-10',
    });
    const quote = documentOf('quote', 'Q-1', [
      { ...lineOf('1', items.chair, '10'), source: { documentId: 'SO-1', lineId: '1' } },
    ]);
    const note = deliverOrder(threeLineOrder, [elsewhere, quote], {
      id: 'DN-1',
      deliveryDate: '2026-03-10',
    });
    expect(note.lines.map((line) => line.quantity)).toEqual(['10', '2', '15']);
  });

  it('does not change its inputs', () => {
    const order = frozen(threeLineOrder);
    const first = frozen(
      deliverOrder(order, [], {
        id: 'DN-1',
        deliveryDate: '2026-03-10',
        lines: [{ lineId: '1', quantity: '1' }],
      }),
    );
    const before = structuredClone([order, first]);
    deliverOrder(order, [first], frozen({ id: 'DN-2', deliveryDate: '2026-03-11' }));
    expect([order, first]).toEqual(before);
  });
});
