import { addDays, compareDates, dayOfWeek, fromEpochDay, toEpochDay } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays } from './addBusinessDays.js';
import { isBusinessDay } from './isBusinessDay.js';
import { isPublicHoliday } from './isPublicHoliday.js';
import { nextBusinessDay } from './nextBusinessDay.js';

const supportedDate = fc
  .integer({ min: toEpochDay('1901-01-01'), max: toEpochDay('2198-12-31') })
  .map((day) => fromEpochDay(day));
const region = fc.constantFrom('national', 'alsaceMoselle', 'mayotte') as fc.Arbitrary<
  'national' | 'alsaceMoselle' | 'mayotte'
>;

describe('addBusinessDays', () => {
  it('skips holidays and weekends going forward', () => {
    expect(addBusinessDays('2026-04-30', 1)).toBe('2026-05-04'); // 1 May (Fri), weekend
    expect(addBusinessDays('2026-05-07', 1)).toBe('2026-05-11'); // 8 May (Fri), weekend
    expect(addBusinessDays('2026-05-07', 5)).toBe('2026-05-18'); // 11, 12, 13, (14 Ascension), 15, 18
    expect(addBusinessDays('2026-05-22', 1)).toBe('2026-05-26'); // weekend, Whit Monday
  });

  it('does not count the start date, even if it is a business day', () => {
    expect(addBusinessDays('2026-05-04', 1)).toBe('2026-05-05');
    expect(addBusinessDays('2026-05-09', 1)).toBe('2026-05-11');
  });

  it('goes back with a negative count', () => {
    expect(addBusinessDays('2026-05-11', -1)).toBe('2026-05-07');
    expect(addBusinessDays('2026-05-18', -5)).toBe('2026-05-07');
    expect(addBusinessDays('2026-04-07', -1, { region: 'alsaceMoselle' })).toBe('2026-04-02');
  });

  it('with 0, returns the next business day on or after the date', () => {
    expect(addBusinessDays('2026-05-07', 0)).toBe('2026-05-07');
    expect(addBusinessDays('2026-05-09', 0)).toBe('2026-05-11');
  });

  it('counts Saturdays with mondayToSaturday', () => {
    expect(addBusinessDays('2026-05-07', 1, { businessWeek: 'mondayToSaturday' })).toBe(
      '2026-05-09',
    );
    expect(addBusinessDays('2026-08-14', 1, { businessWeek: 'mondayToSaturday' })).toBe(
      '2026-08-17',
    );
  });

  it('counts 252 business days in 2026 (365 days − 104 weekend days − 9 weekday holidays)', () => {
    expect(addBusinessDays('2025-12-31', 252)).toBe('2026-12-31');
    expect(addBusinessDays('2025-12-31', 253)).toBe('2027-01-04');
  });

  it('never lands on a weekend or a holiday, and n steps forward then n back returns to the start', () => {
    fc.assert(
      fc.property(
        supportedDate,
        fc.integer({ min: -40, max: 40 }),
        region,
        (date, days, holidayRegion) => {
          const options = { region: holidayRegion };
          const result = addBusinessDays(date, days, options);
          expect(isBusinessDay(result, options)).toBe(true);
          expect(dayOfWeek(result)).toBeLessThanOrEqual(5);
          expect(isPublicHoliday(result, options)).toBe(false);
          if (days > 0) expect(compareDates(result, date)).toBe(1);
          if (days < 0) expect(compareDates(result, date)).toBe(-1);
          if (days !== 0) {
            const start = nextBusinessDay(date, options);
            if (start === date) expect(addBusinessDays(result, -days, options)).toBe(date);
          }
        },
      ),
    );
  });

  it('counts exactly n business days strictly between the start and the result, plus the result', () => {
    fc.assert(
      fc.property(supportedDate, fc.integer({ min: 1, max: 30 }), (date, days) => {
        const result = addBusinessDays(date, days);
        let counted = 0;
        for (let day = addDays(date, 1); compareDates(day, result) <= 0; day = addDays(day, 1)) {
          if (isBusinessDay(day)) counted += 1;
        }
        expect(counted).toBe(days);
      }),
    );
  });

  it('refuses to leave the supported years', () => {
    expect(() => addBusinessDays('2199-12-30', 5)).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
    expect(() => addBusinessDays('1900-01-02', -5)).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY], ['3'], [null]])(
    'refuses the count %j',
    (days) => {
      expect(() => addBusinessDays('2026-05-07', days as number)).toThrowError(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          issues: [expect.objectContaining({ path: ['days'] })],
        }),
      );
    },
  );

  it('refuses a bad date', () => {
    expect(() => addBusinessDays('2026-02-29', 1)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['date'] })],
      }),
    );
  });
});
