import { compareDates, endOfMonth, fromEpochDay, isTpeError, toEpochDay } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ComputeDueDateInput, computeDueDate } from './computeDueDate.js';
import type { PaymentTerm } from './PaymentTerm.js';

function due(
  issueDate: string,
  term: PaymentTerm,
  extra: Partial<ComputeDueDateInput> = {},
): string {
  return computeDueDate({ issueDate, term, ...extra }).dueDate;
}

function errorOf(run: () => unknown): {
  code: string;
  issues: readonly { path: readonly (string | number)[]; code: string }[];
} {
  try {
    run();
  } catch (error) {
    if (isTpeError(error)) return { code: error.code, issues: error.issues };
    throw error;
  }
  throw new Error('expected a TpeError');
}

const methodA = (days: number): PaymentTerm => ({ kind: 'plusDaysThenEndOfMonth', days });
const methodB = (days: number): PaymentTerm => ({ kind: 'endOfMonthThenPlusDays', days });
const net = (days: number, from: 'issue' | 'delivery' = 'issue'): PaymentTerm => ({
  kind: 'netDays',
  days,
  from,
});

describe('computeDueDate — worked cases (reference section 13)', () => {
  it('GC-01: nothing agreed, goods received 2026-03-10 → 2026-04-09', () => {
    const result = computeDueDate({
      issueDate: '2026-03-12',
      deliveryDate: '2026-03-10',
      term: { kind: 'legalDefault' },
    });
    expect(result.dueDate).toBe('2026-04-09');
    expect(result.trace).toEqual([
      {
        rule: 'legalDefaultTerm',
        article: 'C. com. L441-10 I al. 1',
        message:
          'No term agreed: 30 days after the goods were received or the service performed, 2026-03-10 + 30 days = 2026-04-09',
        values: { deliveryDate: '2026-03-10', days: '30', dueDate: '2026-04-09' },
      },
    ]);
  });

  it('GC-02: 60 days from the invoice date 2026-01-15 → 2026-03-16', () => {
    const result = computeDueDate({ issueDate: '2026-01-15', term: net(60) });
    expect(result.dueDate).toBe('2026-03-16');
    expect(result.trace[0]).toMatchObject({
      rule: 'netDaysFromIssue',
      article: 'C. com. L441-10 I al. 2',
    });
  });

  it('GC-03: 45 days end of month, method A, 2026-01-15 → 2026-03-01 → 2026-03-31', () => {
    const result = computeDueDate({ issueDate: '2026-01-15', term: methodA(45) });
    expect(result.dueDate).toBe('2026-03-31');
    expect(result.trace.map((step) => step.values)).toEqual([
      { issueDate: '2026-01-15', days: '45', date: '2026-03-01' },
      { date: '2026-03-01', dueDate: '2026-03-31' },
    ]);
  });

  it('GC-04: 45 days end of month, method B, 2026-01-15 → 2026-01-31 + 45 → 2026-03-17', () => {
    const result = computeDueDate({ issueDate: '2026-01-15', term: methodB(45) });
    expect(result.dueDate).toBe('2026-03-17');
    expect(result.trace.map((step) => step.values)).toEqual([
      { issueDate: '2026-01-15', date: '2026-01-31' },
      { date: '2026-01-31', days: '45', dueDate: '2026-03-17' },
    ]);
  });

  it('GC-05: February invoice 2026-02-20 → A 2026-04-30, B 2026-04-14, 60 net 2026-04-21', () => {
    expect(due('2026-02-20', methodA(45))).toBe('2026-04-30');
    expect(due('2026-02-20', methodB(45))).toBe('2026-04-14');
    expect(due('2026-02-20', net(60))).toBe('2026-04-21');
  });

  it('GC-06: periodic invoice issued 2026-01-31 → 45 days → 2026-03-17', () => {
    const result = computeDueDate({ issueDate: '2026-01-31', term: { kind: 'periodic' } });
    expect(result.dueDate).toBe('2026-03-17');
    expect(result.trace[0]).toMatchObject({
      rule: 'periodicInvoiceTerm',
      article: 'C. com. L441-10 I al. 4',
    });
    expect(due('2026-01-31', { kind: 'periodic', days: 30 })).toBe('2026-03-02');
  });

  it('GC-07 / GC-09 / GC-10 terms: 30 days from the invoice, 20 and 30 days from delivery', () => {
    expect(due('2026-01-15', net(30))).toBe('2026-02-14');
    expect(due('2026-01-20', net(20, 'delivery'), { deliveryDate: '2026-01-15' })).toBe(
      '2026-02-04',
    );
    expect(due('2026-01-20', net(30, 'delivery'), { deliveryDate: '2026-01-15' })).toBe(
      '2026-02-14',
    );
  });

  it('GC-11: payment request received 2026-02-02 → 2026-03-04, 2026-03-24, 2026-04-03', () => {
    const publicDue = (
      category: 'stateOrLocalAuthority' | 'publicHealthEstablishment' | 'publicCompany',
    ) =>
      computeDueDate({
        issueDate: '2026-01-30',
        receiptDate: '2026-02-02',
        term: { kind: 'publicBuyer', category },
      });
    expect(publicDue('stateOrLocalAuthority').dueDate).toBe('2026-03-04');
    expect(publicDue('publicHealthEstablishment').dueDate).toBe('2026-03-24');
    expect(publicDue('publicCompany').dueDate).toBe('2026-04-03');
    expect(publicDue('stateOrLocalAuthority').trace.map((step) => step.article)).toEqual([
      'CCP R2192-12',
      'CCP R2192-10',
    ]);
    expect(publicDue('publicHealthEstablishment').trace[1]?.article).toBe('CCP R2192-11');
  });
});

