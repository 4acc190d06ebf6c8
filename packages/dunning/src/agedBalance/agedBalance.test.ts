import {
  addDays,
  deepFreeze,
  formatScaledUnits,
  fromEpochDay,
  toEpochDay,
  toScaledUnits,
} from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tpeFailure } from '../../../../tools/tpeFailure.js';
import type { DunningCustomer } from '../input/DunningCustomer.js';
import type { Receivable } from '../input/Receivable.js';
import { type AgedBalanceInput, agedBalanceInputSchema } from './AgedBalanceInput.js';
import { agedBalance } from './agedBalance.js';
import { agedBalanceSchema } from './agedBalanceToCsv.js';

const AS_OF = '2026-04-30';

/** An open invoice of `amount`, due on `dueDate`, issued 30 days before. */
function invoice(
  id: string,
  customerId: string,
  dueDate: string,
  amount: string,
  more: Partial<Receivable> = {},
): Receivable {
  return {
    id,
    customerId,
    number: `F-${id}`,
    issueDate: addDays(dueDate, -30),
    dueDate,
    amount,
    outstanding: amount,
    ...more,
  };
}

function credit(
  id: string,
  customerId: string,
  kind: 'creditNote' | 'unallocatedPayment',
  issueDate: string,
  amount: string,
  more: Partial<Receivable> = {},
): Receivable {
  return {
    id,
    customerId,
    number: `A-${id}`,
    kind,
    issueDate,
    dueDate: issueDate,
    amount,
    outstanding: amount,
    ...more,
  };
}

