import { describe, expect, it } from 'vitest';
import { documentOf, errorCode, items, lineOf } from './internal/testFixtures.js';
import { receiveGoods } from './receiveGoods.js';
import { toReceive } from './toReceive.js';

describe('toReceive', () => {
  it('lists the lines of open supplier orders left to receive', () => {
    const order = documentOf('supplierOrder', 'PO-1', [
      lineOf('1', items.chair, '20'),
      lineOf('2', items.book, '5'),
    ]);
    const receipt = receiveGoods(order, [], {
      id: 'GR-1',
      receiptDate: '2026-03-05',
      lines: [{ lineId: '1', quantity: '20' }],
    });
    const sales = documentOf('salesOrder', 'SO-1', [lineOf('1', items.chair, '3')]);
    expect(
      toReceive([order, receipt, sales]).map((row) => [
        row.document.id,
        row.line.id,
        row.remaining,
      ]),
    ).toEqual([['PO-1', '2', '5']]);
  });

  it('refuses malformed documents', () => {
    expect(errorCode(() => toReceive([null] as never))).toBe('INVALID_INPUT');
  });
});
