import {
  addDays,
  Decimal,
  daysBetween,
  fromEpochDay,
  halfYearOf,
  parseDecimal,
  roundDecimal,
  toEpochDay,
} from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tpeFailure } from '../../../../tools/tpeFailure.js';
import { DEFAULT_ECB_RATE_TABLE } from '../rates/defaultRateTables.js';
import { legalInterestRate } from '../rates/legalInterestRate.js';
import { prepareRateTables } from '../rates/prepareRateTables.js';
import {
  type ComputeLatePenaltyInput,
  computeLatePenalty,
  computeLatePenaltyInputSchema,
} from './computeLatePenalty.js';
import { penaltyInputIssues, readPenaltyInput } from './internal/readPenaltyInput.js';
import { latePenaltyRate } from './latePenaltyRate.js';

function sumOfPeriods(result: { periods: readonly { amount: string }[] }): string {
  return result.periods
    .reduce((sum, period) => sum.plus(parseDecimal(period.amount)), new Decimal(0))
    .toFixed(2);
}

const gc12: ComputeLatePenaltyInput = {
  amount: '1200.00',
  dueDate: '2026-03-16',
  paymentDate: '2026-04-15',
  debtor: 'business',
};

describe('computeLatePenalty: worked cases', () => {
  it('GC-12 / section 2.1: 1,200.00 € due 2026-03-16 paid 2026-04-15 → 11.98 € + 40.00 € = 51.98 €', () => {
    const result = computeLatePenalty(gc12);
    expect(result).toMatchObject({
      penalty: '11.98',
      indemnity: '40.00',
      total: '51.98',
      currency: 'EUR',
      daysLate: 30,
    });
    expect(result.periods).toEqual([
      {
        from: '2026-03-17',
        to: '2026-04-15',
        days: 30,
        principal: '1200.00',
        rate: '12.15',
        dayBase: '365',
        amount: '11.98',
      },
    ]);
    expect(result.trace.map((step) => step.rule)).toEqual([
      'daysLate',
      'b2bDefaultRate',
      'penaltyAmount',
      'recoveryIndemnity',
    ]);
    expect(result.trace[0]?.values).toEqual({
      dueDate: '2026-03-16',
      endDate: '2026-04-15',
      daysLate: '30',
    });
    expect(result.trace[1]?.values).toMatchObject({
      ecbRate: '2.15',
      ecbRateSince: '2025-06-11',
      rate: '12.15',
    });
    expect(result.trace[2]?.values).toEqual({
      exact: '11.983562',
      penalty: '11.98',
      dayBase: '365',
    });
    expect(result.trace[2]?.message).toMatch(/no VAT/);
    expect(result.trace[3]).toMatchObject({
      article: 'C. com. L441-10 II, D441-5',
      values: { indemnity: '40.00' },
    });
  });

  it('does not change its input', () => {
    const input = { ...gc12, partialPayments: [{ date: '2026-04-01', amount: '100.00' }] };
    const copy = structuredClone(input);
    computeLatePenalty(input);
    expect(input).toEqual(copy);
  });

  it('writes periods and trace once, from its own copy of the input; JSON keeps them', () => {
    const partialPayments = [{ date: '2026-04-01', amount: '100.00' }];
    const result = computeLatePenalty({ ...gc12, partialPayments });
    partialPayments[0] = { date: '2026-03-20', amount: '1000.00' };
    expect(result.periods.map((p) => [p.from, p.to, p.principal, p.amount])).toEqual([
      ['2026-03-17', '2026-04-01', '1200.00', '6.39'],
      ['2026-04-02', '2026-04-15', '1100.00', '5.13'],
    ]);
    expect(result.periods).toBe(result.periods);
    expect(Object.isFrozen(result.periods)).toBe(true);
    expect(result.trace).toBe(result.trace);
    expect(Object.isFrozen(result.trace)).toBe(true);
    const json = JSON.parse(JSON.stringify(result));
    expect(json).toEqual({
      penalty: '11.52',
      indemnity: '40.00',
      total: '51.52',
      currency: 'EUR',
      daysLate: 30,
      periods: result.periods,
      trace: result.trace,
    });
    expect(Object.keys({ ...result })).toEqual([
      'penalty',
      'indemnity',
      'total',
      'currency',
      'daysLate',
    ]);
  });

  it('is the same with asOf for an invoice still unpaid that day', () => {
    const { paymentDate: _, ...rest } = gc12;
    const result = computeLatePenalty({ ...rest, asOf: '2026-04-15' });
    expect(result).toMatchObject({ penalty: '11.98', total: '51.98' });
    expect(result.trace[0]?.message).toMatch(/unpaid on 2026-04-15/);
  });
});