describe('agedBalance: values computed by hand', () => {
  // Days late on 2026-04-30: due 04-30 → 0; 04-29 → 1; 03-31 → 30; 03-30 → 31;
  // 03-01 → 60; 02-28 → 61; 01-30 → 90; 01-29 → 91.
  const receivables: Receivable[] = [
    invoice('a', 'c-1', '2026-04-30', '100.00'), // 0 days: not due
    invoice('b', 'c-1', '2026-04-29', '200.00'), // 1 day: 1–30
    invoice('c', 'c-1', '2026-03-31', '300.00'), // 30 days: 1–30
    invoice('d', 'c-2', '2026-03-30', '400.00'), // 31 days: 31–60
    invoice('e', 'c-2', '2026-03-01', '500.00'), // 60 days: 31–60
    invoice('f', 'c-3', '2026-02-28', '600.00'), // 61 days: 61–90
    invoice('g', 'c-3', '2026-01-30', '700.00'), // 90 days: 61–90
    invoice('h', 'c-3', '2026-01-29', '800.50'), // 91 days: > 90
    credit('i', 'c-2', 'creditNote', '2026-04-02', '150.00'),
    credit('j', 'c-2', 'unallocatedPayment', '2026-04-20', '1000.00'),
  ];

  it('puts each invoice in the column of its days late, both ends of each column included', () => {
    const balance = agedBalance({ receivables, asOf: AS_OF });
    expect(balance.columns).toEqual([
      { key: 'notDue', label: 'Non échu', fromDays: null, toDays: 0 },
      { key: '1-30', label: '1 à 30 j', fromDays: 1, toDays: 30 },
      { key: '31-60', label: '31 à 60 j', fromDays: 31, toDays: 60 },
      { key: '61-90', label: '61 à 90 j', fromDays: 61, toDays: 90 },
      { key: '91+', label: 'Plus de 90 j', fromDays: 91, toDays: null },
    ]);
    expect(balance.currency).toBe('EUR');
    expect(balance.basis).toBe('dueDate');
    // Priority: c-3 = 61 × 60000 + 90 × 70000 + 91 × 80050 = 17,234,550 cent-days;
    // c-2 = 31 × 40000 + 60 × 50000 = 4,240,000; c-1 = 1 × 20000 + 30 × 30000 = 920,000.
    expect(balance.customers).toEqual([
      {
        customerId: 'c-3',
        buckets: ['0.00', '0.00', '0.00', '1300.00', '800.50'],
        outstanding: '2100.50',
        credits: '0.00',
        balance: '2100.50',
        maxDays: 91,
        openReceivables: 3,
      },
      {
        customerId: 'c-2',
        buckets: ['0.00', '0.00', '900.00', '0.00', '0.00'],
        outstanding: '900.00',
        // 150.00 + 1000.00 of credits: 900.00 − 1150.00 = −250.00
        credits: '-1150.00',
        balance: '-250.00',
        maxDays: 60,
        openReceivables: 4,
      },
      {
        customerId: 'c-1',
        buckets: ['100.00', '500.00', '0.00', '0.00', '0.00'],
        outstanding: '600.00',
        credits: '0.00',
        balance: '600.00',
        maxDays: 30,
        openReceivables: 3,
      },
    ]);
    // 100 + 500 + 900 + 1300 + 800.50 = 3600.50; 3600.50 − 1150 = 2450.50
    expect(balance.total).toEqual({
      buckets: ['100.00', '500.00', '900.00', '1300.00', '800.50'],
      outstanding: '3600.50',
      credits: '-1150.00',
      balance: '2450.50',
      customers: 3,
      openReceivables: 10,
    });
  });

  it('takes bucket bounds in days and labels a column of one day by that day', () => {
    const balance = agedBalance({ receivables, asOf: AS_OF, buckets: [1, 45] });
    expect(balance.columns.map((column) => [column.key, column.label])).toEqual([
      ['notDue', 'Non échu'],
      ['1', '1 j'],
      ['2-45', '2 à 45 j'],
      ['46+', 'Plus de 45 j'],
    ]);
    // 1 day: b 200; 2–45 days: c 300 + d 400; over 45: e 500 + f 600 + g 700 + h 800.50
    expect(balance.total.buckets).toEqual(['100.00', '200.00', '700.00', '2600.50']);
  });

  it('counts from the issue date with basis issueDate, from 0 days', () => {
    const balance = agedBalance({
      receivables: [
        invoice('a', 'c-1', '2026-05-30', '100.00'), // issued 04-30: 0 days
        invoice('b', 'c-1', '2026-05-01', '200.00'), // issued 04-01: 29 days
        invoice('c', 'c-1', '2026-04-30', '300.00'), // issued 03-31: 30 days
        invoice('d', 'c-1', '2026-04-29', '400.00'), // issued 03-30: 31 days
      ],
      asOf: AS_OF,
      basis: 'issueDate',
      buckets: [30],
    });
    expect(balance.columns).toEqual([
      { key: '0-30', label: '0 à 30 j', fromDays: 0, toDays: 30 },
      { key: '31+', label: 'Plus de 30 j', fromDays: 31, toDays: null },
    ]);
    expect(balance.customers[0]).toMatchObject({
      buckets: ['600.00', '400.00'],
      outstanding: '1000.00',
      maxDays: 31,
    });
  });

  it('ages each instalment from its own due date, the outstanding on the latest ones', () => {
    // 3 × 100.00 due 01-15, 03-15, 05-15; 150.00 paid on 03-01: 150.00 left,
    // 50.00 of the second instalment (46 days late) and the third (not due).
    const staged = invoice('a', 'c-1', '2026-05-15', '300.00', {
      issueDate: '2025-12-15',
      outstanding: '150.00',
      instalments: [
        { dueDate: '2026-01-15', amount: '100.00' },
        { dueDate: '2026-03-15', amount: '100.00' },
        { dueDate: '2026-05-15', amount: '100.00' },
      ],
      payments: [{ date: '2026-03-01', amount: '150.00' }],
    });
    expect(agedBalance({ receivables: [staged], asOf: AS_OF }).customers[0]).toMatchObject({
      buckets: ['100.00', '0.00', '50.00', '0.00', '0.00'],
      maxDays: 46,
      openReceivables: 1,
    });
    // On 02-20 the payment was not received: 300.00, of which the first
    // instalment 36 days late and two not yet due.
    expect(agedBalance({ receivables: [staged], asOf: '2026-02-20' }).total.buckets).toEqual([
      '200.00',
      '0.00',
      '100.00',
      '0.00',
      '0.00',
    ]);
    // By issue date the instalments do not matter: 150.00 aged 136 days.
    expect(
      agedBalance({ receivables: [staged], asOf: AS_OF, basis: 'issueDate' }).total.buckets,
    ).toEqual(['0.00', '0.00', '0.00', '150.00']);
  });

  it('is right for a past day: later receivables left out, later payments added back', () => {
    const receivablesOfTheYear: Receivable[] = [
      // 1000.00 issued 01-10, due 02-09, paid 400.00 on 02-20 and 600.00 on 04-10.
      invoice('a', 'c-1', '2026-02-09', '1000.00', {
        issueDate: '2026-01-10',
        outstanding: '0.00',
        payments: [
          { date: '2026-04-10', amount: '600.00' },
          { date: '2026-02-20', amount: '400.00' },
        ],
      }),
      // Issued 03-20: after 03-15.
      invoice('b', 'c-1', '2026-04-19', '500.00', { issueDate: '2026-03-20' }),
      // A credit note of 03-01 used up by a refund on 03-25.
      credit('c', 'c-1', 'creditNote', '2026-03-01', '80.00', {
        outstanding: '0.00',
        payments: [{ date: '2026-03-25', amount: '80.00' }],
      }),
    ];
    // On 03-15: a owes 600.00 (the 02-20 payment is in, the 04-10 one is not), 34 days late;
    // the credit note is open; b does not exist yet.
    const onMarch15 = agedBalance({ receivables: receivablesOfTheYear, asOf: '2026-03-15' });
    expect(onMarch15.customers).toEqual([
      {
        customerId: 'c-1',
        buckets: ['0.00', '0.00', '600.00', '0.00', '0.00'],
        outstanding: '600.00',
        credits: '-80.00',
        balance: '520.00',
        maxDays: 34,
        openReceivables: 2,
      },
    ]);
    // On 02-15: nothing paid yet, 6 days late; the credit note was not issued.
    expect(
      agedBalance({ receivables: receivablesOfTheYear, asOf: '2026-02-15' }).total,
    ).toMatchObject({ buckets: ['0.00', '1000.00', '0.00', '0.00', '0.00'], credits: '0.00' });
    // On 04-30: a is paid, the credit used; only b is left, 11 days late.
    expect(agedBalance({ receivables: receivablesOfTheYear, asOf: AS_OF }).customers).toMatchObject(
      [{ buckets: ['0.00', '500.00', '0.00', '0.00', '0.00'], openReceivables: 1 }],
    );
    // On 01-01 nothing was issued: no line at all.
    expect(agedBalance({ receivables: receivablesOfTheYear, asOf: '2026-01-01' })).toMatchObject({
      customers: [],
      total: { outstanding: '0.00', customers: 0, openReceivables: 0 },
    });
  });

  it('gives a customer whose receivables are all paid no line', () => {
    const balance = agedBalance({
      receivables: [
        invoice('a', 'c-1', '2026-03-01', '100.00', {
          outstanding: '0.00',
          payments: [{ date: '2026-03-10', amount: '100.00' }],
        }),
        invoice('b', 'c-2', '2026-03-01', '100.00'),
      ],
      asOf: AS_OF,
    });
    expect(balance.customers.map((line) => line.customerId)).toEqual(['c-2']);
  });

  it('adds amounts beyond 2^53 minor units exactly', () => {
    const huge = Array.from({ length: 10 }, (_, index) =>
      invoice(`r${index}`, `c-${index % 2}`, '2026-03-01', '9999999999999.99'),
    );
    // 10 × 999,999,999,999,999 cents = 9,999,999,999,999,990 cents, above 2^53 ≈ 9.007e15
    const balance = agedBalance({ receivables: huge, asOf: AS_OF });
    expect(balance.total.outstanding).toBe('99999999999999.90');
    expect(balance.total.buckets[2]).toBe('99999999999999.90');
    expect(balance.customers.map((line) => line.outstanding)).toEqual([
      '49999999999999.95',
      '49999999999999.95',
    ]);
    const withCredit = agedBalance({
      receivables: [...huge, credit('x', 'c-0', 'creditNote', '2026-03-01', '0.05')],
      asOf: AS_OF,
    });
    expect(withCredit.total.balance).toBe('99999999999999.85');
    // In thousandths of a dinar each amount is 6,000,000,000,000,000, above 2^52 ≈ 4.5e15.
    const dinars = agedBalance({
      receivables: ['a', 'b', 'c'].map((id) =>
        invoice(id, 'c-1', '2026-03-01', '6000000000000.01', { currency: 'TND' }),
      ),
      asOf: AS_OF,
    });
    expect(dinars.total.outstanding).toBe('18000000000000.030');
  });
});

