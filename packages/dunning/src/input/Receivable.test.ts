import { isTpeError, parseWithSchema } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReceivable, receivableIssues } from './internal/readReceivable.js';
import { type Receivable, receivableSchema } from './Receivable.js';

const invoice: Receivable = {
  id: 'inv-1',
  customerId: 'c-1',
  number: 'F2026-0001',
  issueDate: '2026-02-14',
  dueDate: '2026-03-16',
  amount: '1200.00',
  outstanding: '700.00',
};

function codesOf(input: unknown): string[] {
  try {
    parseWithSchema(receivableSchema, input);
  } catch (error) {
    if (isTpeError(error))
      return error.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);
    throw error;
  }
  return [];
}

describe('receivableSchema', () => {
  it('accepts an invoice with instalments, payments, a dispute, a promise and a rate', () => {
    const full: Receivable = {
      ...invoice,
      kind: 'invoice',
      currency: 'EUR',
      instalments: [
        { dueDate: '2026-03-16', amount: '600.00' },
        { dueDate: '2026-04-16', amount: '600.00' },
      ],
      payments: [{ date: '2026-03-20', amount: '500.00' }],
      disputed: { reason: 'Colis abîmé', since: '2026-03-20', resolvedOn: '2026-04-02' },
      promiseToPay: { until: '2026-04-30', agreedOn: '2026-04-10' },
      contractualPenaltyRate: '12',
    };
    expect(receivableSchema.parse(full)).toEqual(full);
  });

  it('refuses an outstanding above the amount', () => {
    expect(codesOf({ ...invoice, outstanding: '1200.01' })).toEqual(['outstanding:exceeds_amount']);
  });

  it('names each broken rule between fields', () => {
    expect(codesOf({ ...invoice, amount: '0', outstanding: '0' })).toEqual(['amount:not_positive']);
    expect(codesOf({ ...invoice, dueDate: '2026-02-13' })).toEqual(['dueDate:due_before_issue']);
    // 600 + 500 = 1100 ≠ 1200
    expect(
      codesOf({
        ...invoice,
        instalments: [
          { dueDate: '2026-03-16', amount: '600.00' },
          { dueDate: '2026-04-16', amount: '500.00' },
        ],
      }),
    ).toEqual(['instalments:instalments_sum']);
    expect(
      codesOf({
        ...invoice,
        instalments: [
          { dueDate: '2026-04-16', amount: '600.00' },
          { dueDate: '2026-03-16', amount: '600.00' },
        ],
      }),
    ).toEqual(['instalments.1.dueDate:instalments_out_of_order']);
    // paid so far: 1200 − 700 = 500; payments 300 + 300 = 600 > 500
    expect(
      codesOf({
        ...invoice,
        payments: [
          { date: '2026-03-20', amount: '300.00' },
          { date: '2026-03-10', amount: '300.00' },
        ],
      }),
    ).toEqual(['payments:payments_exceed_paid']);
    expect(
      codesOf({
        ...invoice,
        disputed: { reason: 'x', since: '2026-04-02', resolvedOn: '2026-04-01' },
      }),
    ).toEqual(['disputed.resolvedOn:resolved_before_raised']);
    expect(
      codesOf({ ...invoice, promiseToPay: { until: '2026-04-01', agreedOn: '2026-04-02' } }),
    ).toEqual(['promiseToPay.until:promise_before_agreement']);
    expect(
      codesOf({
        ...invoice,
        kind: 'creditNote',
        outstanding: '1200.00',
        instalments: [{ dueDate: '2026-03-16', amount: '1200.00' }],
      }),
    ).toEqual(['instalments:not_for_credit']);
    expect(
      codesOf({ ...invoice, currency: 'JPY', amount: '1200.50', outstanding: '1200' }),
    ).toEqual(['amount:too_many_decimals']);
  });

  it('refuses wrong kinds of values with the path of each', () => {
    expect(codesOf({ ...invoice, amount: 1200 })).toEqual(['amount:invalid_type']);
    expect(codesOf({ ...invoice, dueDate: '2026-02-30' })).toEqual(['dueDate:invalid_date']);
    expect(codesOf({ ...invoice, outstanding: '-1' })).toEqual([
      'outstanding:negative_not_allowed',
    ]);
    expect(codesOf({ ...invoice, amount: '1200.001' })).toEqual(['amount:too_many_decimals']);
    expect(codesOf({ ...invoice, currency: 'EURO' })).toEqual(['currency:invalid_currency']);
    expect(codesOf({ ...invoice, total: '1' })).toEqual([':unrecognized_keys']);
    expect(codesOf({ ...invoice, id: '' })).toEqual(['id:too_small']);
  });
});

/** Values a field may be given: valid ones and every kind of wrong one. */
const anyValue = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    0,
    1200,
    '',
    '0',
    '0.00',
    '12.5',
    '1200.00',
    '1200.001',
    '-3',
    '-0',
    '-0.00',
    '00.5',
    '1.',
    '.5',
    '1e3',
    ' 1',
    '9999999999999.99',
    '10000000000000.00',
    '99999999999999',
    '2026-03-16',
    '2026-02-30',
    'EUR',
    'JPY',
    'invoice',
    'creditNote',
    [],
    {},
  ),
  fc.string({ maxLength: 4 }),
);

describe('the fast reader of receivables', () => {
  it('accepts exactly what receivableSchema accepts', () => {
    const field = fc.constantFrom(
      'id',
      'number',
      'kind',
      'issueDate',
      'dueDate',
      'amount',
      'outstanding',
      'currency',
      'contractualPenaltyRate',
      'extra',
    );
    const mutation = fc.oneof(
      fc.record({ field, value: anyValue }),
      fc.record({
        field: fc.constantFrom('instalments', 'payments', 'disputed', 'promiseToPay', 'excluded'),
        value: fc.oneof(
          fc.constantFrom(
            [{ dueDate: '2026-03-16', amount: '1200.00' }],
            [{ date: '2026-03-20', amount: '500.00' }],
            [{ date: '2026-03-20', amount: '600.00' }],
            [{ dueDate: '2026-03-16' }],
            { reason: 'x', since: '2026-03-20' },
            { reason: '', since: '2026-03-20' },
            { until: '2026-04-30' },
            { until: '2026-04-30', agreedOn: '2026-05-01' },
            { reason: 'Contentieux' },
            { reason: 'x', extra: 1 },
          ),
          anyValue,
        ),
      }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 3 }), (mutations) => {
        const input: Record<string, unknown> = { ...invoice };
        for (const { field: key, value } of mutations) input[key] = value;
        const read = readReceivable(input);
        const fast = read !== undefined && receivableIssues(read) === undefined;
        expect(fast).toBe(receivableSchema.safeParse(input).success);
      }),
    );
  });
});