describe('computeLatePenalty: partial payments', () => {
  it('reduce the principal from the day after they are received', () => {
    const result = computeLatePenalty({
      ...gc12,
      partialPayments: [{ date: '2026-03-31', amount: '600.00' }],
    });
    // 1200 × 12.15 % × 15 / 365 = 5.991781 and 600 × 12.15 % × 15 / 365 = 2.995890: 8.987671 → 8.99
    expect(result.penalty).toBe('8.99');
    expect(result.periods.map((p) => [p.from, p.to, p.days, p.principal, p.amount])).toEqual([
      ['2026-03-17', '2026-03-31', 15, '1200.00', '5.99'],
      ['2026-04-01', '2026-04-15', 15, '600.00', '3.00'],
    ]);
    expect(sumOfPeriods(result)).toBe(result.penalty);
    expect(result.trace.map((step) => step.rule)).toContain('partialPayment');
  });

  it('count a payment made on or before the due date from the first day, sort and merge same-day payments', () => {
    const result = computeLatePenalty({
      ...gc12,
      partialPayments: [
        { date: '2026-04-01', amount: '100.00' },
        { date: '2026-03-10', amount: '200.00' },
        { date: '2026-04-01', amount: '100.00' },
      ],
    });
    expect(result.periods.map((p) => [p.days, p.principal])).toEqual([
      [16, '1000.00'],
      [14, '800.00'],
    ]);
  });

  it('stop interest once everything is paid', () => {
    const result = computeLatePenalty({
      ...gc12,
      partialPayments: [{ date: '2026-03-26', amount: '1200.00' }],
    });
    expect(result.periods).toHaveLength(1);
    expect(result.periods[0]).toMatchObject({ to: '2026-03-26', days: 10 });
    // 1200 × 12.15 % × 10 / 365 = 3.994521
    expect(result).toMatchObject({ penalty: '3.99', indemnity: '40.00' });
  });

  it('rounds an exact half cent up', () => {
    // 0.05 × 10 % × 365/365 = 0.005 → 0.01 (half-even would give 0.00)
    const half = {
      amount: '0.05',
      dueDate: '2025-01-01',
      paymentDate: '2026-01-01',
      debtor: 'business',
    } as const;
    expect(computeLatePenalty({ ...half, contractualRate: '10' }).penalty).toBe('0.01');
    expect(computeLatePenalty({ ...half, contractualRate: '9.99' }).penalty).toBe('0.00');
  });

  it('fully paid by the due date: nothing late, no indemnity', () => {
    const result = computeLatePenalty({
      ...gc12,
      partialPayments: [{ date: '2026-03-16', amount: '1200.00' }],
    });
    expect(result).toMatchObject({
      penalty: '0.00',
      indemnity: '0.00',
      total: '0.00',
      periods: [],
    });
  });
});

