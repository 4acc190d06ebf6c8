import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paymentPlanIssues, readPaymentPlan } from './internal/readPaymentPlan.js';
import { paymentPlanSchema } from './PaymentPlan.js';

describe('paymentPlanSchema', () => {
  const plan = {
    id: 'plan-1',
    customerId: 'c-1',
    receivableIds: ['A'],
    agreedOn: '2026-04-20',
    instalments: [
      { dueDate: '2026-05-05', amount: '600.00' },
      { dueDate: '2026-06-05', amount: '600.00' },
    ],
  };
  const codes = (input: unknown) => {
    const result = paymentPlanSchema.safeParse(input);
    return result.success
      ? []
      : result.error.issues.map(
          (issue) =>
            `${issue.path.join('.')}:${issue.code === 'custom' ? (issue as { params?: { code?: string } }).params?.code : issue.code}`,
        );
  };

  it('checks the order of instalments, the agreement date and twin receivables', () => {
    expect(codes(plan)).toEqual([]);
    expect(
      codes({
        ...plan,
        receivableIds: ['A', 'A'],
        cancelledOn: '2026-04-19',
        instalments: [
          { dueDate: '2026-06-05', amount: '600.00' },
          { dueDate: '2026-04-20', amount: '0.00' },
        ],
      }),
    ).toEqual([
      'instalments.1.amount:not_positive',
      'instalments.1.dueDate:before_agreement',
      'instalments.1.dueDate:instalments_out_of_order',
      'cancelledOn:before_agreement',
      'receivableIds:duplicate_receivable',
    ]);
    expect(codes({ ...plan, graceDays: -1 })).toEqual(['graceDays:too_small']);
  });

  it('is read as the schema reads it', () => {
    const value = fc.oneof(
      fc.constantFrom(
        undefined,
        null,
        '',
        'p',
        0,
        -1,
        3,
        400,
        1.5,
        '2026-05-05',
        '2026-02-30',
        [],
        ['A'],
        ['A', 'A'],
        {},
      ),
      fc.constantFrom(
        [{ dueDate: '2026-05-05', amount: '600.00' }],
        [{ dueDate: '2026-05-05', amount: '0' }],
        [{ dueDate: '2026-04-01', amount: '600.00' }],
        [{ dueDate: '2026-05-05', amount: '600.001' }],
        [{ dueDate: '2026-05-05' }],
      ),
      fc.string({ maxLength: 3 }),
    );
    const field = fc.constantFrom(
      'id',
      'customerId',
      'receivableIds',
      'agreedOn',
      'instalments',
      'graceDays',
      'cancelledOn',
      'extra',
    );
    fc.assert(
      fc.property(fc.array(fc.record({ field, value }), { maxLength: 3 }), (changes) => {
        const input: Record<string, unknown> = { ...plan };
        for (const { field: key, value: changed } of changes) input[key] = changed;
        const read = readPaymentPlan(input);
        const fast = read !== undefined && paymentPlanIssues(read) === undefined;
        expect(fast).toBe(paymentPlanSchema.safeParse(input).success);
      }),
    );
  });
});
