import { formatScaledUnits, toScaledUnits } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import {
  documentOf,
  errorCode,
  frozen,
  items,
  lineOf,
  threeLineOrder,
} from './internal/testFixtures.js';
import { invoiceFromOrder } from './invoiceFromOrder.js';

const vat20 = { category: 'S', rate: '20' } as const;
const withAdjustments: CommercialDocument = {
  ...threeLineOrder,
  orderReference: 'PO-7781',
  paymentTerm: { kind: 'netDays', days: 45, from: 'issue' },
  allowances: [{ amount: '50.00', reason: 'Remise commerciale', vat: vat20 }],
  charges: [{ amount: '15.00', reason: 'Port', vat: vat20 }],
};

describe('invoiceFromOrder', () => {
  it('invoices part of an order with its references and payment term', () => {
    const invoice = invoiceFromOrder(withAdjustments, [], {
      id: 'INV-1',
      lines: [{ lineId: '1', quantity: '6' }],
      deliveryDate: '2026-03-10',
    });
    expect(invoice).toEqual({
      id: 'INV-1',
      kind: 'invoice',
      status: 'draft',
      currency: 'EUR',
      seller: threeLineOrder.seller,
      customer: threeLineOrder.customer,
      orderReference: 'PO-7781',
      deliveryDate: '2026-03-10',
      paymentTerm: { kind: 'netDays', days: 45, from: 'issue' },
      lines: [{ ...lineOf('1', items.chair, '6'), source: { documentId: 'SO-1', lineId: '1' } }],
      // the order's line nets: 899.00, 900.00, 185.25 = 1984.25; 6 chairs are 539.40 of it:
      // round(50.00 × 539.40 / 1984.25) = 13.59; round(15.00 × 539.40 / 1984.25) = 4.08
      allowances: [{ amount: '13.59', reason: 'Remise commerciale', vat: vat20 }],
      charges: [{ amount: '4.08', reason: 'Port', vat: vat20 }],
      links: [{ documentId: 'SO-1', relation: 'invoicedFrom' }],
    });
    const rest = invoiceFromOrder(withAdjustments, [invoice], { id: 'INV-2' });
    expect(rest.lines.map((line) => [line.id, line.quantity])).toEqual([
      ['1', '4'],
      ['2', '2'],
      ['3', '15'],
    ]);
    // the invoice completing the order takes the rest: 50.00 − 13.59, 15.00 − 4.08
    expect([rest.allowances?.[0]?.amount, rest.charges?.[0]?.amount]).toEqual(['36.41', '10.92']);
    // 359.60 + 900.00 − 36.41 + 10.92 = 1234.11 at 20 % → 246.82; 185.25 at 5.5 % → 10.19
    expect(computeDocumentTotals(rest).taxInclusiveAmount).toBe('1676.37');
  });

  it('copies percentage allowances unchanged when one invoice takes the whole order', () => {
    const order = {
      ...threeLineOrder,
      allowances: [{ percent: '10', baseAmount: '899.00', amount: '89.90', vat: vat20 }],
    };
    const invoice = invoiceFromOrder(order, [], { id: 'INV-1' });
    expect(invoice.allowances).toEqual(order.allowances);
    expect(computeDocumentTotals(invoice)).toEqual(computeDocumentTotals(order));
  });

  it('shares document allowances and charges to the cent however the order is split', () => {
    const amounts = fc.tuple(
      fc.integer({ min: 1, max: 99_999 }),
      fc.integer({ min: 0, max: 99_999 }),
    );
    // for each invoice, the percentage of what remains of each line it takes (the last takes all)
    const splits = fc.array(
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
      {
        maxLength: 3,
      },
    );
    fc.assert(
      fc.property(amounts, splits, ([allowance, charge], parts) => {
        const order: CommercialDocument = {
          ...threeLineOrder,
          allowances: [{ amount: formatScaledUnits(allowance, 2), vat: vat20 }],
          charges: [{ amount: formatScaledUnits(charge, 2), vat: { category: 'S', rate: '5.5' } }],
        };
        const left = [10, 2, 15];
        const invoices: CommercialDocument[] = [];
        for (const part of parts) {
          const lines = left.flatMap((quantity, index) => {
            const taken = Math.floor((quantity * (part[index] ?? 0)) / 100);
            left[index] = quantity - taken;
            return taken > 0 ? [{ lineId: String(index + 1), quantity: String(taken) }] : [];
          });
          if (lines.length > 0) {
            invoices.push(
              invoiceFromOrder(order, invoices, { id: `INV-${invoices.length}`, lines }),
            );
          }
        }
        if (left.some((quantity) => quantity > 0)) {
          invoices.push(invoiceFromOrder(order, invoices, { id: 'INV-LAST' }));
        }
        const sum = (
          pick: (
            invoice: CommercialDocument,
          ) => readonly { amount?: string | undefined }[] | undefined,
        ) =>
          invoices
            .flatMap((invoice) => pick(invoice) ?? [])
            .reduce((total, entry) => total + toScaledUnits(entry.amount ?? '0', 2), 0);
        expect(sum((invoice) => invoice.allowances)).toBe(allowance);
        expect(sum((invoice) => invoice.charges)).toBe(charge);
      }),
    );
  });

  it('frees the quantities of a cancelled invoice and ignores other documents', () => {
    const first = invoiceFromOrder(threeLineOrder, [], {
      id: 'INV-1',
      lines: [{ lineId: '1', quantity: '10' }],
    });
    const cancelled = {
      ...first,
      status: 'cancelled' as const,
      number: 'F-1',
      issueDate: '2026-03-10',
    };
    const deposit = documentOf('depositInvoice', 'DEP-1', [
      { ...lineOf('1', items.chair, '10'), source: { documentId: 'SO-1', lineId: '1' } },
    ]);
    const again = invoiceFromOrder(threeLineOrder, [cancelled, deposit], {
      id: 'INV-2',
      lines: [{ lineId: '1', quantity: '10' }],
    });
    expect(again.lines[0]?.quantity).toBe('10');
    expect(
      errorCode(() =>
        invoiceFromOrder(threeLineOrder, [first], {
          id: 'INV-3',
          lines: [{ lineId: '1', quantity: '1' }],
        }),
      ),
    ).toBe('QUANTITY_EXCEEDS_REMAINING');
  });

  it('answers bad requests with stable codes', () => {
    const error = caughtTpeError(() =>
      invoiceFromOrder(threeLineOrder, [], {
        id: 'INV-1',
        lines: [{ lineId: '2', quantity: '2.5' }],
      }),
    );
    expect([error.code, error.details]).toEqual([
      'QUANTITY_EXCEEDS_REMAINING',
      { lineId: '2', requested: '2.5', remaining: '2' },
    ]);
    expect(
      errorCode(() =>
        invoiceFromOrder(threeLineOrder, [], {
          id: 'INV-1',
          lines: [{ lineId: 'x', quantity: '1' }],
        }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        invoiceFromOrder({ ...threeLineOrder, status: 'cancelled' }, [], { id: 'INV-1' }),
      ),
    ).toBe('DOCUMENT_CANCELLED');
    expect(
      errorCode(() =>
        invoiceFromOrder({ ...threeLineOrder, kind: 'quote', status: 'accepted' }, [], {
          id: 'INV-1',
        }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        invoiceFromOrder(threeLineOrder, [], { id: 'INV-1', deliveryDate: '2026-02-31' }),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('does not change its inputs', () => {
    const order = frozen(withAdjustments);
    const first = frozen(
      invoiceFromOrder(order, [], { id: 'INV-1', lines: [{ lineId: '3', quantity: '1' }] }),
    );
    const before = structuredClone([order, first]);
    invoiceFromOrder(order, [first], { id: 'INV-2' });
    expect([order, first]).toEqual(before);
  });
});