describe('computeLatePenalty: half-years', () => {
  const crossing: ComputeLatePenaltyInput = {
    amount: '10000.00',
    dueDate: '2025-06-15',
    paymentDate: '2025-07-15',
    debtor: 'business',
  };

  it("split (default): each day at its half-year's rate", () => {
    const result = computeLatePenalty(crossing);
    // 10000 × 13.15 % × 15/365 = 54.041096 ; 10000 × 12.15 % × 15/365 = 49.931507 → 103.97
    expect(result.penalty).toBe('103.97');
    expect(result.periods.map((p) => [p.from, p.to, p.days, p.rate, p.amount])).toEqual([
      ['2025-06-16', '2025-06-30', 15, '13.15', '54.04'],
      ['2025-07-01', '2025-07-15', 15, '12.15', '49.93'],
    ]);
    expect(
      result.trace.filter((step) => step.rule === 'b2bDefaultRate').map((s) => s.values?.halfYear),
    ).toEqual(['2025 H1', '2025 H2']);
  });

  it("frozenAtDueDate: the due date's half-year for the whole delay", () => {
    const result = computeLatePenalty({ ...crossing, halfYearRule: 'frozenAtDueDate' });
    // 10000 × 13.15 % × 30/365 = 108.082192
    expect(result.penalty).toBe('108.08');
    expect(result.periods).toEqual([
      {
        from: '2025-06-16',
        to: '2025-07-15',
        days: 30,
        principal: '10000.00',
        rate: '13.15',
        dayBase: '365',
        amount: '108.08',
      },
    ]);
    expect(result.trace[1]?.message).toMatch(/frozenAtDueDate/);
  });

  it('2022 H2 stays at 10.00 % despite the 2022-07-27 hike', () => {
    const result = computeLatePenalty({
      amount: '1000.00',
      dueDate: '2022-07-31',
      paymentDate: '2022-08-30',
      debtor: 'business',
    });
    expect(result.periods[0]?.rate).toBe('10.00');
    expect(result.penalty).toBe('8.22');
  });

  it('a delay reaching 2026 H2 raises RATE_UNKNOWN with the shipped ECB table', () => {
    const input: ComputeLatePenaltyInput = {
      amount: '1200.00',
      dueDate: '2026-06-16',
      paymentDate: '2026-07-15',
      debtor: 'business',
    };
    expect(tpeFailure(() => computeLatePenalty(input))).toMatchObject({
      code: 'RATE_UNKNOWN',
      details: {
        table: 'ecbMainRefinancingRates',
        date: '2026-07-01',
        lastKnownDate: '2026-02-05',
      },
    });
    // Frozen at the due date's half-year only needs the 2026 H1 rate: 1200 × 12.15 % × 29/365 = 11.584110.
    expect(computeLatePenalty({ ...input, halfYearRule: 'frozenAtDueDate' }).penalty).toBe('11.58');
    // A table confirmed up to 1 July 2026 makes the split computation possible.
    const tables = prepareRateTables({
      ecbMainRefinancingRates: { ...DEFAULT_ECB_RATE_TABLE, validUntil: '2026-07-01' },
    });
    const result = computeLatePenalty({ ...input, tables });
    expect(result.penalty).toBe('11.58');
    expect(result.periods.map((p) => [p.to, p.days, p.rate])).toEqual([
      ['2026-06-30', 14, '12.15'],
      ['2026-07-15', 15, '12.15'],
    ]);
    expect(
      computeLatePenalty({
        ...input,
        tables: { ecbMainRefinancingRates: tables.ecbMainRefinancingRates },
      }),
    ).toEqual(result);
  });

  it('refuses delays before 2013', () => {
    expect(
      tpeFailure(() =>
        computeLatePenalty({
          amount: '100',
          dueDate: '2012-11-30',
          paymentDate: '2013-01-15',
          debtor: 'business',
        }),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'dueDate', code: 'before_rules_in_force' }],
    });
  });
});

describe('computeLatePenalty: day base', () => {
  const leap: ComputeLatePenaltyInput = {
    amount: '10000.00',
    dueDate: '2024-02-15',
    paymentDate: '2024-03-16',
    debtor: 'business',
  };

  it('365 by default, 366 for the days of a leap year with dayBase actual', () => {
    // 2024-02-16 … 2024-03-16 = 30 days (29 February included) at 14.50 %
    expect(computeLatePenalty(leap)).toMatchObject({ penalty: '119.18', daysLate: 30 });
    const actual = computeLatePenalty({ ...leap, dayBase: 'actual' });
    expect(actual.penalty).toBe('118.85');
    expect(actual.periods[0]).toMatchObject({ days: 30, dayBase: '366' });
    expect(actual.trace.find((step) => step.rule === 'penaltyAmount')?.values?.exact).toBe(
      '118.852459',
    );
  });

  it('splits at 1 January with dayBase actual (365 then 366)', () => {
    const input: ComputeLatePenaltyInput = {
      amount: '10000.00',
      dueDate: '2023-12-21',
      paymentDate: '2024-01-10',
      debtor: 'business',
    };
    // 10000 × 14.00 % × 10/365 + 10000 × 14.50 % × 10/366 = 77.973651 (365 only: 78.082192)
    expect(computeLatePenalty(input).penalty).toBe('78.08');
    const actual = computeLatePenalty({ ...input, dayBase: 'actual' });
    expect(actual.penalty).toBe('77.97');
    expect(actual.periods.map((p) => [p.to, p.dayBase, p.rate])).toEqual([
      ['2023-12-31', '365', '14.00'],
      ['2024-01-10', '366', '14.50'],
    ]);
    const frozen = computeLatePenalty({
      ...input,
      dayBase: 'actual',
      halfYearRule: 'frozenAtDueDate',
    });
    expect(frozen.periods.map((p) => [p.from, p.to, p.dayBase, p.rate])).toEqual([
      ['2023-12-22', '2023-12-31', '365', '14.00'],
      ['2024-01-01', '2024-01-10', '366', '14.00'],
    ]);
  });
});

