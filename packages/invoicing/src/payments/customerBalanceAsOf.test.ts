import { addDays, compareDates, deepFreeze } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Allocation } from './Allocation.js';
import { allocatePayment } from './allocatePayment.js';
import { customerBalanceAsOf } from './customerBalanceAsOf.js';
import {
  aCreditNote,
  anInvoice,
  aPayment,
  cents,
  errorCode,
  euros,
} from './internal/testFixtures.js';
import type { PayableInvoice } from './PayableInvoice.js';
import type { Payment } from './Payment.js';
import { refundCredit } from './refundCredit.js';

const inv1 = anInvoice('INV-1', '1200.00', '2026-03-02'); // due 04-01
const inv2 = anInvoice('INV-2', '300.00', '2026-03-10'); // due 04-09
const inv3 = anInvoice('INV-3', '500.00', '2026-03-20', { status: 'cancelled' }); // due 04-19
const p1 = aPayment('P-1', '1300.00', '2026-04-15');
const cn1 = aCreditNote('CN-1', '500.00', '2026-03-25');
const a = (
  source: Allocation['source'],
  invoiceId: string,
  amount: string,
  date: string,
): Allocation => ({
  source,
  invoiceId,
  amount,
  date,
});
const allocations = [
  a({ kind: 'payment', id: 'P-1' }, 'INV-1', '1200.00', '2026-04-15'),
  a({ kind: 'payment', id: 'P-1' }, 'INV-2', '100.00', '2026-04-15'),
  a({ kind: 'creditNote', id: 'CN-1' }, 'INV-3', '500.00', '2026-03-25'),
];
const otherCustomer = {
  invoice: anInvoice('X-1', '999.00', '2026-03-01', { customerId: 'C-002' }),
  payment: aPayment('X-P', '999.00', '2026-03-05', { customerId: 'C-002' }),
  allocation: a({ kind: 'payment', id: 'X-P' }, 'X-1', '999.00', '2026-03-05'),
};

