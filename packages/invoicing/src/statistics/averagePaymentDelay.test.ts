import { addDays, deepFreeze } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Allocation } from '../payments/Allocation.js';
import { anInvoice, errorCode, euros } from '../payments/internal/testFixtures.js';
import { averagePaymentDelay } from './averagePaymentDelay.js';

const paid = (
  invoiceId: string,
  amount: string,
  date: string,
  kind: 'payment' | 'creditNote' = 'payment',
): Allocation => ({
  source: { kind, id: `S-${invoiceId}-${date}` },
  invoiceId,
  amount,
  date,
});

// all due 30 days after issue
const invoices = [
  anInvoice('I-1', '100.00', '2026-03-01'), // due 03-31, paid 03-31: 30 days, on time
  anInvoice('I-2', '200.00', '2026-03-10'), // due 04-09, paid 150 on 04-01 and 50 on 04-24: 45 days, 15 late
  anInvoice('I-3', '300.00', '2026-04-01'), // due 05-01, unpaid: 14 days overdue on 05-15
  anInvoice('I-4', '400.00', '2026-04-05'), // due 05-05, credited: left out
  anInvoice('I-5', '500.00', '2026-05-10'), // due 06-09, open, not overdue
];
const allocations = [
  paid('I-1', '100.00', '2026-03-31'),
  paid('I-2', '150.00', '2026-04-01'),
  paid('I-2', '50.00', '2026-04-24'),
  paid('I-4', '400.00', '2026-04-06', 'creditNote'),
];

describe('averagePaymentDelay', () => {
  it('days to pay in full, days late, and how late the open ones are', () => {
    expect(averagePaymentDelay(invoices, allocations, { asOf: '2026-05-15' })).toEqual({
      asOf: '2026-05-15',
      paidInvoices: 2,
      averageDaysToPay: '37.50', // (30 + 45) / 2
      averageDaysLate: '7.50', // (0 + 15) / 2
      paidLate: 1,
      openInvoices: 2,
      overdueInvoices: 1,
      averageDaysOverdue: '14.00',
    });
  });

  it('as of an earlier date, later payments do not count; the period filters by issue date', () => {
    // on 04-10: I-1 paid (30 days); I-2 partly paid and 1 day overdue; I-3 open not due
    expect(averagePaymentDelay(invoices, allocations, { asOf: '2026-04-10' })).toMatchObject({
      paidInvoices: 1,
      averageDaysToPay: '30.00',
      averageDaysLate: '0.00',
      openInvoices: 2,
      overdueInvoices: 1,
      averageDaysOverdue: '1.00',
    });
    expect(
      averagePaymentDelay(invoices, allocations, {
        asOf: '2026-05-15',
        from: '2026-03-05',
        to: '2026-03-31',
      }),
    ).toMatchObject({
      paidInvoices: 1,
      averageDaysToPay: '45.00',
      averageDaysLate: '15.00',
      openInvoices: 0,
    });
    expect(averagePaymentDelay([], [], { asOf: '2026-05-15' })).toMatchObject({
      paidInvoices: 0,
      averageDaysToPay: null,
      averageDaysLate: null,
      averageDaysOverdue: null,
    });
  });

  it('refuses bad input and does not mutate', () => {
    expect(
      errorCode(() =>
        averagePaymentDelay(invoices, allocations, {
          asOf: '2026-05-15',
          from: '2026-06-01',
          to: '2026-05-01',
        }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        averagePaymentDelay([...invoices, invoices[0] as never], [], { asOf: '2026-05-15' }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        averagePaymentDelay(invoices, [paid('I-1', '100.01', '2026-03-31')], {
          asOf: '2026-05-15',
        }),
      ),
    ).toBe('ALLOCATION_EXCEEDS');
    expect(
      errorCode(() =>
        averagePaymentDelay(invoices, allocations, { asOf: '2026-05-15', currency: 'USD' }),
      ),
    ).toBe('CURRENCY_MISMATCH');
    const frozen = deepFreeze({
      invoices: structuredClone(invoices),
      allocations: structuredClone(allocations),
    });
    expect(
      averagePaymentDelay(frozen.invoices, frozen.allocations, { asOf: '2026-05-15' }).paidInvoices,
    ).toBe(2);
  });

  it('payments dated after asOf change nothing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            days: fc.integer({ min: 0, max: 120 }),
            late: fc.integer({ min: 0, max: 60 }),
          }),
          { maxLength: 8 },
        ),
        fc.integer({ min: 0, max: 200 }),
        (parts, asOfDay) => {
          const all = parts.map((part, index) =>
            anInvoice(`I${index}`, euros(100 + index), addDays('2026-01-01', part.days)),
          );
          const payments = parts.map((part, index) =>
            paid(`I${index}`, euros(100 + index), addDays('2026-01-01', part.days + part.late)),
          );
          const asOf = addDays('2026-01-01', asOfDay);
          const before = payments.filter((payment) => payment.date <= asOf);
          expect(averagePaymentDelay(all, payments, { asOf })).toEqual(
            averagePaymentDelay(all, before, { asOf }),
          );
        },
      ),
    );
  });
});