describe('computeLatePenalty: debtors', () => {
  it('consumer: legal rate "autres" from the day after the formal notice, no indemnity', () => {
    const result = computeLatePenalty({
      amount: '1200.00',
      dueDate: '2026-03-16',
      formalNoticeDate: '2026-04-15',
      asOf: '2026-05-15',
      debtor: 'consumer',
    });
    // 1200 × 2.62 % × 30/365 = 2.584110
    expect(result).toMatchObject({
      penalty: '2.58',
      indemnity: '0.00',
      total: '2.58',
      daysLate: 60,
    });
    expect(result.periods).toEqual([
      {
        from: '2026-04-16',
        to: '2026-05-15',
        days: 30,
        principal: '1200.00',
        rate: '2.62',
        dayBase: '365',
        amount: '2.58',
      },
    ]);
    expect(result.trace.map((step) => [step.rule, step.article])).toEqual([
      ['formalNotice', 'C. civ. 1231-6, 1344'],
      ['legalInterestRate', 'C. civ. 1231-6; CMF L313-2, D313-1-A'],
      ['penaltyAmount', undefined],
      ['recoveryIndemnity', 'C. com. L441-10 II'],
    ]);
  });

  it('consumer: no formal notice, no interest; a notice before the due date runs from the due date', () => {
    const base = {
      amount: '1200.00',
      dueDate: '2026-03-16',
      asOf: '2026-05-15',
      debtor: 'consumer',
    } as const;
    expect(computeLatePenalty(base)).toMatchObject({ penalty: '0.00', total: '0.00', periods: [] });
    expect(
      computeLatePenalty({ ...base, formalNoticeDate: '2026-03-01' }).periods[0],
    ).toMatchObject({
      from: '2026-03-17',
      days: 60,
    });
  });

  it('consumer: legal interest in 2026 H2 needs a newer legal rate table', () => {
    expect(
      tpeFailure(() =>
        computeLatePenalty({
          amount: '100.00',
          dueDate: '2026-06-01',
          formalNoticeDate: '2026-06-20',
          asOf: '2026-07-10',
          debtor: 'consumer',
        }),
      ),
    ).toMatchObject({
      code: 'RATE_UNKNOWN',
      details: { table: 'legalInterestRates', lastKnownDate: '2026-06-30' },
    });
  });

  it('consumer with a contractual rate: from the day after the due date (C. civ. 1231-5)', () => {
    const result = computeLatePenalty({ ...gc12, debtor: 'consumer', contractualRate: '15' });
    // 1200 × 15 % × 30/365 = 14.794521
    expect(result).toMatchObject({ penalty: '14.79', indemnity: '0.00' });
    expect(result.trace[1]).toMatchObject({ rule: 'contractualRate', article: 'C. civ. 1231-5' });
  });

  it('business with a contractual rate', () => {
    const result = computeLatePenalty({ ...gc12, contractualRate: '15' });
    expect(result).toMatchObject({ penalty: '14.79', indemnity: '40.00', total: '54.79' });
    expect(result.periods[0]?.rate).toBe('15.00');
  });

  it('public buyer: ECB + 8 points, 40.00 € indemnity', () => {
    const result = computeLatePenalty({ ...gc12, debtor: 'publicBuyer' });
    // 1200 × 10.15 % × 30/365 = 10.010959
    expect(result).toMatchObject({ penalty: '10.01', indemnity: '40.00', total: '50.01' });
    expect(result.trace[0]?.article).toBe('CCP R2192-31');
    expect(result.trace[1]).toMatchObject({
      rule: 'publicBuyerRate',
      values: { margin: '8', rate: '10.15' },
    });
    expect(result.trace[3]?.article).toBe('CCP D2192-35');
  });

  it('public buyer: the rate of the half-year in which interest started, for the whole delay', () => {
    const crossing = {
      amount: '10000.00',
      dueDate: '2025-06-15',
      paymentDate: '2025-07-15',
    } as const;
    const result = computeLatePenalty({ ...crossing, debtor: 'publicBuyer' });
    // 10000 × 11.15 % × 30/365 = 91.643836
    expect(result.penalty).toBe('91.64');
    expect(result.periods).toHaveLength(1);
    // Due on 30 June: interest starts on 1 July, in 2025 H2 (10.15 %): 83.424658
    expect(
      computeLatePenalty({
        amount: '10000.00',
        dueDate: '2025-06-30',
        paymentDate: '2025-07-30',
        debtor: 'publicBuyer',
      }).periods[0]?.rate,
    ).toBe('10.15');
    expect(
      tpeFailure(() =>
        computeLatePenalty({
          amount: '100.00',
          dueDate: '2026-06-30',
          paymentDate: '2026-07-05',
          debtor: 'publicBuyer',
        }),
      ).code,
    ).toBe('RATE_UNKNOWN');
  });

  it('insolvency: no indemnity, interest as computed up to the end date', () => {
    const result = computeLatePenalty({ ...gc12, insolvency: true });
    expect(result).toMatchObject({ penalty: '11.98', indemnity: '0.00', total: '11.98' });
    expect(result.trace.at(-1)).toMatchObject({ rule: 'insolvency' });
  });

  it('paid on or before the due date: zero, no indemnity', () => {
    for (const paymentDate of ['2026-03-16', '2026-03-01']) {
      const result = computeLatePenalty({ ...gc12, paymentDate });
      expect(result).toMatchObject({
        penalty: '0.00',
        indemnity: '0.00',
        total: '0.00',
        daysLate: 0,
        periods: [],
      });
    }
  });

  it('another currency: interest in that currency, the euro indemnity reported but not added', () => {
    const usd = computeLatePenalty({ ...gc12, currency: 'USD' });
    expect(usd).toMatchObject({
      penalty: '11.98',
      indemnity: '0.00',
      total: '11.98',
      currency: 'USD',
    });
    expect(usd.trace.at(-1)?.values).toMatchObject({ indemnityDueEur: '40.00' });
    // JPY has no minor unit: 120000 × 12.15 % × 30/365 = 1198.356164 → 1198
    const jpy = computeLatePenalty({ ...gc12, amount: '120000', currency: 'JPY' });
    expect(jpy).toMatchObject({ penalty: '1198', indemnity: '0', total: '1198' });
    expect(jpy.periods[0]?.principal).toBe('120000');
  });

  it('stays exact for amounts beyond the safe integers', () => {
    const result = computeLatePenalty({ ...gc12, amount: '999999999999999.99' });
    // 999999999999999.99 × 12.15 % × 30/365 = 9986301369863.013599… → 9986301369863.01
    expect(result.penalty).toBe('9986301369863.01');
    expect(result.total).toBe('9986301369903.01');
    expect(result.trace[2]?.values?.exact).toBe('9986301369863.013599');
  });
});