describe('computeDueDate — reference 1.2, the two end-of-month methods', () => {
  it.each([
    ['2026-01-15', '2026-03-31', '2026-03-17', '2026-03-16'],
    ['2026-02-20', '2026-04-30', '2026-04-14', '2026-04-21'],
    ['2026-01-31', '2026-03-31', '2026-03-17', '2026-04-01'],
    ['2026-11-10', '2026-12-31', '2027-01-14', '2027-01-09'],
    ['2025-12-15', '2026-01-31', '2026-02-14', '2026-02-13'],
  ])('invoice %s → method A %s, method B %s, 60 days net %s', (issueDate, a, b, sixty) => {
    expect(due(issueDate, methodA(45))).toBe(a);
    expect(due(issueDate, methodB(45))).toBe(b);
    expect(due(issueDate, net(60))).toBe(sixty);
  });

  it('the methods disagree either way: A later in January, B later in November', () => {
    expect(compareDates(due('2026-01-15', methodA(45)), due('2026-01-15', methodB(45)))).toBe(1);
    expect(compareDates(due('2026-11-10', methodA(45)), due('2026-11-10', methodB(45)))).toBe(-1);
  });
});

describe('computeDueDate — month ends, leap years, year change', () => {
  it('starts on the 31st', () => {
    expect(due('2026-01-31', net(30))).toBe('2026-03-02');
    expect(due('2026-03-31', net(30))).toBe('2026-04-30');
    expect(due('2026-01-31', methodA(30))).toBe('2026-03-31');
    expect(due('2026-01-31', methodB(30))).toBe('2026-03-02');
    expect(due('2026-08-31', methodB(30))).toBe('2026-09-30');
    expect(due('2026-01-31', methodA(0))).toBe('2026-01-31');
    expect(due('2026-01-31', methodB(0))).toBe('2026-01-31');
  });

  it('February in a leap year and in a common year', () => {
    expect(due('2028-01-30', methodA(30))).toBe('2028-02-29');
    expect(due('2026-01-30', methodA(30))).toBe('2026-03-31');
    expect(due('2028-02-01', net(30))).toBe('2028-03-02');
    expect(due('2026-02-01', net(30))).toBe('2026-03-03');
    expect(due('2028-02-10', methodB(1))).toBe('2028-03-01');
    expect(due('2026-02-10', methodB(1))).toBe('2026-03-01');
    expect(due('2028-02-10', methodB(10))).toBe('2028-03-10');
    expect(due('2100-02-10', methodB(1))).toBe('2100-03-01');
    expect(due('2000-02-10', methodB(1))).toBe('2000-03-01');
    expect(due('2000-02-10', methodA(19))).toBe('2000-02-29');
  });

  it('December → January', () => {
    expect(due('2026-12-15', net(30))).toBe('2027-01-14');
    expect(due('2026-12-20', methodA(45))).toBe('2027-02-28');
    expect(due('2026-12-20', methodB(45))).toBe('2027-02-14');
    expect(due('2026-12-31', { kind: 'endOfMonthThenDayOfNextMonth', day: 10 })).toBe('2027-01-10');
    expect(due('2026-12-01', methodA(31))).toBe('2027-01-31');
  });

  it('a fixed day of the next month, also from the last day of the month', () => {
    const tenth = { kind: 'endOfMonthThenDayOfNextMonth', day: 10 } as const;
    expect(due('2026-01-15', tenth)).toBe('2026-02-10');
    expect(due('2026-01-01', tenth)).toBe('2026-02-10');
    expect(due('2026-01-31', tenth)).toBe('2026-02-10');
    expect(due('2026-02-28', tenth)).toBe('2026-03-10');
    expect(due('2028-02-29', tenth)).toBe('2028-03-10');
  });

  it('a fixed day the next month lacks becomes its last day', () => {
    const day = (value: number): PaymentTerm => ({
      kind: 'endOfMonthThenDayOfNextMonth',
      day: value,
    });
    expect(due('2026-01-31', day(31))).toBe('2026-02-28');
    expect(due('2028-01-31', day(31))).toBe('2028-02-29');
    expect(due('2028-01-15', day(30))).toBe('2028-02-29');
    expect(due('2026-01-15', day(29))).toBe('2026-02-28');
    expect(due('2026-03-31', day(31))).toBe('2026-04-30');
    expect(due('2026-04-30', day(31))).toBe('2026-05-31');
    expect(due('2026-02-15', day(28))).toBe('2026-03-28');
    const clamped = computeDueDate({ issueDate: '2026-01-31', term: day(31) }).trace[1];
    expect(clamped?.message).toBe(
      'Day 31 of the next month does not exist: its last day, 2026-02-28',
    );
  });
});

