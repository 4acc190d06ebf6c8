import {
  addDays,
  formatScaledUnits,
  fromEpochDay,
  parseDecimal,
  toEpochDay,
  toScaledUnits,
} from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tpeFailure } from '../../../../tools/tpeFailure.js';
import type { Receivable } from '../input/Receivable.js';
import {
  type DaysSalesOutstandingInput,
  daysSalesOutstanding,
  daysSalesOutstandingInputSchema,
} from './daysSalesOutstanding.js';

function invoice(
  id: string,
  issueDate: string,
  amount: string,
  outstanding: string,
  more: Partial<Receivable> = {},
): Receivable {
  return {
    id,
    customerId: 'c-1',
    number: `F-${id}`,
    issueDate,
    dueDate: addDays(issueDate, 30),
    amount,
    outstanding,
    ...more,
  };
}

describe('daysSalesOutstanding: values computed by hand', () => {
  // Period of 120 days ending 2026-06-15: from 2026-02-16.
  // Months counted back from the 15th: 16 May–15 June (31 days), 16 April–15 May (30),
  // 16 March–15 April (31), 16 February–15 March (28).
  const receivables: Receivable[] = [
    invoice('x', '2026-06-01', '1000.00', '1000.00'),
    invoice('y', '2026-05-01', '2000.00', '2000.00'),
    invoice('z', '2026-03-20', '4000.00', '500.00', {
      payments: [{ date: '2026-04-25', amount: '3500.00' }], // due 04-19: 6 days late
    }),
  ];
  const input = { receivables, asOf: '2026-06-15', periodDays: 120 } as const;

  it('simple: receivables ÷ sales × days of the period', () => {
    // R = 1000 + 2000 + 500 = 3500; S = 7000; 3500 ÷ 7000 × 120 = 60
    expect(daysSalesOutstanding({ ...input, method: 'simple' })).toEqual({
      asOf: '2026-06-15',
      from: '2026-02-16',
      periodDays: 120,
      method: 'simple',
      currency: 'EUR',
      receivables: '3500.00',
      sales: '7000.00',
      days: '60.00',
      paid: '3500.00',
      averagePaymentDelay: '6.00',
    });
  });

  it('count-back: months from the same day of the month before when asOf is not a month end', () => {
    // 3500 − 1000 (31 days) − 2000 (30 days) = 500 left, of 4000 sold over 31 days:
    // 61 + 31 × 500 ÷ 4000 = 61 + 3.875 = 64.875 → 64.88
    expect(daysSalesOutstanding({ ...input, method: 'countBack' }).days).toBe('64.88');
  });

  it('count-back: calendar months on the last day of a month, the oldest cut at the period start', () => {
    const atMonthEnd: Receivable[] = [
      invoice('a', '2026-03-10', '3100.00', '3100.00'), // March: 31 days
      invoice('b', '2026-02-10', '2800.00', '2800.00'), // February: 28 days
      invoice('c', '2026-01-25', '1400.00', '700.00'), // 25–31 January, 7 days of the period
    ];
    // Period of 66 days ending 03-31: from 01-25. R = 3100 + 2800 + 700 = 6600.
    // 6600 − 3100 (31 days) − 2800 (28 days) = 700, of 1400 sold over 7 days: 59 + 3.5
    expect(
      daysSalesOutstanding({
        receivables: atMonthEnd,
        asOf: '2026-03-31',
        periodDays: 66,
        method: 'countBack',
      }),
    ).toMatchObject({ from: '2026-01-25', sales: '7300.00', days: '62.50' });
    // On 30 April, the month before is March, not 31 March–30 April: R = 3000 + 1550 = 4550,
    // less April's 3000 (30 days), leaves 1550 of March's 3100 (31 days): 30 + 15.5
    expect(
      daysSalesOutstanding({
        receivables: [
          invoice('d', '2026-03-31', '3100.00', '1550.00'),
          invoice('e', '2026-04-10', '3000.00', '3000.00'),
        ],
        asOf: '2026-04-30',
        periodDays: 90,
        method: 'countBack',
      }).days,
    ).toBe('45.50');
    // A day shorter, the sales of 01-25 are out of the period: 700 left is never used up.
    expect(
      daysSalesOutstanding({
        receivables: atMonthEnd,
        asOf: '2026-03-31',
        periodDays: 65,
        method: 'countBack',
      }).days,
    ).toBeNull();
  });

  it('nets credit notes in sales and open credits in receivables; unallocated payments are not sales', () => {
    const withCredits: Receivable[] = [
      invoice('a', '2026-06-01', '1000.00', '1000.00'),
      { ...invoice('b', '2026-06-05', '200.00', '200.00'), kind: 'creditNote' },
      { ...invoice('c', '2026-06-10', '300.00', '300.00'), kind: 'unallocatedPayment' },
    ];
    // R = 1000 − 200 − 300 = 500; S = 1000 − 200 = 800; 500 ÷ 800 × 30 = 18.75
    expect(
      daysSalesOutstanding({
        receivables: withCredits,
        asOf: '2026-06-30',
        periodDays: 30,
        method: 'simple',
      }),
    ).toMatchObject({ receivables: '500.00', sales: '800.00', days: '18.75' });
    // More credits than invoices: nothing owed, 0 days.
    expect(
      daysSalesOutstanding({
        receivables: [
          ...withCredits,
          { ...invoice('d', '2026-06-11', '600.00', '600.00'), kind: 'creditNote' },
        ],
        asOf: '2026-06-30',
        periodDays: 30,
        method: 'countBack',
      }),
    ).toMatchObject({ receivables: '-100.00', sales: '200.00', days: '0.00' });
  });

  it('cannot measure without sales in the period (simple) or receivables longer than the period', () => {
    const old = [invoice('a', '2025-01-10', '900.00', '900.00')];
    const measure = (method: 'simple' | 'countBack') =>
      daysSalesOutstanding({ receivables: old, asOf: '2026-06-30', periodDays: 90, method });
    expect(measure('simple')).toMatchObject({ receivables: '900.00', sales: '0.00', days: null });
    expect(measure('countBack').days).toBeNull();
    const someSales = [...old, invoice('b', '2026-06-20', '100.00', '0.00')];
    // 900 ÷ 100 × 90 = 810 days by the simple method; the count-back runs out of period.
    expect(
      daysSalesOutstanding({
        receivables: someSales,
        asOf: '2026-06-30',
        periodDays: 90,
        method: 'simple',
      }).days,
    ).toBe('810.00');
  });

  it('is right for a past day: later receivables left out, later payments added back', () => {
    const year: Receivable[] = [
      invoice('a', '2026-01-15', '1200.00', '0.00', {
        payments: [
          { date: '2026-02-10', amount: '200.00' }, // due 02-14: 4 days early
          { date: '2026-04-05', amount: '1000.00' }, // 50 days late, after the day
        ],
      }),
      invoice('b', '2026-03-20', '600.00', '600.00'), // issued after the day
    ];
    // On 03-15: R = 0 + 1000 (paid 04-05) = 1000; S = 1200 over 90 days: 75 days.
    expect(
      daysSalesOutstanding({
        receivables: year,
        asOf: '2026-03-15',
        periodDays: 90,
        method: 'simple',
      }),
    ).toMatchObject({
      receivables: '1000.00',
      sales: '1200.00',
      days: '75.00',
      paid: '200.00',
      averagePaymentDelay: '-4.00',
    });
  });

  it('counts a payment against the due date of the instalment it settles', () => {
    const staged = invoice('a', '2026-01-01', '300.00', '0.00', {
      dueDate: '2026-03-31',
      instalments: [
        { dueDate: '2026-01-31', amount: '100.00' },
        { dueDate: '2026-02-28', amount: '100.00' },
        { dueDate: '2026-03-31', amount: '100.00' },
      ],
      payments: [
        { date: '2026-02-10', amount: '150.00' },
        { date: '2026-03-31', amount: '150.00' },
      ],
    });
    // 100 × 10 (02-10 − 01-31) + 50 × −18 (02-10 − 02-28) + 50 × 31 (03-31 − 02-28) + 100 × 0
    // = 1650, over 300: 5.5
    expect(
      daysSalesOutstanding({
        receivables: [staged],
        asOf: '2026-03-31',
        periodDays: 90,
        method: 'simple',
      }),
    ).toMatchObject({ paid: '300.00', averagePaymentDelay: '5.50', days: '0.00' });
    // Over the 30 days to 03-31 only the second payment counts: (50 × 31 + 100 × 0) ÷ 150 = 10.333…
    expect(
      daysSalesOutstanding({
        receivables: [staged],
        asOf: '2026-03-31',
        periodDays: 30,
        method: 'simple',
      }),
    ).toMatchObject({ paid: '150.00', averagePaymentDelay: '10.33' });
  });

  it('counts only the currency asked for, with its decimals', () => {
    const yen = invoice('y', '2026-06-01', '9000', '3000', { currency: 'JPY' });
    expect(
      daysSalesOutstanding({
        receivables: [invoice('e', '2026-06-01', '10.00', '10.00'), yen],
        asOf: '2026-06-30',
        periodDays: 30,
        method: 'simple',
        currency: 'JPY',
      }),
    ).toMatchObject({ currency: 'JPY', receivables: '3000', sales: '9000', days: '10.00' });
  });
});