describe('agedBalance: order of the customers', () => {
  const receivables: Receivable[] = [
    invoice('a', 'c-10', '2026-04-20', '1000.00'), // 10 days × 100000 = 1,000,000
    invoice('b', 'c-2', '2026-02-19', '100.00'), // 70 days × 10000 = 700,000
    invoice('c', 'c-3', '2026-05-20', '5000.00'), // not due: 0
    invoice('d', 'c-1', '2026-05-20', '300.00'), // not due: 0
    invoice('e', 'c-4', '2026-04-23', '1000.00'), // 7 days × 100000 = 700,000
  ];
  const customers: DunningCustomer[] = [
    { id: 'c-1', kind: 'business', name: 'Fabre SARL' },
    { id: 'c-2', kind: 'business', name: 'Émile Père & Fils' },
    { id: 'c-3', kind: 'consumer', name: 'durand' },
    { id: 'c-4', kind: 'business', name: 'Client 2' },
    { id: 'c-10', kind: 'business', name: 'Client 10' },
  ];

  it('puts the most urgent first by default: days late × amount, then amount, then id', () => {
    const balance = agedBalance({ receivables, asOf: AS_OF });
    // c-2 and c-4 tie at 700,000: c-4 owes more. c-3 and c-1 at 0: c-3 owes more.
    expect(balance.customers.map((line) => line.customerId)).toEqual([
      'c-10',
      'c-4',
      'c-2',
      'c-3',
      'c-1',
    ]);
  });

  it('sorts by outstanding amount, ties by id', () => {
    const balance = agedBalance({ receivables, asOf: AS_OF, sortBy: 'amount' });
    expect(balance.customers.map((line) => line.customerId)).toEqual([
      'c-3',
      'c-10',
      'c-4',
      'c-1',
      'c-2',
    ]);
  });

  it('sorts by name in French order, and gives the names', () => {
    const balance = agedBalance({ receivables, asOf: AS_OF, sortBy: 'name', customers });
    expect(balance.customers.map((line) => line.name)).toEqual([
      'Client 2',
      'Client 10',
      'durand',
      'Émile Père & Fils',
      'Fabre SARL',
    ]);
  });

  it('sorts by id when no names are given', () => {
    const balance = agedBalance({ receivables, asOf: AS_OF, sortBy: 'name' });
    expect(balance.customers.map((line) => line.customerId)).toEqual([
      'c-1',
      'c-2',
      'c-3',
      'c-4',
      'c-10',
    ]);
    expect(balance.customers.every((line) => !('name' in line))).toBe(true);
  });

  it('does not depend on the order of the receivables', () => {
    const reversed = agedBalance({ receivables: [...receivables].reverse(), asOf: AS_OF });
    expect(reversed).toEqual(agedBalance({ receivables, asOf: AS_OF }));
  });
});