describe('computeDueDate — far from today', () => {
  it('counts across 1900 and 2200 and outside those years as inside them', () => {
    expect(due('1899-12-15', net(30))).toBe('1900-01-14');
    expect(due('1900-02-10', methodA(10))).toBe('1900-02-28');
    expect(due('2199-12-15', net(30))).toBe('2200-01-14');
    expect(due('2199-12-20', methodA(45))).toBe('2200-02-28');
    expect(due('2199-12-20', methodB(45))).toBe('2200-02-14');
    expect(due('2200-01-31', { kind: 'endOfMonthThenDayOfNextMonth', day: 31 })).toBe('2200-02-28');
    expect(due('1600-01-31', { kind: 'endOfMonthThenDayOfNextMonth', day: 31 })).toBe('1600-02-29');
    expect(due('9999-12-01', methodA(30))).toBe('9999-12-31');
  });

  it('refuses a date with a character that is not a digit, whatever the year it would read as', () => {
    for (const issueDate of [
      '302x-01-15',
      '202x-01-15',
      '20 6-01-15',
      '2026-0x-15',
      '2026-01-1x',
    ]) {
      expect(errorOf(() => due(issueDate, net(30)))).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ path: ['issueDate'], code: 'invalid_date' }],
      });
    }
  });
});

