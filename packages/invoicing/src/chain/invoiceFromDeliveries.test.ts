import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { creditNoteFor } from './creditNoteFor.js';
import { deliverOrder } from './deliverOrder.js';
import {
  documentOf,
  errorCode,
  frozen,
  issued,
  items,
  lineOf,
  threeLineOrder,
} from './internal/testFixtures.js';
import { invoiceFromDeliveries } from './invoiceFromDeliveries.js';
import { remainingToDeliver } from './remainingToDeliver.js';
import { remainingToInvoice } from './remainingToInvoice.js';

const first = deliverOrder(threeLineOrder, [], {
  id: 'DN-1',
  deliveryDate: '2026-03-10',
  lines: [
    { lineId: '1', quantity: '6' },
    { lineId: '2', quantity: '2' },
  ],
});
const second = deliverOrder(threeLineOrder, [first], {
  id: 'DN-2',
  deliveryDate: '2026-03-17',
  lines: [
    { lineId: '1', quantity: '4' },
    { lineId: '3', quantity: '15' },
  ],
});

describe('invoiceFromDeliveries', () => {
  it('delivers a three-line order in two notes, invoices both, credits part of it', () => {
    expect(remainingToDeliver(threeLineOrder, [first]).map((row) => row.remaining)).toEqual([
      '4',
      '0',
      '15',
    ]);
    const invoice = invoiceFromDeliveries(threeLineOrder, [], {
      id: 'INV-1',
      deliveryNotes: [first, second],
    });
    expect(invoice.lines.map((line) => [line.id, line.quantity, line.source])).toEqual([
      ['1', '10', { documentId: 'SO-1', lineId: '1' }],
      ['2', '2', { documentId: 'SO-1', lineId: '2' }],
      ['3', '15', { documentId: 'SO-1', lineId: '3' }],
    ]);
    expect([invoice.deliveryDate, invoice.links]).toEqual([
      '2026-03-17',
      [
        { documentId: 'SO-1', relation: 'invoicedFrom' },
        { documentId: 'DN-1', relation: 'invoicedFrom' },
        { documentId: 'DN-2', relation: 'invoicedFrom' },
      ],
    ]);
    const totals = computeDocumentTotals(invoice);
    // 10 × 89.90 + 2 × 450.00 = 1799.00 at 20 % → 359.80; 15 × 12.35 = 185.25 at 5.5 % → 10.19 (10.18875)
    expect(
      totals.vatBreakdown.map((group) => [group.rate, group.taxableAmount, group.vatAmount]),
    ).toEqual([
      ['5.5', '185.25', '10.19'],
      ['20', '1799.00', '359.80'],
    ]);
    expect([totals.taxExclusiveAmount, totals.vatTotal, totals.taxInclusiveAmount]).toEqual([
      '1984.25',
      '369.99',
      '2354.24',
    ]);
    expect(remainingToInvoice(threeLineOrder, [invoice]).map((row) => row.remaining)).toEqual([
      '0',
      '0',
      '0',
    ]);

    // Two chairs come back: the credit note refers to the invoice and credits 179.80 + 35.96.
    const sent = issued(invoice, 'F-2026-0001', '2026-03-31');
    const credit = creditNoteFor(sent, [], {
      id: 'CN-1',
      lines: [{ lineId: '1', quantity: '2' }],
      reason: 'Retour de 2 chaises',
    });
    expect([credit.kind, credit.precedingInvoices, credit.notes]).toEqual([
      'creditNote',
      [{ number: 'F-2026-0001', issueDate: '2026-03-31' }],
      ['Retour de 2 chaises'],
    ]);
    const credited = computeDocumentTotals(credit);
    expect([credited.taxExclusiveAmount, credited.vatTotal, credited.taxInclusiveAmount]).toEqual([
      '179.80',
      '35.96',
      '215.76',
    ]);
  });

  it('invoices deliveries one by one, each once', () => {
    const invoice = invoiceFromDeliveries(threeLineOrder, [], {
      id: 'INV-1',
      deliveryNotes: [first],
    });
    expect(invoice.lines.map((line) => [line.id, line.quantity])).toEqual([
      ['1', '6'],
      ['2', '2'],
    ]);
    expect(invoice.deliveryDate).toBe('2026-03-10');
    const error = caughtTpeError(() =>
      invoiceFromDeliveries(threeLineOrder, [invoice], {
        id: 'INV-2',
        deliveryNotes: [second, first],
      }),
    );
    expect([error.code, error.issues[0]?.code, error.details]).toEqual([
      'QUANTITY_EXCEEDS_REMAINING',
      'already_invoiced',
      { documentId: 'DN-1', invoiceId: 'INV-1' },
    ]);
    // once the invoice is cancelled, the note may be invoiced again
    const cancelled = { ...invoice, status: 'cancelled' as const };
    expect(
      invoiceFromDeliveries(threeLineOrder, [cancelled], { id: 'INV-2', deliveryNotes: [first] })
        .lines,
    ).toHaveLength(2);
  });

  it('refuses beyond what remains to invoice when the order was invoiced directly', () => {
    const direct = documentOf('invoice', 'INV-0', [
      { ...lineOf('1', items.chair, '8'), source: { documentId: 'SO-1', lineId: '1' } },
    ]);
    expect(
      errorCode(() =>
        invoiceFromDeliveries(threeLineOrder, [direct], { id: 'INV-1', deliveryNotes: [first] }),
      ),
    ).toBe('QUANTITY_EXCEEDS_REMAINING');
  });

  it('answers bad notes with stable codes', () => {
    const issue = (deliveryNotes: unknown) =>
      caughtTpeError(() =>
        invoiceFromDeliveries(threeLineOrder, [], { id: 'INV-1', deliveryNotes } as never),
      ).issues[0]?.code;
    expect(issue([])).toBe('too_small');
    expect(issue([first, first])).toBe('duplicate_document');
    const elsewhere = deliverOrder({ ...threeLineOrder, id: 'SO-2' }, [], {
      id: 'DN-9',
      deliveryDate: '2026-03-10',
    });
    expect(issue([elsewhere])).toBe('not_from_order');
    expect(issue([{ ...first, kind: 'goodsReceipt' }])).toBe('wrong_kind');
    expect(
      errorCode(() =>
        invoiceFromDeliveries(threeLineOrder, [], {
          id: 'INV-1',
          deliveryNotes: [{ id: 'DN-1' }],
        } as never),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('does not change its inputs', () => {
    const order = frozen(threeLineOrder);
    const notes = frozen([first, second]);
    const before = structuredClone([order, notes]);
    invoiceFromDeliveries(order, [], { id: 'INV-1', deliveryNotes: notes });
    expect([order, notes]).toEqual(before);
  });
});