describe('agedBalance: currencies', () => {
  const dollars = invoice('u', 'c-1', '2026-04-01', '70.00', { currency: 'USD' });
  const yen = invoice('y', 'c-2', '2026-04-01', '1500', { currency: 'JPY' });
  const euros = invoice('e', 'c-1', '2026-04-01', '50.00');

  it('counts only the currency asked for', () => {
    const balance = agedBalance({
      receivables: [dollars, euros, yen],
      asOf: AS_OF,
      currency: 'USD',
    });
    expect(balance.currency).toBe('USD');
    expect(balance.total).toMatchObject({ outstanding: '70.00', openReceivables: 1 });
  });

  it('writes amounts with the decimals of the currency', () => {
    const balance = agedBalance({ receivables: [yen], asOf: AS_OF });
    expect(balance.currency).toBe('JPY');
    expect(balance.total.buckets).toEqual(['0', '1500', '0', '0', '0']);
    expect(agedBalance({ receivables: [], asOf: AS_OF, currency: 'TND' }).total.outstanding).toBe(
      '0.000',
    );
  });

  it('refuses receivables in several currencies without the currency option', () => {
    expect(
      tpeFailure(() => agedBalance({ receivables: [euros, dollars], asOf: AS_OF })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'receivables.1.currency', code: 'mixed_currencies' }],
    });
  });
});