describe('computeDueDate — the other kinds', () => {
  it('on receipt: due on the issue date; cash: on the delivery date', () => {
    expect(due('2026-05-04', { kind: 'onReceipt' })).toBe('2026-05-04');
    expect(due('2026-05-04', { kind: 'cash' }, { deliveryDate: '2026-05-02' })).toBe('2026-05-02');
    expect(due('2026-05-04', net(0))).toBe('2026-05-04');
  });

  it('never moves a due date to a business day', () => {
    // 2026-03-15 is a Sunday, 2026-05-01 a public holiday.
    expect(due('2026-02-13', net(30))).toBe('2026-03-15');
    expect(due('2026-04-01', net(30))).toBe('2026-05-01');
  });

  it('a term counted from delivery needs the delivery date', () => {
    for (const term of [
      { kind: 'cash' },
      { kind: 'legalDefault' },
      net(30, 'delivery'),
    ] as PaymentTerm[]) {
      const error = errorOf(() => computeDueDate({ issueDate: '2026-01-15', term }));
      expect(error.code).toBe('DELIVERY_DATE_REQUIRED');
      expect(error.issues[0]).toMatchObject({ path: ['deliveryDate'], code: 'required' });
    }
  });

  it('public buyer: from the receipt of the request, or the performance when later or unknown', () => {
    const term: PaymentTerm = { kind: 'publicBuyer', category: 'stateOrLocalAuthority' };
    const received = computeDueDate({
      issueDate: '2026-02-01',
      deliveryDate: '2026-02-10',
      receiptDate: '2026-02-02',
      term,
    });
    expect(received.dueDate).toBe('2026-03-12');
    expect(received.trace[0]).toMatchObject({
      rule: 'paymentRequestBeforePerformance',
      article: 'CCP R2192-13',
    });
    const unknown = computeDueDate({ issueDate: '2026-02-05', deliveryDate: '2026-02-01', term });
    expect(unknown.dueDate).toBe('2026-03-03');
    expect(unknown.trace[0]).toMatchObject({
      rule: 'paymentRequestReceiptUncertain',
      article: 'CCP R2192-13',
    });
    expect(
      computeDueDate(
        { issueDate: '2026-02-05', term: { ...term, days: 20 } },
        { receiptDateFallback: 'issueDate' },
      ).dueDate,
    ).toBe('2026-02-25');
    expect(
      computeDueDate(
        { issueDate: '2026-02-05', deliveryDate: '2026-02-09', term },
        { receiptDateFallback: 'issueDate' },
      ).dueDate,
    ).toBe('2026-03-11');
  });

  it('public buyer without a receipt date: RECEIPT_DATE_REQUIRED unless a fallback applies', () => {
    const term: PaymentTerm = { kind: 'publicBuyer', category: 'publicCompany' };
    expect(errorOf(() => computeDueDate({ issueDate: '2026-02-05', term })).code).toBe(
      'RECEIPT_DATE_REQUIRED',
    );
    const none = errorOf(() =>
      computeDueDate(
        { issueDate: '2026-02-05', deliveryDate: '2026-02-01', term },
        { receiptDateFallback: 'none' },
      ),
    );
    expect(none.code).toBe('RECEIPT_DATE_REQUIRED');
    expect(none.issues[0]?.path).toEqual(['receiptDate']);
  });
});

