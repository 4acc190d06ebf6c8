import { deepFreeze } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocatePayment } from './allocatePayment.js';
import { anInvoice, aPayment, cents, errorCode, euros } from './internal/testFixtures.js';

const inv1 = anInvoice('INV-1', '1200.00', '2026-03-02'); // due 2026-04-01
const inv2 = anInvoice('INV-2', '300.00', '2026-03-10'); // due 2026-04-09
const inv3 = anInvoice('INV-3', '450.50', '2026-01-15'); // due 2026-02-14

describe('allocatePayment', () => {
  it('settles the oldest due first and keeps the overpayment as credit', () => {
    // 2000.00 − 450.50 (INV-3, due 02-14) − 1200.00 (INV-1, due 04-01) − 300.00 (INV-2) = 49.50
    const result = allocatePayment(aPayment('P-1', '2000.00', '2026-04-15'), [inv1, inv2, inv3], {
      strategy: 'oldestDueFirst',
    });
    expect(result.allocations).toEqual([
      {
        source: { kind: 'payment', id: 'P-1' },
        invoiceId: 'INV-3',
        amount: '450.50',
        date: '2026-04-15',
      },
      {
        source: { kind: 'payment', id: 'P-1' },
        invoiceId: 'INV-1',
        amount: '1200.00',
        date: '2026-04-15',
      },
      {
        source: { kind: 'payment', id: 'P-1' },
        invoiceId: 'INV-2',
        amount: '300.00',
        date: '2026-04-15',
      },
    ]);
    expect(result).toMatchObject({
      available: '2000.00',
      allocated: '1950.50',
      credit: '49.50',
      currency: 'EUR',
    });
  });

  it('settles the last invoice reached in part', () => {
    // 1000.00 − 450.50 = 549.50 left for INV-1 (1200.00): partly
    const result = allocatePayment(aPayment('P-1', '1000', '2026-04-15'), [inv1, inv2, inv3], {
      strategy: 'oldestDueFirst',
    });
    expect(result.allocations.map((a) => [a.invoiceId, a.amount])).toEqual([
      ['INV-3', '450.50'],
      ['INV-1', '549.50'],
    ]);
    expect(result.credit).toBe('0.00');
  });

  it('skips cancelled and settled invoices and counts what the history applied', () => {
    const cancelled = anInvoice('INV-0', '99.00', '2026-01-01', { status: 'cancelled' });
    const history = {
      allocations: [
        {
          source: { kind: 'payment' as const, id: 'P-0' },
          invoiceId: 'INV-3',
          amount: '450.50',
          date: '2026-02-01',
        },
        {
          source: { kind: 'payment' as const, id: 'P-0' },
          invoiceId: 'INV-1',
          amount: '200.00',
          date: '2026-02-01',
        },
      ],
    };
    // INV-3 settled, INV-1 owes 1200 − 200 = 1000, then INV-2 300: 1100 − 1000 − 100 of 300
    const result = allocatePayment(
      aPayment('P-1', '1100.00', '2026-04-15'),
      [cancelled, inv1, inv2, inv3],
      { strategy: 'oldestDueFirst' },
      history,
    );
    expect(result.allocations.map((a) => [a.invoiceId, a.amount])).toEqual([
      ['INV-1', '1000.00'],
      ['INV-2', '100.00'],
    ]);
  });

  it('applies explicit amounts and keeps the rest as credit', () => {
    const result = allocatePayment(aPayment('P-1', '500.00', '2026-04-15'), [inv1, inv2], {
      allocations: [
        { invoiceId: 'INV-2', amount: '300' },
        { invoiceId: 'INV-1', amount: '150.25' },
      ],
    });
    // 500.00 − 300.00 − 150.25 = 49.75
    expect(result.allocations.map((a) => [a.invoiceId, a.amount])).toEqual([
      ['INV-2', '300.00'],
      ['INV-1', '150.25'],
    ]);
    expect(result.credit).toBe('49.75');
  });

  it('uses a credit left earlier, dated the day it is used', () => {
    const payment = aPayment('P-1', '1300.00', '2026-04-15');
    const first = allocatePayment(payment, [inv1], { strategy: 'oldestDueFirst' });
    expect(first.credit).toBe('100.00');
    const inv4 = anInvoice('INV-4', '80.00', '2026-05-02');
    const second = allocatePayment(
      payment,
      [inv1, inv4],
      { strategy: 'oldestDueFirst', on: '2026-05-03' },
      { allocations: first.allocations },
    );
    expect(second).toMatchObject({ available: '100.00', allocated: '80.00', credit: '20.00' });
    expect(second.allocations[0]).toMatchObject({ invoiceId: 'INV-4', date: '2026-05-03' });
  });

  it('dates an allocation to an invoice issued after the payment on its issue date', () => {
    const later = anInvoice('INV-9', '100.00', '2026-05-10');
    const result = allocatePayment(aPayment('P-1', '100.00', '2026-04-15'), [later], {
      strategy: 'oldestDueFirst',
    });
    expect(result.allocations[0]?.date).toBe('2026-05-10');
  });

  it('refuses explicit allocations above the payment or an invoice balance: ALLOCATION_EXCEEDS', () => {
    const payment = aPayment('P-1', '500.00', '2026-04-15');
    expect(
      errorCode(() =>
        allocatePayment(payment, [inv2], {
          allocations: [{ invoiceId: 'INV-2', amount: '300.01' }],
        }),
      ),
    ).toBe('ALLOCATION_EXCEEDS');
    expect(
      errorCode(() =>
        allocatePayment(payment, [inv1, inv2], {
          allocations: [
            { invoiceId: 'INV-1', amount: '250.00' },
            { invoiceId: 'INV-2', amount: '250.01' },
          ],
        }),
      ),
    ).toBe('ALLOCATION_EXCEEDS');
    // the history already took 400 of the 500: 100.01 is too much
    const history = {
      allocations: [
        {
          source: { kind: 'payment' as const, id: 'P-1' },
          invoiceId: 'INV-X',
          amount: '400.00',
          date: '2026-04-15',
        },
      ],
    };
    expect(
      errorCode(() =>
        allocatePayment(
          payment,
          [inv1],
          { allocations: [{ invoiceId: 'INV-1', amount: '100.01' }] },
          history,
        ),
      ),
    ).toBe('ALLOCATION_EXCEEDS');
    expect(
      allocatePayment(
        payment,
        [inv1],
        { allocations: [{ invoiceId: 'INV-1', amount: '100.00' }] },
        history,
      ).credit,
    ).toBe('0.00');
  });

  it('refuses to pay a cancelled invoice: DOCUMENT_CANCELLED', () => {
    const cancelled = anInvoice('INV-0', '99.00', '2026-01-01', { status: 'cancelled' });
    expect(
      errorCode(() =>
        allocatePayment(aPayment('P-1', '99.00', '2026-04-15'), [cancelled], {
          allocations: [{ invoiceId: 'INV-0', amount: '99.00' }],
        }),
      ),
    ).toBe('DOCUMENT_CANCELLED');
  });

  it('answers INVALID_INPUT or CURRENCY_MISMATCH for bad input, with the path', () => {
    const payment = aPayment('P-1', '100.00', '2026-04-15');
    const strategy = { strategy: 'oldestDueFirst' as const };
    const issue = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(
      issue(() => allocatePayment({ ...payment, amount: 100 as never }, [], strategy)),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['payment', 'amount'] }],
    });
    expect(errorCode(() => allocatePayment({ ...payment, amount: '0' }, [], strategy))).toBe(
      'INVALID_INPUT',
    );
    expect(
      errorCode(() => allocatePayment({ ...payment, method: 'bitcoin' as never }, [], strategy)),
    ).toBe('INVALID_INPUT');
    expect(errorCode(() => allocatePayment(payment, [inv1], {} as never))).toBe('INVALID_INPUT');
    expect(
      errorCode(() => allocatePayment(payment, [inv1], { ...strategy, on: '2026-04-14' })),
    ).toBe('INVALID_INPUT');
    expect(
      issue(() => allocatePayment(payment, [{ ...inv1, customerId: 'C-002' }], strategy)),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ code: 'other_customer', path: ['openInvoices', 0, 'customerId'] }],
    });
    expect(errorCode(() => allocatePayment(payment, [inv1, inv1], strategy))).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        allocatePayment(payment, [inv1], { allocations: [{ invoiceId: 'INV-2', amount: '1.00' }] }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        allocatePayment(payment, [inv1], {
          allocations: [
            { invoiceId: 'INV-1', amount: '1.00' },
            { invoiceId: 'INV-1', amount: '1.00' },
          ],
        }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() => allocatePayment(payment, [{ ...inv1, currency: 'USD' }], strategy)),
    ).toBe('CURRENCY_MISMATCH');
    expect(errorCode(() => allocatePayment(null as never, [], strategy))).toBe('INVALID_INPUT');
    expect(errorCode(() => allocatePayment(payment, 'INV-1' as never, strategy))).toBe(
      'INVALID_INPUT',
    );
  });

  it('does not mutate its inputs', () => {
    const payment = deepFreeze(aPayment('P-1', '2000.00', '2026-04-15'));
    const invoices = deepFreeze([inv1, inv2, inv3]);
    const before = structuredClone(invoices);
    allocatePayment(payment, invoices, { strategy: 'oldestDueFirst' });
    expect(invoices).toEqual(before);
  });

  const invoiceCents = fc.array(fc.integer({ min: 0, max: 5_000_000 }), {
    minLength: 0,
    maxLength: 12,
  });

  it('never creates or loses a cent: allocated + credit = payment, each invoice at most its balance', () => {
    fc.assert(
      fc.property(invoiceCents, fc.integer({ min: 1, max: 20_000_000 }), (amounts, paid) => {
        const invoices = amounts.map((cents, index) =>
          anInvoice(
            `I${index}`,
            euros(cents),
            `2026-01-${String((index % 28) + 1).padStart(2, '0')}`,
          ),
        );
        const result = allocatePayment(aPayment('P', euros(paid), '2026-03-01'), invoices, {
          strategy: 'oldestDueFirst',
        });
        const allocatedCents = result.allocations.reduce(
          (sum, allocation) => sum + cents(allocation.amount),
          0,
        );
        const credit = cents(result.credit);
        expect(allocatedCents + credit).toBe(paid);
        expect(credit).toBeGreaterThanOrEqual(0);
        const owed = amounts.reduce((sum, cents) => sum + cents, 0);
        expect(allocatedCents).toBe(Math.min(owed, paid));
        for (const allocation of result.allocations) {
          const index = Number(allocation.invoiceId.slice(1));
          expect(cents(allocation.amount)).toBeLessThanOrEqual(amounts[index] ?? 0);
        }
      }),
    );
  });

  it('settles invoices in due order: every one before the last reached is settled in full', () => {
    fc.assert(
      fc.property(invoiceCents, fc.integer({ min: 1, max: 20_000_000 }), (amounts, paid) => {
        const invoices = amounts.map((cents, index) =>
          anInvoice(
            `I${index}`,
            euros(cents),
            `2026-01-${String(28 - (index % 28)).padStart(2, '0')}`,
          ),
        );
        const result = allocatePayment(aPayment('P', euros(paid), '2026-03-01'), invoices, {
          strategy: 'oldestDueFirst',
        });
        const dueDates = result.allocations.map(
          (allocation) =>
            invoices.find((invoice) => invoice.id === allocation.invoiceId)?.dueDate ?? '',
        );
        expect(dueDates).toEqual([...dueDates].sort());
        result.allocations.slice(0, -1).forEach((allocation) => {
          const invoice = invoices.find((candidate) => candidate.id === allocation.invoiceId);
          expect(allocation.amount).toBe(invoice?.amountDue);
        });
      }),
    );
  });
});