describe('agedBalance: bad input', () => {
  const valid: AgedBalanceInput = {
    receivables: [invoice('a', 'c-1', '2026-04-01', '100.00')],
    asOf: AS_OF,
  };
  const cases: [string, unknown, string, string][] = [
    ['no object', null, '', 'invalid_type'],
    ['an unknown key', { ...valid, asof: AS_OF }, '', 'unrecognized_keys'],
    ['no receivables', { asOf: AS_OF }, 'receivables', 'invalid_type'],
    ['a bad day', { ...valid, asOf: '2026-02-30' }, 'asOf', 'invalid_date'],
    ['no buckets', { ...valid, buckets: [] }, 'buckets', 'too_small'],
    ['a bound of 0 days', { ...valid, buckets: [0, 30] }, 'buckets.0', 'too_small'],
    ['a bound in days and a half', { ...valid, buckets: [30.5] }, 'buckets.0', 'invalid_type'],
    ['a bound as text', { ...valid, buckets: ['30'] }, 'buckets.0', 'invalid_type'],
    [
      'bounds out of order',
      { ...valid, buckets: [30, 90, 60] },
      'buckets.2',
      'buckets_out_of_order',
    ],
    ['the same bound twice', { ...valid, buckets: [30, 30] }, 'buckets.1', 'buckets_out_of_order'],
    ['a bound of 101 years', { ...valid, buckets: [36_501] }, 'buckets.0', 'too_big'],
    [
      '25 bounds',
      { ...valid, buckets: Array.from({ length: 25 }, (_, i) => i + 1) },
      'buckets',
      'too_big',
    ],
    ['an unknown basis', { ...valid, basis: 'paymentDate' }, 'basis', 'invalid_value'],
    ['an unknown order', { ...valid, sortBy: 'risk' }, 'sortBy', 'invalid_value'],
    ['an unknown currency', { ...valid, currency: 'EURO' }, 'currency', 'invalid_currency'],
    [
      'an outstanding above the amount',
      {
        ...valid,
        receivables: [invoice('a', 'c-1', '2026-04-01', '100.00', { outstanding: '100.01' })],
      },
      'receivables.0.outstanding',
      'exceeds_amount',
    ],
    [
      'an amount as a number',
      { ...valid, receivables: [{ ...invoice('a', 'c-1', '2026-04-01', '100.00'), amount: 100 }] },
      'receivables.0.amount',
      'invalid_type',
    ],
    [
      'payments above what was paid',
      {
        ...valid,
        receivables: [
          invoice('a', 'c-1', '2026-04-01', '100.00', {
            outstanding: '60.00',
            payments: [{ date: '2026-04-02', amount: '50.00' }],
          }),
        ],
      },
      'receivables.0.payments',
      'payments_exceed_paid',
    ],
    [
      'customers not in a list',
      { ...valid, customers: { id: 'c-1' } },
      'customers',
      'invalid_type',
    ],
    [
      'two customers with one id',
      {
        ...valid,
        customers: [
          { id: 'c-1', kind: 'business', name: 'A' },
          { id: 'c-1', kind: 'business', name: 'B' },
        ],
      },
      'customers.1.id',
      'duplicate_customer',
    ],
  ];

  it.each(cases)('refuses %s with INVALID_INPUT', (_, input, path, code) => {
    const error = tpeFailure(() => agedBalance(input as AgedBalanceInput));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toContainEqual({ path, code });
    expect(agedBalanceInputSchema.safeParse(input).success).toBe(false);
  });

  it('refuses a receivable whose customer is not in customers with UNKNOWN_CUSTOMER', () => {
    const error = tpeFailure(() =>
      agedBalance({ ...valid, customers: [{ id: 'c-2', kind: 'business', name: 'B' }] }),
    );
    expect(error).toMatchObject({
      code: 'UNKNOWN_CUSTOMER',
      details: { customerId: 'c-1' },
      issues: [{ path: 'receivables.0.customerId', code: 'unknown_customer' }],
    });
  });

  it('accepts every input its schema accepts, with disputes, promises and exclusions', () => {
    const flagged: AgedBalanceInput = {
      receivables: [
        invoice('a', 'c-1', '2026-04-01', '100.00', {
          disputed: { reason: 'Livraison incomplète', since: '2026-04-05' },
          promiseToPay: { until: '2026-05-10' },
          excluded: { reason: 'Contentieux' },
          contractualPenaltyRate: '12',
        }),
      ],
      asOf: AS_OF,
      buckets: [15],
      basis: 'dueDate',
      sortBy: 'amount',
      currency: 'EUR',
      customers: [{ id: 'c-1', kind: 'business', name: 'A' }],
    };
    expect(agedBalanceInputSchema.safeParse(flagged).success).toBe(true);
    // Flags do not change a balance: the money is still owed, 29 days late.
    expect(agedBalance(flagged).total.buckets).toEqual(['0.00', '0.00', '100.00']);
  });
});