describe('computeDueDate — the trace', () => {
  it('is written once, frozen, and kept by JSON.stringify', () => {
    const result = computeDueDate({ issueDate: '2026-01-15', term: methodB(45) });
    expect(result.trace).toBe(result.trace);
    expect(Object.isFrozen(result.trace)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual({
      dueDate: '2026-03-17',
      trace: result.trace,
    });
    expect({ ...result }).toEqual({ dueDate: '2026-03-17' });
  });

  it('does not change when the input is changed after the computation', () => {
    const term = { kind: 'periodic' } as { kind: 'periodic'; days?: number };
    const input = { issueDate: '2026-01-31', term };
    const result = computeDueDate(input);
    term.days = 10;
    input.issueDate = '2026-02-01';
    expect(result.trace[0]?.message).toBe(
      'Periodic invoice issued 2026-01-31 + 45 days (the legal ceiling, no term given) = 2026-03-17',
    );
  });
});

describe('computeDueDate — bad input', () => {
  const ok = { issueDate: '2026-01-15', term: net(30) };

  it.each([
    ['an unknown term kind', { ...ok, term: { kind: 'net30' } }, ['term', 'kind'], 'invalid_union'],
    ['a missing kind', { ...ok, term: { days: 30 } }, ['term', 'kind'], 'invalid_union'],
    [
      'negative days',
      { ...ok, term: { kind: 'netDays', days: -1, from: 'issue' } },
      ['term', 'days'],
      'too_small',
    ],
    [
      'fractional days',
      { ...ok, term: { kind: 'netDays', days: 1.5, from: 'issue' } },
      ['term', 'days'],
      'invalid_type',
    ],
    [
      'days as a string',
      { ...ok, term: { kind: 'endOfMonthThenPlusDays', days: '45' } },
      ['term', 'days'],
      'invalid_type',
    ],
    [
      'too many days',
      { ...ok, term: { kind: 'plusDaysThenEndOfMonth', days: 366 } },
      ['term', 'days'],
      'too_big',
    ],
    [
      'NaN days',
      { ...ok, term: { kind: 'periodic', days: Number.NaN } },
      ['term', 'days'],
      'invalid_type',
    ],
    [
      'no starting point',
      { ...ok, term: { kind: 'netDays', days: 30 } },
      ['term', 'from'],
      'invalid_value',
    ],
    [
      'day 0 of next month',
      { ...ok, term: { kind: 'endOfMonthThenDayOfNextMonth', day: 0 } },
      ['term', 'day'],
      'too_small',
    ],
    [
      'day 32 of next month',
      { ...ok, term: { kind: 'endOfMonthThenDayOfNextMonth', day: 32 } },
      ['term', 'day'],
      'too_big',
    ],
    [
      'an unknown buyer category',
      { ...ok, term: { kind: 'publicBuyer', category: 'hospital' } },
      ['term', 'category'],
      'invalid_value',
    ],
    [
      'an unknown term field',
      { ...ok, term: { kind: 'netDays', days: 30, from: 'issue', endOfMonth: true } },
      ['term'],
      'unrecognized_keys',
    ],
    ['a non-existent date', { ...ok, issueDate: '2026-02-30' }, ['issueDate'], 'invalid_date'],
    [
      '29 February of a common year',
      { ...ok, issueDate: '2026-02-29' },
      ['issueDate'],
      'invalid_date',
    ],
    ['a French date', { ...ok, issueDate: '15/01/2026' }, ['issueDate'], 'invalid_date'],
    ['a number as a date', { ...ok, issueDate: 20260115 }, ['issueDate'], 'invalid_type'],
    ['a Date object', { ...ok, issueDate: new Date('2026-01-15') }, ['issueDate'], 'invalid_type'],
    [
      'a bad delivery date',
      { ...ok, deliveryDate: '2026-13-01' },
      ['deliveryDate'],
      'invalid_date',
    ],
    ['a bad receipt date', { ...ok, receiptDate: 1 }, ['receiptDate'], 'invalid_type'],
    ['an unknown field', { ...ok, dueDate: '2026-02-14' }, [], 'unrecognized_keys'],
    ['no term', { issueDate: '2026-01-15' }, ['term'], 'invalid_type'],
  ])('refuses %s', (_name, input, path, code) => {
    const error = errorOf(() => computeDueDate(input as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('refuses a non-object input and bad options', () => {
    expect(errorOf(() => computeDueDate(null as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => computeDueDate('2026-01-15' as never)).code).toBe('INVALID_INPUT');
    const options = errorOf(() =>
      computeDueDate(ok as never, { receiptDateFallback: 'today' } as never),
    );
    expect(options.code).toBe('INVALID_INPUT');
    expect(options.issues[0]?.path).toEqual(['receiptDateFallback']);
    expect(errorOf(() => computeDueDate(ok as never, { trace: false } as never)).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('OUT_OF_RANGE past the year 9999', () => {
    expect(errorOf(() => computeDueDate({ issueDate: '9999-12-15', term: net(30) })).code).toBe(
      'OUT_OF_RANGE',
    );
  });

  it('throws only TpeErrors, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            issueDate: fc.oneof(fc.constant('2026-01-15'), fc.string(), fc.anything()),
            deliveryDate: fc.oneof(fc.constant('2026-01-10'), fc.anything()),
            receiptDate: fc.oneof(fc.constant('2026-01-20'), fc.anything()),
            term: fc.oneof(
              fc.record({
                kind: fc.constantFrom(
                  'netDays',
                  'periodic',
                  'publicBuyer',
                  'cash',
                  'endOfMonthThenDayOfNextMonth',
                  'x',
                ),
                days: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double(), fc.anything()),
                day: fc.integer({ min: -1, max: 33 }),
                from: fc.constantFrom('issue', 'delivery', 'receipt'),
                category: fc.constantFrom('publicCompany', 'x'),
              }),
              fc.anything(),
            ),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          try {
            const result = computeDueDate(input as never);
            return typeof result.dueDate === 'string';
          } catch (error) {
            return isTpeError(error);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('computeDueDate — properties', () => {
  const first = toEpochDay('2000-01-01');
  const last = toEpochDay('2099-12-31');
  const date = fc.integer({ min: first, max: last }).map((day) => fromEpochDay(day));
  const days = fc.integer({ min: 0, max: 120 });
  const term: fc.Arbitrary<PaymentTerm> = fc.oneof(
    fc.constant({ kind: 'onReceipt' } as const),
    fc.constant({ kind: 'cash' } as const),
    fc.constant({ kind: 'legalDefault' } as const),
    days.map((n) => net(n)),
    days.map((n) => net(n, 'delivery')),
    days.map(methodA),
    days.map(methodB),
    fc
      .integer({ min: 1, max: 31 })
      .map((day) => ({ kind: 'endOfMonthThenDayOfNextMonth', day }) as const),
    fc.option(days, { nil: undefined }).map((n) => ({ kind: 'periodic', days: n }) as const),
    fc
      .tuple(
        fc.constantFrom(
          'stateOrLocalAuthority',
          'publicHealthEstablishment',
          'publicCompany' as const,
        ),
        fc.option(days, { nil: undefined }),
      )
      .map(([category, n]) => ({ kind: 'publicBuyer', category, days: n }) as const),
  );

  it('the due date is never before the issue date when delivery and receipt do not precede it', () => {
    fc.assert(
      fc.property(
        date,
        fc.nat(60),
        fc.nat(60),
        term,
        (issueDate, afterDelivery, afterReceipt, t) => {
          const issue = toEpochDay(issueDate);
          const result = computeDueDate({
            issueDate,
            deliveryDate: fromEpochDay(issue + afterDelivery),
            receiptDate: fromEpochDay(issue + afterReceipt),
            term: t,
          });
          return compareDates(result.dueDate, issueDate) >= 0;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the due date is never before the start of its term', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -60, max: 60 }), term, (issueDate, shift, t) => {
        const deliveryDate = fromEpochDay(toEpochDay(issueDate) + shift);
        const result = computeDueDate({ issueDate, deliveryDate, receiptDate: issueDate, term: t });
        const countsFromDelivery =
          t.kind === 'cash' ||
          t.kind === 'legalDefault' ||
          (t.kind === 'netDays' && t.from === 'delivery');
        const start = countsFromDelivery
          ? deliveryDate
          : t.kind === 'publicBuyer' && shift > 0
            ? deliveryDate
            : issueDate;
        return compareDates(result.dueDate, start) >= 0;
      }),
      { numRuns: 2000 },
    );
  });

  it('both end-of-month methods land on or after the issue date; A on a month end, B after the issue month end', () => {
    fc.assert(
      fc.property(date, days, (issueDate, n) => {
        const a = due(issueDate, methodA(n));
        const b = due(issueDate, methodB(n));
        return (
          compareDates(a, issueDate) >= 0 &&
          compareDates(b, issueDate) >= 0 &&
          endOfMonth(a) === a &&
          compareDates(a, fromEpochDay(toEpochDay(issueDate) + n)) >= 0 &&
          toEpochDay(b) - toEpochDay(endOfMonth(issueDate)) === n
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('netDays is exactly N days after its start', () => {
    fc.assert(
      fc.property(
        date,
        days,
        (issueDate, n) => toEpochDay(due(issueDate, net(n))) - toEpochDay(issueDate) === n,
      ),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(date, term, (issueDate, t) => {
        const input = { issueDate, deliveryDate: issueDate, receiptDate: issueDate, term: t };
        const first = JSON.stringify(computeDueDate(input));
        const again = JSON.stringify(computeDueDate(structuredClone(input)));
        return first === again;
      }),
      { numRuns: 500 },
    );
  });
});