describe('daysSalesOutstanding: bad input', () => {
  const valid: DaysSalesOutstandingInput = {
    receivables: [invoice('a', '2026-06-01', '100.00', '100.00')],
    asOf: '2026-06-30',
    periodDays: 90,
    method: 'simple',
  };
  const cases: [string, unknown, string, string][] = [
    ['no object', 'dso', '', 'invalid_type'],
    ['an unknown key', { ...valid, days: 90 }, '', 'unrecognized_keys'],
    ['a period of 0 days', { ...valid, periodDays: 0 }, 'periodDays', 'too_small'],
    ['a period over ten years', { ...valid, periodDays: 3661 }, 'periodDays', 'too_big'],
    ['a period in days and a half', { ...valid, periodDays: 90.5 }, 'periodDays', 'invalid_type'],
    ['a period as text', { ...valid, periodDays: '90' }, 'periodDays', 'invalid_type'],
    ['an unknown method', { ...valid, method: 'average' }, 'method', 'invalid_value'],
    ['no method', { ...valid, method: undefined }, 'method', 'invalid_value'],
    ['a bad day', { ...valid, asOf: '30/06/2026' }, 'asOf', 'invalid_date'],
    [
      'a period before the year 1',
      { ...valid, asOf: '0001-02-01', periodDays: 40 },
      'periodDays',
      'period_out_of_range',
    ],
    [
      'mixed currencies',
      {
        ...valid,
        receivables: [
          ...valid.receivables,
          invoice('b', '2026-06-02', '5.00', '5.00', { currency: 'CHF' }),
        ],
      },
      'receivables.1.currency',
      'mixed_currencies',
    ],
    [
      'an instalment plan not adding up',
      {
        ...valid,
        receivables: [
          invoice('a', '2026-06-01', '100.00', '100.00', {
            instalments: [{ dueDate: '2026-07-01', amount: '60.00' }],
          }),
        ],
      },
      'receivables.0.instalments',
      'instalments_sum',
    ],
  ];

  it.each(cases)('refuses %s with INVALID_INPUT', (_, input, path, code) => {
    const error = tpeFailure(() => daysSalesOutstanding(input as DaysSalesOutstandingInput));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toContainEqual({ path, code });
    expect(daysSalesOutstandingInputSchema.safeParse(input).success).toBe(false);
  });

  it('measures the first days of the calendar', () => {
    expect(
      daysSalesOutstanding({
        receivables: [],
        asOf: '0001-02-01',
        periodDays: 32,
        method: 'countBack',
      }),
    ).toMatchObject({ from: '0001-01-01', days: '0.00', averagePaymentDelay: null });
    expect(
      daysSalesOutstanding({
        receivables: [invoice('a', '0001-01-01', '1.00', '1.00')],
        asOf: '0001-02-01',
        periodDays: 32,
        method: 'countBack',
      }).days,
    ).toBe('32.00');
  });
});

