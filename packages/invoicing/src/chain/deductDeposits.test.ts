import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { deductDeposits } from './deductDeposits.js';
import { depositInvoice } from './depositInvoice.js';
import { documentOf, errorCode, frozen, issued, items, lineOf } from './internal/testFixtures.js';
import { invoiceFromOrder } from './invoiceFromOrder.js';

const twoRateOrder = documentOf('salesOrder', 'SO-1', [
  { ...lineOf('1', items.table, '1'), unitPrice: '1000.00' },
  { ...lineOf('2', items.book, '10'), unitPrice: '20.00' },
]);
const deposit = issued(
  depositInvoice(twoRateOrder, [], { id: 'DEP-1', percent: '30' }),
  'F-2026-0007',
  '2026-02-02',
);
const final = invoiceFromOrder(twoRateOrder, [], { id: 'INV-1' });

describe('deductDeposits', () => {
  it('deducts a 30 % deposit on a two-rate order from its final invoice', () => {
    const settled = deductDeposits(final, [deposit]);
    expect(settled).toEqual({
      ...final,
      deductedDeposits: [
        { documentId: 'DEP-1', number: 'F-2026-0007', issueDate: '2026-02-02', amount: '423.30' },
      ],
      precedingInvoices: [{ number: 'F-2026-0007', issueDate: '2026-02-02' }],
      links: [
        { documentId: 'SO-1', relation: 'invoicedFrom' },
        { documentId: 'DEP-1', relation: 'deducts' },
      ],
    });
    const totals = computeDocumentTotals(settled);
    // 1200.00 + 200.00 + 11.00 = 1411.00 (BT-112); deposit 360.00 + 63.30 = 423.30 (BT-113);
    // due 1411.00 − 423.30 = 987.70 (BT-115)
    expect([totals.taxInclusiveAmount, totals.prepaidAmount, totals.amountDue]).toEqual([
      '1411.00',
      '423.30',
      '987.70',
    ]);
    // the sale's VAT stays whole on the final invoice
    expect(totals.vatTotal).toBe('211.00');
  });

  it('deducts several deposits, one call after another', () => {
    const second = issued(
      depositInvoice(twoRateOrder, [deposit], { id: 'DEP-2', amountExcludingVat: '100.00' }),
      'F-2026-0011',
      '2026-02-20',
    );
    const once = deductDeposits(final, [deposit]);
    const twice = deductDeposits(once, [second]);
    expect(twice.deductedDeposits?.map((entry) => [entry.number, entry.amount])).toEqual([
      ['F-2026-0007', '423.30'],
      // 100.00 split 1000 : 200 → 83.33 at 20 % (16.67) and 16.67 at 5.5 % (0.92)
      ['F-2026-0011', '117.59'],
    ]);
    expect(computeDocumentTotals(twice).amountDue).toBe('870.11');
  });

  it('takes only issued deposit invoices of the customer, once, within the invoice', () => {
    const issue = (invoice: unknown, deposits: unknown) =>
      caughtTpeError(() => deductDeposits(invoice as never, deposits as never)).issues[0]?.code;
    expect(errorCode(() => deductDeposits(final, [{ ...deposit, status: 'draft' }]))).toBe(
      'NOT_ISSUED',
    );
    const { number: _number, ...unnumbered } = deposit;
    expect(errorCode(() => deductDeposits(final, [unnumbered]))).toBe('NOT_ISSUED');
    expect(errorCode(() => deductDeposits(final, [{ ...deposit, status: 'cancelled' }]))).toBe(
      'DOCUMENT_CANCELLED',
    );
    expect(
      errorCode(() => deductDeposits(issued(final, 'F-2026-0012', '2026-03-01'), [deposit])),
    ).toBe('NOT_A_DRAFT');
    expect(issue(final, [deposit, deposit])).toBe('already_deducted');
    expect(issue(deductDeposits(final, [deposit]), [deposit])).toBe('already_deducted');
    expect(issue(final, [{ ...deposit, kind: 'invoice' }])).toBe('wrong_kind');
    expect(issue(final, [{ ...deposit, customer: { ...deposit.customer, id: 'C-002' } }])).toBe(
      'other_customer',
    );
    expect(issue(final, [{ ...deposit, currency: 'CHF' }])).toBe('other_currency');
    const small = invoiceFromOrder(twoRateOrder, [], {
      id: 'INV-2',
      lines: [{ lineId: '2', quantity: '1' }],
    });
    expect(issue(small, [deposit])).toBe('exceeds_invoice_total');
    expect(issue(final, [])).toBe('too_small');
  });

  it('does not change its inputs', () => {
    const invoice = frozen(final);
    const deposits = frozen([deposit]);
    deductDeposits(invoice, deposits);
    expect([invoice, deposits]).toEqual([final, [deposit]]);
  });
});