// ---- Properties -------------------------------------------------------------

const FIRST_DAY = toEpochDay('2025-01-01');
const SPAN = 500;

/** A receivable with payments adding up exactly to `amount − outstanding`. */
const receivableArbitrary: fc.Arbitrary<Receivable> = fc
  .record({
    customer: fc.integer({ min: 0, max: 4 }),
    kind: fc.constantFrom<Receivable['kind']>(
      'invoice',
      'invoice',
      'invoice',
      'creditNote',
      'unallocatedPayment',
      undefined,
    ),
    issue: fc.integer({ min: 0, max: SPAN }),
    term: fc.integer({ min: 0, max: 90 }),
    amount: fc.integer({ min: 1, max: 5_000_000 }),
    paidShare: fc.integer({ min: 0, max: 4 }),
    payments: fc.array(
      fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 200 })),
      {
        maxLength: 3,
      },
    ),
    instalments: fc.integer({ min: 1, max: 3 }),
    gap: fc.integer({ min: 1, max: 60 }),
  })
  .map(({ customer, kind, issue, term, amount, paidShare, payments, instalments, gap }) => {
    const issueDay = FIRST_DAY + issue;
    const paid = Math.floor((amount * paidShare) / 4);
    // Split what was paid into the payments, in proportion to their weights, the rest on the last.
    const weights = payments.map(([weight]) => weight);
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const listed: { date: string; amount: string }[] = [];
    let left = paid;
    payments.forEach(([weight, delay], index) => {
      const part = index === payments.length - 1 ? left : Math.floor((paid * weight) / total);
      left -= part;
      if (part > 0)
        listed.push({ date: fromEpochDay(issueDay + delay), amount: formatScaledUnits(part, 2) });
    });
    if (listed.length === 0 && paid > 0) {
      listed.push({ date: fromEpochDay(issueDay + 1), amount: formatScaledUnits(paid, 2) });
    }
    const isInvoice = kind === undefined || kind === 'invoice';
    const parts = isInvoice && amount >= instalments ? instalments : 1;
    const lastDue = issueDay + term + (parts - 1) * gap;
    return {
      id: `r-${customer}-${issue}-${amount}`,
      customerId: `c-${customer}`,
      number: 'F',
      ...(kind === undefined ? {} : { kind }),
      issueDate: fromEpochDay(issueDay),
      dueDate: fromEpochDay(lastDue),
      amount: formatScaledUnits(amount, 2),
      outstanding: formatScaledUnits(amount - paid, 2),
      ...(listed.length > 0 ? { payments: listed } : {}),
      ...(parts > 1
        ? {
            instalments: Array.from({ length: parts }, (_, index) => ({
              dueDate: fromEpochDay(issueDay + term + index * gap),
              amount: formatScaledUnits(
                index === parts - 1
                  ? amount - Math.floor(amount / parts) * (parts - 1)
                  : Math.floor(amount / parts),
                2,
              ),
            })),
          }
        : {}),
    };
  });