describe('customerBalanceAsOf', () => {
  const balance = (asOf: string, refunds = [] as never[]) =>
    customerBalanceAsOf(
      'C-001',
      [inv1, inv2, inv3, otherCustomer.invoice],
      [cn1],
      [p1, otherCustomer.payment],
      [...allocations, otherCustomer.allocation],
      asOf,
      { refunds },
    );

  it('on 2026-03-22: two invoices and the cancelled one, nothing paid', () => {
    // 1200 + 300 + 500 = 2000 invoiced, credit note of 03-25 not yet issued
    expect(balance('2026-03-22')).toMatchObject({
      invoiced: '2000.00',
      credited: '0.00',
      received: '0.00',
      balance: '2000.00',
      receivable: '2000.00',
      overdue: '0.00',
      unallocatedCredit: '0.00',
    });
  });

  it('on 2026-04-10: the credit note cancelled INV-3, INV-1 and INV-2 overdue', () => {
    const account = balance('2026-04-10');
    // 2000 − 500 = 1500; INV-1 due 04-01 and INV-2 due 04-09 both overdue
    expect(account).toMatchObject({
      invoiced: '2000.00',
      credited: '500.00',
      balance: '1500.00',
      receivable: '1500.00',
      overdue: '1500.00',
    });
    expect(
      account.invoices.map((invoice) => [invoice.invoiceId, invoice.status, invoice.daysOverdue]),
    ).toEqual([
      ['INV-1', 'overdue', 9],
      ['INV-2', 'overdue', 1],
      ['INV-3', 'credited', 0],
    ]);
  });

  it('on 2026-04-30: paid 1300, 200 still owed on INV-2', () => {
    // 2000 − 500 − 1300 = 200 = receivable 200 − credit 0
    expect(balance('2026-04-30')).toMatchObject({
      received: '1300.00',
      balance: '200.00',
      receivable: '200.00',
      overdue: '200.00',
      unallocatedCredit: '0.00',
    });
  });

  it('an overpayment is credit, a refund takes it back', () => {
    const payment = aPayment('P-1', '1250.00', '2026-04-15');
    const allocated = [a({ kind: 'payment', id: 'P-1' }, 'INV-1', '1200.00', '2026-04-15')];
    const refund = refundCredit(
      { payment },
      { id: 'R-1', date: '2026-05-02', amount: '50.00', method: 'transfer' },
      {
        allocations: allocated,
      },
    ).refund;
    const on = (asOf: string) =>
      customerBalanceAsOf('C-001', [inv1], [], [payment], allocated, asOf, { refunds: [refund] });
    expect(on('2026-04-20')).toMatchObject({
      balance: '-50.00',
      receivable: '0.00',
      unallocatedCredit: '50.00',
    });
    expect(on('2026-05-02')).toMatchObject({
      balance: '0.00',
      refunded: '50.00',
      unallocatedCredit: '0.00',
    });
  });

  it('refuses inconsistent records', () => {
    const run = (
      extra: Partial<{
        allocations: Allocation[];
        payments: Payment[];
        invoices: PayableInvoice[];
      }>,
    ) =>
      errorCode(() =>
        customerBalanceAsOf(
          'C-001',
          extra.invoices ?? [inv1, inv2],
          [],
          extra.payments ?? [p1],
          extra.allocations ?? [],
          '2026-05-01',
        ),
      );
    // an allocation to an invoice that is not the customer's, from the customer's payment
    expect(
      run({ allocations: [a({ kind: 'payment', id: 'P-1' }, 'X-1', '1.00', '2026-04-15')] }),
    ).toBe('INVALID_INPUT');
    // from a payment that is not the customer's
    expect(
      run({ allocations: [a({ kind: 'payment', id: 'X-P' }, 'INV-1', '1.00', '2026-04-15')] }),
    ).toBe('INVALID_INPUT');
    // before the payment
    expect(
      run({ allocations: [a({ kind: 'payment', id: 'P-1' }, 'INV-1', '1.00', '2026-04-14')] }),
    ).toBe('INVALID_INPUT');
    // more than the payment: 1200 + 100.01 > 1300
    expect(
      run({
        allocations: [
          a({ kind: 'payment', id: 'P-1' }, 'INV-1', '1200.00', '2026-04-15'),
          a({ kind: 'payment', id: 'P-1' }, 'INV-2', '100.01', '2026-04-15'),
        ],
      }),
    ).toBe('ALLOCATION_EXCEEDS');
    // more than the invoice
    expect(
      run({
        payments: [aPayment('P-1', '2000.00', '2026-04-15')],
        allocations: [a({ kind: 'payment', id: 'P-1' }, 'INV-2', '300.01', '2026-04-15')],
      }),
    ).toBe('ALLOCATION_EXCEEDS');
    expect(run({ invoices: [inv1, inv1] })).toBe('INVALID_INPUT');
    expect(run({ payments: [aPayment('P-1', '1.00', '2026-04-15', { currency: 'USD' })] })).toBe(
      'CURRENCY_MISMATCH',
    );
    expect(errorCode(() => customerBalanceAsOf('', [], [], [], [], '2026-05-01'))).toBe(
      'INVALID_INPUT',
    );
    expect(errorCode(() => customerBalanceAsOf('C-001', [], [], [], [], '01/05/2026'))).toBe(
      'INVALID_INPUT',
    );
  });

  it('does not mutate its inputs', () => {
    const frozen = deepFreeze({
      invoices: [inv1, inv2, inv3],
      notes: [cn1],
      payments: [p1],
      allocations,
    });
    expect(
      customerBalanceAsOf(
        'C-001',
        frozen.invoices,
        frozen.notes,
        frozen.payments,
        frozen.allocations,
        '2026-04-30',
      ).balance,
    ).toBe('200.00');
  });

  const scenario = fc.record({
    invoices: fc.array(
      fc.record({
        cents: fc.integer({ min: 0, max: 500_000 }),
        day: fc.integer({ min: 0, max: 120 }),
      }),
      {
        maxLength: 8,
      },
    ),
    payments: fc.array(
      fc.record({
        cents: fc.integer({ min: 1, max: 800_000 }),
        day: fc.integer({ min: 0, max: 120 }),
      }),
      {
        maxLength: 6,
      },
    ),
    asOfDay: fc.integer({ min: 0, max: 130 }),
  });

  it('balance = receivable − credit; no cent created or lost; later events change nothing', () => {
    fc.assert(
      fc.property(scenario, ({ invoices: invoiceParts, payments: paymentParts, asOfDay }) => {
        const start = '2026-01-01';
        const invoices = invoiceParts.map((part, index) =>
          anInvoice(`I${index}`, euros(part.cents), addDays(start, part.day)),
        );
        const payments = paymentParts
          .map((part, index) => aPayment(`P${index}`, euros(part.cents), addDays(start, part.day)))
          .sort((left, right) => compareDates(left.date, right.date));
        const recorded: Allocation[] = [];
        for (const payment of payments) {
          const result = allocatePayment(
            payment,
            invoices,
            { strategy: 'oldestDueFirst' },
            { allocations: recorded },
          );
          const used = result.allocations.reduce(
            (sum, allocation) => sum + cents(allocation.amount),
            0,
          );
          expect(used + cents(result.credit)).toBe(cents(payment.amount));
          recorded.push(...result.allocations);
        }
        const asOf = addDays(start, asOfDay);
        const account = customerBalanceAsOf('C-001', invoices, [], payments, recorded, asOf);
        expect(cents(account.balance)).toBe(
          cents(account.receivable) - cents(account.unallocatedCredit),
        );
        const invoicedByHand = invoices
          .filter((invoice) => compareDates(invoice.issueDate, asOf) <= 0)
          .reduce((sum, invoice) => sum + cents(invoice.amountDue), 0);
        const receivedByHand = payments
          .filter((payment) => compareDates(payment.date, asOf) <= 0)
          .reduce((sum, payment) => sum + cents(payment.amount), 0);
        expect(cents(account.balance)).toBe(invoicedByHand - receivedByHand);
        // the same ledger without anything dated after asOf gives the same account
        const onOrBefore = (date: string) => compareDates(date, asOf) <= 0;
        const past = customerBalanceAsOf(
          'C-001',
          invoices.filter((invoice) => onOrBefore(invoice.issueDate)),
          [],
          payments.filter((payment) => onOrBefore(payment.date)),
          recorded.filter((allocation) => onOrBefore(allocation.date)),
          asOf,
        );
        expect(past).toEqual(account);
      }),
    );
  });
});
