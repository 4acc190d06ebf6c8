import { addDays, deepFreeze } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Allocation } from './Allocation.js';
import { anInvoice, errorCode, euros } from './internal/testFixtures.js';
import { invoiceStatusAsOf } from './invoiceStatusAsOf.js';

const invoice = anInvoice('INV-1', '1200.00', '2026-03-02'); // due 2026-04-01
const paid = (id: string, amount: string, date: string): Allocation => ({
  source: { kind: 'payment', id },
  invoiceId: 'INV-1',
  amount,
  date,
});
const credit = (id: string, amount: string, date: string): Allocation => ({
  source: { kind: 'creditNote', id },
  invoiceId: 'INV-1',
  amount,
  date,
});

describe('invoiceStatusAsOf', () => {
  const allocations = [paid('P-1', '500.00', '2026-03-20'), paid('P-2', '700.00', '2026-04-20')];

  it('unpaid, partially paid, overdue and partially paid, paid', () => {
    expect(invoiceStatusAsOf(invoice, allocations, '2026-03-02')).toEqual({
      invoiceId: 'INV-1',
      number: 'F-INV-1',
      asOf: '2026-03-02',
      currency: 'EUR',
      status: 'unpaid',
      amountDue: '1200.00',
      paid: '0.00',
      credited: '0.00',
      balance: '1200.00',
      partiallyPaid: false,
      overdue: false,
      daysOverdue: 0,
    });
    expect(invoiceStatusAsOf(invoice, allocations, '2026-04-01')).toMatchObject({
      status: 'partiallyPaid',
      balance: '700.00',
      overdue: false,
    });
    // due 04-01, as of 04-02: 1 day overdue; 1200 − 500 = 700 left
    expect(invoiceStatusAsOf(invoice, allocations, '2026-04-02')).toMatchObject({
      status: 'overdue',
      partiallyPaid: true,
      overdue: true,
      daysOverdue: 1,
      balance: '700.00',
    });
    expect(invoiceStatusAsOf(invoice, allocations, '2026-04-20')).toMatchObject({
      status: 'paid',
      paid: '1200.00',
      balance: '0.00',
      partiallyPaid: false,
      overdue: false,
      daysOverdue: 0,
      settledOn: '2026-04-20',
    });
  });

  it('overdue without any payment, credited, and a mix of both', () => {
    expect(invoiceStatusAsOf(invoice, [], '2026-05-01')).toMatchObject({
      status: 'overdue',
      partiallyPaid: false,
      daysOverdue: 30,
    });
    expect(
      invoiceStatusAsOf(invoice, [credit('CN-1', '1200.00', '2026-03-10')], '2026-05-01'),
    ).toMatchObject({
      status: 'credited',
      credited: '1200.00',
      settledOn: '2026-03-10',
    });
    // 200 credited, nothing paid: still unpaid for 1000
    expect(
      invoiceStatusAsOf(invoice, [credit('CN-1', '200.00', '2026-03-10')], '2026-03-11'),
    ).toMatchObject({
      status: 'unpaid',
      balance: '1000.00',
    });
    expect(
      invoiceStatusAsOf(
        invoice,
        [credit('CN-1', '200.00', '2026-03-10'), paid('P-1', '1000.00', '2026-03-30')],
        '2026-03-30',
      ),
    ).toMatchObject({
      status: 'paid',
      paid: '1000.00',
      credited: '200.00',
      settledOn: '2026-03-30',
    });
  });

  it('an invoice with nothing due is paid on its issue date', () => {
    const prepaid = anInvoice('INV-1', '0.00', '2026-03-02');
    expect(invoiceStatusAsOf(prepaid, [], '2026-06-01')).toMatchObject({
      status: 'paid',
      settledOn: '2026-03-02',
      overdue: false,
    });
  });

  it('ignores allocations to other invoices', () => {
    const other = { ...paid('P-1', '9999.00', '2026-03-03'), invoiceId: 'INV-2' };
    expect(invoiceStatusAsOf(invoice, [other], '2026-03-10').status).toBe('unpaid');
  });

  it('refuses inconsistent or bad input', () => {
    expect(errorCode(() => invoiceStatusAsOf(invoice, allocations, '2026-03-01'))).toBe(
      'INVALID_INPUT',
    );
    expect(
      errorCode(() =>
        invoiceStatusAsOf(invoice, [paid('P-1', '1.00', '2026-03-01')], '2026-04-01'),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        invoiceStatusAsOf(
          invoice,
          [...allocations, paid('P-3', '0.01', '2026-05-01')],
          '2026-03-10',
        ),
      ),
    ).toBe('ALLOCATION_EXCEEDS');
    expect(errorCode(() => invoiceStatusAsOf(invoice, allocations, '2026-13-01'))).toBe(
      'INVALID_INPUT',
    );
    expect(
      errorCode(() => invoiceStatusAsOf({ ...invoice, amountDue: '-1.00' }, [], '2026-04-01')),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        invoiceStatusAsOf(
          invoice,
          [{ ...paid('P', '1', '2026-04-01'), amount: '0' }],
          '2026-04-01',
        ),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('does not mutate its inputs', () => {
    const frozen = deepFreeze({ invoice, allocations });
    expect(invoiceStatusAsOf(frozen.invoice, frozen.allocations, '2026-04-20').status).toBe('paid');
  });

  it('as of a date, allocations dated after it change nothing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cents: fc.integer({ min: 1, max: 10_000 }),
            day: fc.integer({ min: 0, max: 90 }),
          }),
          {
            maxLength: 8,
          },
        ),
        fc.integer({ min: 0, max: 90 }),
        (parts, asOfDay) => {
          const total = parts.reduce((sum, part) => sum + part.cents, 0);
          const owed = anInvoice('INV-1', euros(total + 100), '2026-03-02');
          const all = parts.map((part, index) =>
            paid(`P${index}`, euros(part.cents), addDays('2026-03-02', part.day)),
          );
          const asOf = addDays('2026-03-02', asOfDay);
          const before = all.filter((allocation) => allocation.date <= asOf);
          expect(invoiceStatusAsOf(owed, all, asOf)).toEqual(invoiceStatusAsOf(owed, before, asOf));
        },
      ),
    );
  });
});