// ---- Properties -------------------------------------------------------------

const FIRST_DAY = toEpochDay('2025-01-01');

const invoiceArbitrary = fc
  .record({
    issue: fc.integer({ min: 0, max: 400 }),
    term: fc.integer({ min: 0, max: 60 }),
    cents: fc.integer({ min: 2, max: 1_000_000 }),
    paidShare: fc.integer({ min: 0, max: 2 }),
    paidAfter: fc.integer({ min: 0, max: 120 }),
    kind: fc.constantFrom<Receivable['kind']>('invoice', 'invoice', 'invoice', 'creditNote'),
  })
  .map(({ issue, term, cents, paidShare, paidAfter, kind }): Receivable => {
    const paid = Math.floor((cents * paidShare) / 2);
    return {
      id: `r-${issue}-${cents}`,
      customerId: 'c',
      number: 'F',
      ...(kind === 'invoice' ? {} : { kind }),
      issueDate: fromEpochDay(FIRST_DAY + issue),
      dueDate: fromEpochDay(FIRST_DAY + issue + term),
      amount: formatScaledUnits(cents, 2),
      outstanding: formatScaledUnits(cents - paid, 2),
      ...(paid > 0
        ? {
            payments: [
              {
                date: fromEpochDay(FIRST_DAY + issue + paidAfter),
                amount: formatScaledUnits(paid, 2),
              },
            ],
          }
        : {}),
    };
  });