const asOfArbitrary = fc
  .integer({ min: -30, max: SPAN + 300 })
  .map((day) => fromEpochDay(FIRST_DAY + day));
const bucketsArbitrary = fc.option(
  fc
    .uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 })
    .map((bounds) => bounds.sort((a, b) => a - b)),
  { nil: undefined },
);

function cents(amount: string): number {
  return toScaledUnits(amount, 2);
}

function sumOf(amounts: readonly string[]): number {
  return amounts.reduce((sum, amount) => sum + cents(amount), 0);
}

/** What a receivable owes at the end of `asOf`, computed plainly. */
function owedOn(receivable: Receivable, asOf: string): number {
  if (receivable.issueDate > asOf) return 0;
  const later = (receivable.payments ?? []).filter((payment) => payment.date > asOf);
  return cents(receivable.outstanding) + sumOf(later.map((payment) => payment.amount));
}

function isCredit(receivable: Receivable): boolean {
  return receivable.kind === 'creditNote' || receivable.kind === 'unallocatedPayment';
}

/** The columns of each customer's invoices, computed plainly from the columns' days. */
function expectedBuckets(
  receivables: readonly Receivable[],
  asOf: string,
  basis: 'dueDate' | 'issueDate',
  columns: readonly { fromDays: number | null; toDays: number | null }[],
): Map<string, number[]> {
  const byCustomer = new Map<string, number[]>();
  const put = (customerId: string, fromDate: string, units: number) => {
    const days = toEpochDay(asOf) - toEpochDay(fromDate);
    const column = columns.findIndex(
      (range) =>
        (range.fromDays === null || days >= range.fromDays) &&
        (range.toDays === null || days <= range.toDays),
    );
    const buckets = byCustomer.get(customerId) ?? columns.map(() => 0);
    buckets[column] = (buckets[column] as number) + units;
    byCustomer.set(customerId, buckets);
  };
  for (const receivable of receivables) {
    let owed = owedOn(receivable, asOf);
    if (isCredit(receivable) || owed === 0) continue;
    if (basis === 'issueDate') put(receivable.customerId, receivable.issueDate, owed);
    else if (receivable.instalments === undefined)
      put(receivable.customerId, receivable.dueDate, owed);
    else {
      for (const instalment of [...receivable.instalments].reverse()) {
        const part = Math.min(owed, cents(instalment.amount));
        if (part > 0) put(receivable.customerId, instalment.dueDate, part);
        owed -= part;
      }
    }
  }
  return byCustomer;
}