describe('computeLatePenalty: bad input', () => {
  it.each([
    ['amount as a number', { ...gc12, amount: 1200 }, 'amount', 'invalid_type'],
    ['negative amount', { ...gc12, amount: '-1200.00' }, 'amount', 'negative_not_allowed'],
    ['zero amount', { ...gc12, amount: '0.00' }, 'amount', 'not_positive'],
    ['comma decimal', { ...gc12, amount: '1200,00' }, 'amount', 'invalid_decimal'],
    [
      'more decimals than the currency',
      { ...gc12, amount: '12.345' },
      'amount',
      'too_many_decimals',
    ],
    ['unknown debtor', { ...gc12, debtor: 'company' }, 'debtor', 'invalid_value'],
    ['non-existent date', { ...gc12, dueDate: '2026-02-30' }, 'dueDate', 'invalid_date'],
    ['Date object', { ...gc12, dueDate: new Date('2026-03-16') }, 'dueDate', 'invalid_type'],
    [
      'a letter in the year of a date',
      { ...gc12, dueDate: '302x-03-16' },
      'dueDate',
      'invalid_date',
    ],
    [
      'a letter in the year of a partial payment',
      { ...gc12, partialPayments: [{ date: '302x-04-01', amount: '1.00' }] },
      'partialPayments.0.date',
      'invalid_date',
    ],
    [
      'too many integer digits',
      { ...gc12, amount: '1234567890123456' },
      'amount',
      'too_many_integer_digits',
    ],
    [
      'a rate with too many decimals',
      { ...gc12, contractualRate: '12.1234567' },
      'contractualRate',
      'too_many_decimals',
    ],
    ['no end date', { ...gc12, paymentDate: undefined }, 'paymentDate', 'end_date_missing'],
    ['both end dates', { ...gc12, asOf: '2026-04-15' }, 'asOf', 'end_date_conflict'],
    ['unknown key', { ...gc12, contractualrate: '15' }, '', 'unrecognized_keys'],
    ['rate as a number', { ...gc12, contractualRate: 15 }, 'contractualRate', 'invalid_type'],
    [
      'negative rate',
      { ...gc12, contractualRate: '-1' },
      'contractualRate',
      'negative_not_allowed',
    ],
    [
      'contractual rate for a public buyer',
      { ...gc12, debtor: 'publicBuyer', contractualRate: '15' },
      'contractualRate',
      'not_allowed_for_public_buyer',
    ],
    [
      'unknown half-year rule',
      { ...gc12, halfYearRule: 'frozen' },
      'halfYearRule',
      'invalid_value',
    ],
    ['day base as a number', { ...gc12, dayBase: 365 }, 'dayBase', 'invalid_value'],
    ['insolvency as a string', { ...gc12, insolvency: 'yes' }, 'insolvency', 'invalid_type'],
    ['unknown currency', { ...gc12, currency: 'EURO' }, 'currency', 'invalid_currency'],
    [
      'partial payment after the payment date',
      { ...gc12, partialPayments: [{ date: '2026-04-16', amount: '1.00' }] },
      'partialPayments.0.date',
      'after_end_date',
    ],
    [
      'partial payments above the amount',
      {
        ...gc12,
        partialPayments: [
          { date: '2026-04-01', amount: '700.00' },
          { date: '2026-04-02', amount: '500.01' },
        ],
      },
      'partialPayments',
      'exceeds_amount',
    ],
    [
      'partial payment of zero',
      { ...gc12, partialPayments: [{ date: '2026-04-01', amount: '0' }] },
      'partialPayments.0.amount',
      'not_positive',
    ],
    [
      'partial payment as a number',
      { ...gc12, partialPayments: [{ date: '2026-04-01', amount: 10 }] },
      'partialPayments.0.amount',
      'invalid_type',
    ],
    [
      'partial payment with an extra key',
      { ...gc12, partialPayments: [{ date: '2026-04-01', amount: '10', note: 'x' }] },
      'partialPayments.0',
      'unrecognized_keys',
    ],
    [
      'bad tables',
      { ...gc12, tables: { ecbMainRefinancingRates: { rows: [] } } },
      'tables.ecbMainRefinancingRates.source',
      'invalid_type',
    ],
  ])('%s → INVALID_INPUT', (_, input, path, code) => {
    const error = tpeFailure(() => computeLatePenalty(input as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toContainEqual({ path, code });
    expect(computeLatePenaltyInputSchema.safeParse(input).success).toBe(false);
  });

  it('refuses anything that is not an input object, with a TpeError', () => {
    for (const input of [undefined, null, 42, 'x', [gc12], new Map()]) {
      expect(tpeFailure(() => computeLatePenalty(input as never)).code).toBe('INVALID_INPUT');
    }
  });
});

// ---------------------------------------------------------------------------
// Properties, against an independent day-by-day computation.

const FIRST_DUE = toEpochDay('2023-01-01');
const LAST_END = toEpochDay('2026-06-30');

interface Case {
  readonly input: ComputeLatePenaltyInput;
}

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    cents: fc.integer({ min: 1, max: 5_000_000_00 }),
    due: fc.integer({ min: FIRST_DUE, max: LAST_END - 1 }),
    late: fc.integer({ min: -20, max: 600 }),
    debtor: fc.constantFrom('business', 'business', 'publicBuyer', 'consumer'),
    halfYearRule: fc.constantFrom(undefined, 'split', 'frozenAtDueDate'),
    dayBase: fc.constantFrom(undefined, '365', 'actual'),
    contractual: fc.option(fc.integer({ min: 0, max: 2500 }), { freq: 4 }),
    notice: fc.integer({ min: -10, max: 200 }),
    payments: fc.array(
      fc.tuple(
        fc.oneof(fc.integer({ min: -2, max: 3 }), fc.integer({ min: -30, max: 600 })),
        fc.integer({ min: 1, max: 1000 }),
      ),
      {
        maxLength: 3,
      },
    ),
  })
  .map((raw) => {
    const end = Math.min(raw.due + raw.late, LAST_END);
    const contractual =
      raw.debtor === 'publicBuyer' || raw.contractual === null ? undefined : raw.contractual;
    let left = raw.cents;
    const partialPayments = raw.payments
      .map(([offset, share]) => ({ day: Math.min(raw.due + offset, end), share }))
      .map(({ day, share }) => {
        const cents = Math.min(left, Math.max(1, Math.floor((raw.cents * share) / 2000)));
        left -= cents;
        return { date: fromEpochDay(day), amount: centsText(cents), cents };
      })
      .filter((payment) => payment.cents > 0)
      .map(({ date, amount }) => ({ date, amount }));
    const input: ComputeLatePenaltyInput = {
      amount: centsText(raw.cents),
      dueDate: fromEpochDay(raw.due),
      paymentDate: fromEpochDay(end),
      debtor: raw.debtor,
      ...(raw.halfYearRule === undefined ? {} : { halfYearRule: raw.halfYearRule }),
      ...(raw.dayBase === undefined ? {} : { dayBase: raw.dayBase }),
      ...(contractual === undefined ? {} : { contractualRate: centsText(contractual) }),
      ...(raw.debtor === 'consumer'
        ? { formalNoticeDate: fromEpochDay(raw.due + raw.notice) }
        : {}),
      ...(partialPayments.length > 0 ? { partialPayments } : {}),
    };
    return { input };
  });

