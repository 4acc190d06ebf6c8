import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { documentOf, errorCode, frozen, items, lineOf } from './internal/testFixtures.js';
import { receiveGoods } from './receiveGoods.js';
import { remainingToInvoice } from './remainingToInvoice.js';
import { supplierInvoiceFromReceipts } from './supplierInvoiceFromReceipts.js';

const order = documentOf('supplierOrder', 'PO-1', [
  { ...lineOf('1', items.chair, '20'), unitPrice: '41.50' },
  { ...lineOf('2', items.book, '10'), unitPrice: '6.00' },
]);
const first = receiveGoods(order, [], {
  id: 'GR-1',
  receiptDate: '2026-03-05',
  lines: [{ lineId: '1', quantity: '12' }],
});
const second = receiveGoods(order, [first], { id: 'GR-2', receiptDate: '2026-03-09' });

describe('supplierInvoiceFromReceipts', () => {
  it('records the supplier invoice of two receipts', () => {
    const bill = supplierInvoiceFromReceipts(order, [], {
      id: 'SI-1',
      number: 'FA-88123',
      issueDate: '2026-03-31',
      dueDate: '2026-04-30',
      receipts: [first, second],
    });
    expect({ ...bill, lines: bill.lines.map((line) => [line.id, line.quantity]) }).toEqual({
      id: 'SI-1',
      kind: 'supplierInvoice',
      status: 'received',
      number: 'FA-88123',
      issueDate: '2026-03-31',
      dueDate: '2026-04-30',
      deliveryDate: '2026-03-09',
      currency: 'EUR',
      seller: order.seller,
      supplier: order.supplier,
      lines: [
        ['1', '20'],
        ['2', '10'],
      ],
      links: [
        { documentId: 'PO-1', relation: 'invoicedFrom' },
        { documentId: 'GR-1', relation: 'invoicedFrom' },
        { documentId: 'GR-2', relation: 'invoicedFrom' },
      ],
    });
    // 20 × 41.50 = 830.00 → 166.00; 10 × 6.00 = 60.00 → 3.30
    expect(computeDocumentTotals(bill).taxInclusiveAmount).toBe('1059.30');
    expect(remainingToInvoice(order, [bill]).map((row) => row.remaining)).toEqual(['0', '0']);
  });

  it('records each receipt once', () => {
    const bill = supplierInvoiceFromReceipts(order, [], {
      id: 'SI-1',
      number: 'FA-1',
      issueDate: '2026-03-31',
      receipts: [first],
    });
    expect(
      caughtTpeError(() =>
        supplierInvoiceFromReceipts(order, [bill], {
          id: 'SI-2',
          number: 'FA-2',
          issueDate: '2026-03-31',
          receipts: [first],
        }),
      ).issues[0]?.code,
    ).toBe('already_invoiced');
    expect(
      supplierInvoiceFromReceipts(order, [{ ...bill, status: 'cancelled' }], {
        id: 'SI-2',
        number: 'FA-2',
        issueDate: '2026-03-31',
        receipts: [first],
      }).lines,
    ).toHaveLength(1);
  });

  it('answers bad input with stable codes', () => {
    const options = { id: 'SI-1', number: 'FA-1', issueDate: '2026-03-31' };
    expect(
      errorCode(() => supplierInvoiceFromReceipts(order, [], { ...options, receipts: [] })),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        supplierInvoiceFromReceipts(order, [], {
          ...options,
          receipts: [{ ...first, kind: 'deliveryNote' }],
        }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        supplierInvoiceFromReceipts({ ...order, kind: 'salesOrder' }, [], {
          ...options,
          receipts: [first],
        }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        supplierInvoiceFromReceipts(order, [], {
          id: 'SI-1',
          issueDate: '2026-03-31',
          receipts: [first],
        } as never),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('does not change its inputs', () => {
    const receipts = frozen([first, second]);
    supplierInvoiceFromReceipts(frozen(order), [], {
      id: 'SI-1',
      number: 'FA-1',
      issueDate: '2026-03-31',
      receipts,
    });
    expect(receipts).toEqual([first, second]);
  });
});