const measureArbitrary = fc.record({
  receivables: fc.array(invoiceArbitrary, { maxLength: 15 }),
  asOf: fc.integer({ min: 0, max: 600 }).map((day) => fromEpochDay(FIRST_DAY + day)),
  periodDays: fc.integer({ min: 1, max: 500 }),
  method: fc.constantFrom<'simple' | 'countBack'>('simple', 'countBack'),
});

function scaled(amount: string, times: number): string {
  return formatScaledUnits(toScaledUnits(amount, 2) * times, 2);
}

describe('daysSalesOutstanding: properties', () => {
  it('gives the same days when every amount is multiplied by the same number', () => {
    fc.assert(
      fc.property(measureArbitrary, fc.integer({ min: 2, max: 1000 }), (input, times) => {
        const larger = input.receivables.map((receivable) => ({
          ...receivable,
          amount: scaled(receivable.amount, times),
          outstanding: scaled(receivable.outstanding, times),
          ...(receivable.payments === undefined
            ? {}
            : {
                payments: receivable.payments.map((payment) => ({
                  ...payment,
                  amount: scaled(payment.amount, times),
                })),
              }),
        }));
        const base = daysSalesOutstanding(input);
        const scaledUp = daysSalesOutstanding({ ...input, receivables: larger });
        expect(scaledUp.days).toBe(base.days);
        expect(scaledUp.averagePaymentDelay).toBe(base.averagePaymentDelay);
        expect(scaledUp.sales).toBe(scaled(base.sales, times));
      }),
    );
  });

  it('count-back days are within the period; the average delay within the delays', () => {
    fc.assert(
      fc.property(measureArbitrary, (input) => {
        const measure = daysSalesOutstanding({ ...input, method: 'countBack' });
        if (measure.days !== null) {
          expect(parseDecimal(measure.days).lessThanOrEqualTo(input.periodDays)).toBe(true);
          expect(parseDecimal(measure.days).isNegative()).toBe(false);
        }
        const first = toEpochDay(measure.from);
        const delays = input.receivables.flatMap((receivable) =>
          receivable.kind === undefined
            ? (receivable.payments ?? [])
                .filter(
                  (payment) => toEpochDay(payment.date) >= first && payment.date <= input.asOf,
                )
                .map((payment) => toEpochDay(payment.date) - toEpochDay(receivable.dueDate))
            : [],
        );
        if (delays.length === 0) expect(measure.averagePaymentDelay).toBeNull();
        else {
          const average = parseDecimal(measure.averagePaymentDelay ?? '');
          expect(average.greaterThanOrEqualTo(Math.min(...delays))).toBe(true);
          expect(average.lessThanOrEqualTo(Math.max(...delays))).toBe(true);
        }
      }),
    );
  });

  it('does not change its input', () => {
    fc.assert(
      fc.property(measureArbitrary, (input) => {
        const copy = structuredClone(input);
        daysSalesOutstanding(input);
        expect(input).toEqual(copy);
      }),
    );
  });
});