function centsText(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** The penalty, summed day by day with the public rate functions, divided once. */
function dayByDay(input: ComputeLatePenaltyInput): string {
  return roundDecimal(exactDayByDay(input), 2).toFixed(2);
}

/** The unrounded penalty of {@link dayByDay}. */
function exactDayByDay(input: ComputeLatePenaltyInput): Decimal {
  const due = toEpochDay(input.dueDate);
  const end = toEpochDay((input.paymentDate ?? input.asOf) as string);
  const consumerLegal = input.debtor === 'consumer' && input.contractualRate === undefined;
  const first = consumerLegal
    ? Math.max(due, toEpochDay(input.formalNoticeDate as string)) + 1
    : due + 1;
  const actual = input.dayBase === 'actual';
  // Σ principal × rate × (365 × 366 / days of the year) over the days, then one division.
  let numerator = new Decimal(0);
  for (let day = first; day <= end; day++) {
    const date = fromEpochDay(day);
    const paid = (input.partialPayments ?? [])
      .filter((payment) => toEpochDay(payment.date) < day)
      .reduce((sum, payment) => sum.plus(payment.amount), new Decimal(0));
    const principal = new Decimal(input.amount).minus(paid);
    if (principal.lte(0)) continue;
    let rate: string;
    if (input.contractualRate !== undefined) rate = input.contractualRate;
    else if (input.debtor === 'consumer') rate = legalInterestRate(date, 'professional').rate;
    else if (input.debtor === 'publicBuyer') {
      rate = latePenaltyRate({ date: fromEpochDay(due + 1), regime: 'publicBuyer' }).rate;
    } else {
      const frozen = input.halfYearRule === 'frozenAtDueDate';
      rate = latePenaltyRate({ date: frozen ? input.dueDate : date, regime: 'b2bDefault' }).rate;
    }
    const year = halfYearOf(date).year;
    const daysInYear = daysBetween(`${year}-01-01`, `${year + 1}-01-01`);
    numerator = numerator.plus(principal.times(rate).times(actual ? 133_590 / daysInYear : 1));
  }
  return numerator.div(100 * (actual ? 133_590 : 365));
}

describe('computeLatePenalty: properties', () => {
  it('equals the day-by-day computation', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ input }) => {
        expect(computeLatePenalty(input).penalty).toBe(dayByDay(input));
      }),
      { numRuns: 300 },
    );
  });

  it('states the exact sum to the millionth, rounded half-up, as decimal.js does', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ input }) => {
        const step = computeLatePenalty(input).trace.find((each) => each.rule === 'penaltyAmount');
        expect(step?.values?.exact).toBe(roundDecimal(exactDayByDay(input), 6).toFixed(6));
      }),
      { numRuns: 300 },
    );
  });

  it('periods add up to the penalty, cover the counted days once, in order; amounts are never negative', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ input }) => {
        const result = computeLatePenalty(input);
        expect(sumOfPeriods(result)).toBe(result.penalty);
        expect(parseDecimal(result.penalty).gte(0)).toBe(true);
        expect(parseDecimal(result.total).minus(result.penalty).toFixed(2)).toBe(result.indemnity);
        for (const period of result.periods) {
          expect(daysBetween(period.from, period.to) + 1).toBe(period.days);
          expect(parseDecimal(period.amount).gte(0)).toBe(true);
        }
        for (let index = 1; index < result.periods.length; index++) {
          expect(addDays(result.periods[index - 1]?.to as string, 1)).toBe(
            result.periods[index]?.from,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never decreases when the delay grows or the amount grows', () => {
    fc.assert(
      fc.property(
        caseArbitrary,
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 100_000 }),
        ({ input }, moreDays, moreCents) => {
          const end = toEpochDay(input.paymentDate as string);
          const penalty = parseDecimal(computeLatePenalty(input).penalty);
          const later = Math.min(end + moreDays, LAST_END);
          const longer = computeLatePenalty({ ...input, paymentDate: fromEpochDay(later) });
          expect(parseDecimal(longer.penalty).gte(penalty)).toBe(true);
          const amount = new Decimal(input.amount).plus(new Decimal(moreCents).div(100)).toFixed(2);
          const larger = computeLatePenalty({ ...input, amount });
          expect(parseDecimal(larger.penalty).gte(penalty)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('split and frozen agree when no half-year boundary is crossed', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ input }) => {
        const business = { ...input, debtor: 'business' as const, formalNoticeDate: undefined };
        const { end } = halfYearOf(business.dueDate);
        const paymentDate =
          (business.paymentDate as string) > end ? end : (business.paymentDate as string);
        const partialPayments = business.partialPayments?.filter(
          (payment) => payment.date <= paymentDate,
        );
        const inside = { ...business, paymentDate, partialPayments };
        const split = computeLatePenalty({ ...inside, halfYearRule: 'split' });
        const frozen = computeLatePenalty({ ...inside, halfYearRule: 'frozenAtDueDate' });
        expect(frozen.penalty).toBe(split.penalty);
        expect(frozen.periods).toEqual(split.periods);
      }),
      { numRuns: 200 },
    );
  });

  it('its fast input reader accepts exactly what the schema accepts', () => {
    const field = <T>(valid: fc.Arbitrary<T>) =>
      fc.oneof(
        { weight: 6, arbitrary: valid },
        { weight: 1, arbitrary: fc.constant(undefined) },
        {
          weight: 1,
          arbitrary: fc.oneof(
            fc.integer(),
            fc.string({ maxLength: 12 }),
            fc.constant(null),
            fc.boolean(),
          ),
        },
      );
    const date = fc.oneof(
      fc.integer({ min: FIRST_DUE, max: LAST_END }).map(fromEpochDay),
      fc.constantFrom('2026-02-30', '2026-2-3', '26-03-16', '9999-12-31', '0000-01-01'),
    );
    const decimal = fc.oneof(
      fc.integer({ min: 0, max: 10_000_000 }).map(centsText),
      fc.constantFrom(
        '0',
        '1',
        '10.5',
        '12.345',
        '1.23456',
        '007',
        '-1',
        '1e3',
        '',
        '1.',
        '12345678901234567',
        '999999999999999.99',
      ),
    );
    const arbitraryInput = fc.record(
      {
        amount: field(decimal),
        currency: field(fc.constantFrom('EUR', 'JPY', 'TND', 'XXX', 'eur')),
        dueDate: field(date),
        paymentDate: field(date),
        asOf: field(date),
        partialPayments: field(
          fc.array(
            fc.oneof(
              fc.record({ date, amount: decimal }),
              fc.record({ date, amount: decimal, extra: fc.constant(1) }),
              fc.constant('x'),
            ),
            { maxLength: 3 },
          ),
        ),
        debtor: field(fc.constantFrom('business', 'consumer', 'publicBuyer', 'company')),
        contractualRate: field(fc.constantFrom('12.5', '0', '1.1234567', '-3', '10000')),
        insolvency: field(fc.boolean()),
        formalNoticeDate: field(date),
        halfYearRule: field(fc.constantFrom('split', 'frozenAtDueDate', 'frozen')),
        dayBase: field(fc.constantFrom('365', 'actual', '366')),
        unknown: fc.constant(1),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const read = readPenaltyInput(input);
        const accepted = read !== undefined && penaltyInputIssues(read) === undefined;
        expect(accepted).toBe(computeLatePenaltyInputSchema.safeParse(input).success);
      }),
      { numRuns: 3000 },
    );
  });
});
