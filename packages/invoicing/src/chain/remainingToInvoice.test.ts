import { describe, expect, it } from 'vitest';
import {
  documentOf,
  errorCode,
  frozen,
  items,
  lineOf,
  threeLineOrder,
} from './internal/testFixtures.js';
import { invoiceFromOrder } from './invoiceFromOrder.js';
import { remainingToInvoice } from './remainingToInvoice.js';

describe('remainingToInvoice', () => {
  it('counts invoices, not cancelled ones, deposits or credit notes', () => {
    const invoice = invoiceFromOrder(threeLineOrder, [], {
      id: 'INV-1',
      lines: [{ lineId: '3', quantity: '7.25' }],
    });
    const fromOrder = (kind: 'depositInvoice' | 'creditNote') =>
      documentOf(kind, kind, [
        { ...lineOf('1', items.chair, '10'), source: { documentId: 'SO-1', lineId: '1' } },
      ]);
    const cancelled = { ...invoice, id: 'INV-0', status: 'cancelled' as const };
    expect(
      remainingToInvoice(threeLineOrder, [
        invoice,
        cancelled,
        fromOrder('depositInvoice'),
        fromOrder('creditNote'),
      ]),
    ).toEqual([
      { lineId: '1', label: 'Chaise', ordered: '10', done: '0', remaining: '10' },
      { lineId: '2', label: 'Table', ordered: '2', done: '0', remaining: '2' },
      { lineId: '3', label: 'Livre', ordered: '15', done: '7.25', remaining: '7.75' },
    ]);
  });

  it('counts a line in percent (situation) as that share of the ordered quantity', () => {
    const situation = documentOf('invoice', 'SIT-1', [
      {
        ...lineOf('2', items.table, '37.5'),
        unitCode: 'P1',
        source: { documentId: 'SO-1', lineId: '2' },
      },
    ]);
    // 37.5 % of 2 tables = 0.75
    expect(remainingToInvoice(threeLineOrder, [situation])[1]).toEqual({
      lineId: '2',
      label: 'Table',
      ordered: '2',
      done: '0.75',
      remaining: '1.25',
    });
  });

  it('counts supplier invoices for a supplier order', () => {
    const order = documentOf('supplierOrder', 'PO-1', [lineOf('1', items.chair, '20')]);
    const bill = documentOf(
      'supplierInvoice',
      'SI-1',
      [{ ...lineOf('1', items.chair, '12'), source: { documentId: 'PO-1', lineId: '1' } }],
      { status: 'received', number: 'FA-1', issueDate: '2026-03-31' },
    );
    expect(remainingToInvoice(order, [bill])[0]?.remaining).toBe('8');
  });

  it('refuses what is not an order', () => {
    expect(
      errorCode(() =>
        remainingToInvoice({ ...threeLineOrder, kind: 'deliveryNote', status: 'draft' }, []),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('does not change its inputs', () => {
    const order = frozen(threeLineOrder);
    remainingToInvoice(order, []);
    expect(order).toEqual(threeLineOrder);
  });
});
