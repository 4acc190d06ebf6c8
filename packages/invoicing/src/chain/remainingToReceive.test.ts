import { describe, expect, it } from 'vitest';
import { documentOf, errorCode, items, lineOf } from './internal/testFixtures.js';
import { receiveGoods } from './receiveGoods.js';
import { remainingToReceive } from './remainingToReceive.js';

const order = documentOf('supplierOrder', 'PO-1', [lineOf('1', items.chair, '20')]);

describe('remainingToReceive', () => {
  it('lists what each line still awaits, ignoring other documents', () => {
    const receipt = receiveGoods(order, [], {
      id: 'GR-1',
      receiptDate: '2026-03-05',
      lines: [{ lineId: '1', quantity: '12.75' }],
    });
    const notOurs = receiveGoods({ ...order, id: 'PO-2' }, [], {
      id: 'GR-2',
      receiptDate: '2026-03-05',
    });
    expect(remainingToReceive(order, [receipt, notOurs, order])).toEqual([
      { lineId: '1', label: 'Chaise', ordered: '20', done: '12.75', remaining: '7.25' },
    ]);
  });

  it('refuses what is not a supplier order', () => {
    expect(errorCode(() => remainingToReceive({ ...order, kind: 'salesOrder' }, []))).toBe(
      'INVALID_INPUT',
    );
  });
});
