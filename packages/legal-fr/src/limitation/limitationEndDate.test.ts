import { addDays, addYears, fromEpochDay, isTpeError, toEpochDay } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limitationEndDate } from './limitationEndDate.js';

function code(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isTpeError(error)) return error.code;
    throw error;
  }
  return 'none';
}

describe('limitationEndDate', () => {
  it('5 years between businesses: ends at the end of the anniversary day', () => {
    const result = limitationEndDate({ payableDate: '2026-03-16', debtor: 'business' });
    expect(result).toMatchObject({
      endDate: '2031-03-16',
      timeBarredFrom: '2031-03-17',
      years: 5,
      article: 'C. com. L110-4',
    });
    expect(result.trace[0]).toMatchObject({
      rule: 'commercialLimitation',
      article: 'C. com. L110-4; C. civ. 2229',
    });
  });

  it('2 years against a consumer', () => {
    expect(limitationEndDate({ payableDate: '2026-03-16', debtor: 'consumer' })).toMatchObject({
      endDate: '2028-03-16',
      timeBarredFrom: '2028-03-17',
      years: 2,
      article: 'C. consom. L218-2',
    });
  });

  it('29 February ends on 28 February of a common year; month ends stay month ends', () => {
    expect(limitationEndDate({ payableDate: '2028-02-29', debtor: 'consumer' }).endDate).toBe(
      '2030-02-28',
    );
    expect(limitationEndDate({ payableDate: '2028-02-29', debtor: 'business' })).toMatchObject({
      endDate: '2033-02-28',
      timeBarredFrom: '2033-03-01',
    });
    expect(
      limitationEndDate({ payableDate: '2026-12-31', debtor: 'business' }).timeBarredFrom,
    ).toBe('2032-01-01');
  });

  it('public buyers: déchéance quadriennale by default, the commercial rule on request', () => {
    expect(limitationEndDate({ payableDate: '2026-03-16', debtor: 'publicBuyer' })).toMatchObject({
      endDate: '2030-12-31',
      timeBarredFrom: '2031-01-01',
      years: 4,
      article: 'Loi n° 68-1250 art. 1',
    });
    expect(limitationEndDate({ payableDate: '2026-12-31', debtor: 'publicBuyer' }).endDate).toBe(
      '2030-12-31',
    );
    expect(
      limitationEndDate({
        payableDate: '2026-03-16',
        debtor: 'publicBuyer',
        publicBuyerLimitation: 'commercial',
      }),
    ).toMatchObject({ endDate: '2031-03-16', years: 5, article: 'C. com. L110-4' });
  });

  it('always ends after the payable date, the next day being time-barred', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('1990-01-01'), max: toEpochDay('2090-12-31') }),
        fc.constantFrom('business', 'consumer', 'publicBuyer'),
        (day, debtor) => {
          const payableDate = fromEpochDay(day);
          const { endDate, timeBarredFrom, years } = limitationEndDate({ payableDate, debtor });
          expect(endDate > payableDate).toBe(true);
          expect(addDays(endDate, 1)).toBe(timeBarredFrom);
          if (debtor !== 'publicBuyer') expect(endDate).toBe(addYears(payableDate, years));
        },
      ),
    );
  });

  it('answers INVALID_INPUT for bad dates, unknown debtors and options', () => {
    expect(code(() => limitationEndDate({ payableDate: '2026-02-29', debtor: 'business' }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      code(() => limitationEndDate({ payableDate: 20260316 as never, debtor: 'business' })),
    ).toBe('INVALID_INPUT');
    expect(
      code(() => limitationEndDate({ payableDate: '2026-03-16', debtor: 'trader' as never })),
    ).toBe('INVALID_INPUT');
    expect(
      code(() =>
        limitationEndDate({
          payableDate: '2026-03-16',
          debtor: 'publicBuyer',
          publicBuyerLimitation: '4y' as never,
        }),
      ),
    ).toBe('INVALID_INPUT');
    expect(code(() => limitationEndDate({ payableDate: '9998-06-01', debtor: 'business' }))).toBe(
      'OUT_OF_RANGE',
    );
  });
});
