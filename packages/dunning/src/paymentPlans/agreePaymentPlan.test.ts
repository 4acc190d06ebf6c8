import { deepFreeze, isTpeError, toScaledUnits } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Receivable } from '../input/Receivable.js';
import { agreePaymentPlan } from './agreePaymentPlan.js';
import { paymentPlanSchema } from './PaymentPlan.js';

const invoice = (id: string, amount: string, extra: Partial<Receivable> = {}): Receivable => ({
  id,
  customerId: 'c-1',
  number: `F-${id}`,
  issueDate: '2026-01-31',
  dueDate: '2026-03-02',
  amount,
  outstanding: amount,
  ...extra,
});

function codesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (isTpeError(error))
      return error.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);
  }
  return [];
}

describe('agreePaymentPlan', () => {
  it('splits what is owed on the day into equal monthly instalments', () => {
    // Owed on 20/04: 1000.00 for A; for B, 50.00 still owed plus the 250.00 paid only on 25/04 (after the
    // day): 300.00. 1300.00 / 4 = 325.00.
    const receivables = deepFreeze([
      invoice('A', '1000.00'),
      invoice('B', '500.00', {
        outstanding: '50.00',
        payments: [
          { date: '2026-04-10', amount: '200.00' },
          { date: '2026-04-25', amount: '250.00' },
        ],
      }),
    ]);
    const plan = agreePaymentPlan({
      id: 'plan-1',
      receivables,
      agreedOn: '2026-04-20',
      instalments: 4,
      firstDueDate: '2026-05-31',
      everyMonths: 1,
      graceDays: 3,
    });
    expect(plan).toEqual({
      id: 'plan-1',
      customerId: 'c-1',
      receivableIds: ['A', 'B'],
      agreedOn: '2026-04-20',
      instalments: [
        { dueDate: '2026-05-31', amount: '325.00' },
        { dueDate: '2026-06-30', amount: '325.00' },
        { dueDate: '2026-07-31', amount: '325.00' },
        { dueDate: '2026-08-31', amount: '325.00' },
      ],
      graceDays: 3,
    });
    expect(paymentPlanSchema.safeParse(plan).success).toBe(true);
  });

  it('never loses a cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 120 }),
        (cents, count) => {
          const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
          const plan = agreePaymentPlan({
            id: 'p',
            receivables: [invoice('A', amount)],
            agreedOn: '2026-04-20',
            instalments: count,
            firstDueDate: '2026-05-05',
          });
          const total = plan.instalments.reduce(
            (sum, part) => sum + toScaledUnits(part.amount, 2),
            0,
          );
          expect(total).toBe(cents);
          expect(plan.instalments).toHaveLength(count);
        },
      ),
    );
  });

  it('refuses receivables of several customers or currencies, credits, nothing owed and a first date too early', () => {
    const base = { id: 'p', agreedOn: '2026-04-20', instalments: 2, firstDueDate: '2026-05-05' };
    expect(
      codesOf(() =>
        agreePaymentPlan({
          ...base,
          receivables: [
            invoice('A', '10.00'),
            invoice('B', '10.00', { customerId: 'c-2' }),
            invoice('C', '10.00', { currency: 'USD' }),
            invoice('D', '10.00', { kind: 'creditNote' }),
            invoice('E', '10.00', { outstanding: '0.00' }),
          ],
          firstDueDate: '2026-04-20',
        }),
      ),
    ).toEqual([
      'receivables.1.customerId:customer_mismatch',
      'receivables.2.currency:currency_mismatch',
      'receivables.3.kind:not_an_invoice',
      'receivables.4.outstanding:nothing_owed',
      'firstDueDate:before_agreement',
    ]);
    expect(codesOf(() => agreePaymentPlan({ ...base, receivables: [] }))).toEqual([
      'receivables:too_small',
    ]);
    expect(
      codesOf(() =>
        agreePaymentPlan({ ...base, receivables: [invoice('A', '10.00')], instalments: 0 }),
      ),
    ).toEqual(['instalments:too_small']);
  });
});