describe('agedBalance: properties', () => {
  const inputArbitrary = fc.record({
    receivables: fc.array(receivableArbitrary, { maxLength: 12 }),
    asOf: asOfArbitrary,
    buckets: bucketsArbitrary,
    basis: fc.constantFrom<'dueDate' | 'issueDate'>('dueDate', 'issueDate'),
  });

  it('the buckets add up to the outstanding of the invoices, each part in its column, for any day', () => {
    fc.assert(
      fc.property(inputArbitrary, ({ receivables, asOf, buckets, basis }) => {
        const balance = agedBalance({ receivables, asOf, buckets, basis });
        const invoices = receivables.filter((receivable) => !isCredit(receivable));
        const credits = receivables.filter(isCredit);
        const owed = invoices.reduce((sum, receivable) => sum + owedOn(receivable, asOf), 0);
        const credited = credits.reduce((sum, receivable) => sum + owedOn(receivable, asOf), 0);
        expect(sumOf(balance.total.buckets)).toBe(owed);
        expect(cents(balance.total.outstanding)).toBe(owed);
        expect(cents(balance.total.credits)).toBe(0 - credited);
        expect(cents(balance.total.balance)).toBe(owed - credited);
        const expected = expectedBuckets(receivables, asOf, basis, balance.columns);
        for (const line of balance.customers) {
          expect(line.buckets.map(cents)).toEqual(
            expected.get(line.customerId) ?? balance.columns.map(() => 0),
          );
          expect(sumOf(line.buckets)).toBe(cents(line.outstanding));
          expect(cents(line.outstanding) + cents(line.credits)).toBe(cents(line.balance));
          const own = receivables.filter((receivable) => receivable.customerId === line.customerId);
          expect(cents(line.outstanding)).toBe(
            own
              .filter((receivable) => !isCredit(receivable))
              .reduce((sum, r) => sum + owedOn(r, asOf), 0),
          );
          expect(line.openReceivables).toBe(
            own.filter((receivable) => owedOn(receivable, asOf) > 0).length,
          );
        }
        expect(sumOf(balance.customers.map((line) => line.outstanding))).toBe(owed);
        expect(agedBalanceSchema.safeParse(balance).success).toBe(true);
      }),
    );
  });

  it('as of a day after every issue and before every payment, owes the whole amounts', () => {
    fc.assert(
      fc.property(fc.array(receivableArbitrary, { maxLength: 12 }), (receivables) => {
        // Issue days are at most SPAN; payments are made at least one day after issue:
        // move the receivables so that the day after the last issue comes before every payment.
        const asOf = fromEpochDay(FIRST_DAY + SPAN);
        const shifted = receivables.map((receivable) => ({
          ...receivable,
          issueDate: asOf,
          dueDate: addDays(receivable.dueDate, SPAN),
          ...(receivable.instalments === undefined
            ? {}
            : {
                instalments: receivable.instalments.map((instalment) => ({
                  ...instalment,
                  dueDate: addDays(instalment.dueDate, SPAN),
                })),
              }),
          ...(receivable.payments === undefined
            ? {}
            : {
                payments: receivable.payments.map((payment) => ({
                  ...payment,
                  date: addDays(
                    asOf,
                    1 + toEpochDay(payment.date) - toEpochDay(receivable.issueDate),
                  ),
                })),
              }),
        }));
        const balance = agedBalance({ receivables: shifted, asOf });
        const amounts = (credits: boolean) =>
          shifted
            .filter((receivable) => isCredit(receivable) === credits)
            .map((receivable) => receivable.amount);
        expect(balance.total.outstanding).toBe(formatScaledUnits(sumOf(amounts(false)), 2));
        expect(balance.total.credits).toBe(formatScaledUnits(-sumOf(amounts(true)) || 0, 2));
        expect(balance.total.openReceivables).toBe(shifted.length);
      }),
    );
  });

  it('leaves out a receivable fully paid on or before the day', () => {
    fc.assert(
      fc.property(
        fc.array(receivableArbitrary, { maxLength: 8 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 0, max: SPAN }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 300 }),
        (others, amount, issue, paidAfter, asOfAfter) => {
          const issueDate = fromEpochDay(FIRST_DAY + issue);
          const paidOn = addDays(issueDate, paidAfter);
          const paidUp: Receivable = {
            ...invoice('paid', 'c-paid', addDays(issueDate, 30), formatScaledUnits(amount, 2)),
            issueDate,
            outstanding: '0.00',
            payments: [{ date: paidOn, amount: formatScaledUnits(amount, 2) }],
          };
          const asOf = addDays(paidOn, asOfAfter);
          const withIt = agedBalance({ receivables: [...others, paidUp], asOf });
          expect(withIt.customers.map((line) => line.customerId)).not.toContain('c-paid');
          expect(withIt).toEqual(agedBalance({ receivables: others, asOf }));
        },
      ),
    );
  });

  it('does not change its input, and works on a frozen one', () => {
    fc.assert(
      fc.property(inputArbitrary, ({ receivables, asOf, buckets, basis }) => {
        const input: AgedBalanceInput = { receivables, asOf, buckets, basis };
        const copy = structuredClone(input);
        const balance = agedBalance(input);
        expect(input).toEqual(copy);
        expect(agedBalance(deepFreeze(structuredClone(input)) as AgedBalanceInput)).toEqual(
          balance,
        );
      }),
    );
  });
});
