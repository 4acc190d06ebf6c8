import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { documentOf, errorCode, frozen, items, lineOf } from './internal/testFixtures.js';
import { receiveGoods } from './receiveGoods.js';
import { remainingToReceive } from './remainingToReceive.js';

const order = documentOf('supplierOrder', 'PO-1', [
  { ...lineOf('1', items.chair, '20'), unitPrice: '41.50' },
  { ...lineOf('2', items.book, '12.5'), unitPrice: '6.00' },
]);

describe('receiveGoods', () => {
  it('receives a supplier order in two parts', () => {
    const first = receiveGoods(order, [], {
      id: 'GR-1',
      receiptDate: '2026-03-05',
      lines: [{ lineId: '1', quantity: '12' }],
    });
    expect(first).toEqual({
      id: 'GR-1',
      kind: 'goodsReceipt',
      status: 'draft',
      currency: 'EUR',
      seller: order.seller,
      supplier: order.supplier,
      deliveryDate: '2026-03-05',
      lines: [{ ...order.lines[0], quantity: '12', source: { documentId: 'PO-1', lineId: '1' } }],
      links: [{ documentId: 'PO-1', relation: 'receivedFrom' }],
    });
    const second = receiveGoods(order, [first], { id: 'GR-2', receiptDate: '2026-03-09' });
    expect(second.lines.map((line) => [line.id, line.quantity])).toEqual([
      ['1', '8'],
      ['2', '12.5'],
    ]);
    expect(remainingToReceive(order, [first, second]).map((row) => row.remaining)).toEqual([
      '0',
      '0',
    ]);
  });

  it('refuses more than remains, and orders that are not open supplier orders', () => {
    const first = receiveGoods(order, [], { id: 'GR-1', receiptDate: '2026-03-05' });
    const receipts: CommercialDocument[] = [first];
    expect(
      caughtTpeError(() => receiveGoods(order, receipts, { id: 'GR-2', receiptDate: '2026-03-09' }))
        .issues[0]?.code,
    ).toBe('nothing_remaining');
    expect(
      errorCode(() =>
        receiveGoods(order, [], {
          id: 'GR-2',
          receiptDate: '2026-03-09',
          lines: [{ lineId: '2', quantity: '12.51' }],
        }),
      ),
    ).toBe('QUANTITY_EXCEEDS_REMAINING');
    expect(
      errorCode(() =>
        receiveGoods({ ...order, kind: 'salesOrder' }, [], {
          id: 'GR-1',
          receiptDate: '2026-03-05',
        }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        receiveGoods({ ...order, status: 'cancelled' }, [], {
          id: 'GR-1',
          receiptDate: '2026-03-05',
        }),
      ),
    ).toBe('DOCUMENT_CANCELLED');
    expect(errorCode(() => receiveGoods(order, [], { id: 'GR-1', receiptDate: '5 mars' }))).toBe(
      'INVALID_INPUT',
    );
  });

  it('does not change its inputs', () => {
    const input = frozen(order);
    receiveGoods(input, [], { id: 'GR-1', receiptDate: '2026-03-05' });
    expect(input).toEqual(order);
  });
});
