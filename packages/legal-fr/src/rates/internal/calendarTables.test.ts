import { fromEpochDay, halfYearOf, isTpeError, toEpochDay } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfText, dayText } from './dayText.js';
import {
  daysInYearOfHalfYear,
  halfYearEndDate,
  halfYearIndexOfDay,
  halfYearStartDate,
  halfYearStartDay,
} from './halfYears.js';

const FIRST = toEpochDay('1899-12-01');
const LAST = toEpochDay('2200-01-31');

describe('dayText and dayOfText', () => {
  it('agree with @tpe/core on every day of 1899-12 … 2200-01', () => {
    let mismatches = 0;
    for (let day = FIRST; day <= LAST; day++) {
      const text = fromEpochDay(day);
      if (dayText(day) !== text || dayOfText(text) !== day) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('agree with @tpe/core far outside the table', () => {
    for (const text of ['0001-01-01', '1600-02-29', '2400-02-29', '9999-12-31']) {
      expect(dayOfText(text)).toBe(toEpochDay(text));
      expect(dayText(toEpochDay(text))).toBe(text);
    }
  });

  it('refuses exactly what toEpochDay refuses', () => {
    const almostDates = fc.oneof(
      fc.string({ minLength: 8, maxLength: 12 }),
      fc
        .tuple(
          fc.integer({ min: 0, max: 10_099 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(
          ([year, month, day]) =>
            `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        ),
      fc.anything(),
    );
    fc.assert(
      fc.property(almostDates, (input) => {
        let expected: number | string;
        let actual: number | string;
        try {
          expected = toEpochDay(input as string);
        } catch (error) {
          expected = isTpeError(error) ? error.code : 'other';
        }
        try {
          actual = dayOfText(input);
        } catch (error) {
          actual = isTpeError(error) ? error.code : 'other';
        }
        return actual === expected;
      }),
      { numRuns: 5000 },
    );
  });
});

describe('half-year indexes', () => {
  it('agree with halfYearOf on every day of 1899-12 … 2200-01', () => {
    let mismatches = 0;
    for (let day = FIRST; day <= LAST; day++) {
      const { year, half, start, end } = halfYearOf(fromEpochDay(day));
      const index = halfYearIndexOfDay(day);
      if (
        index !== year * 2 + half - 1 ||
        halfYearStartDate(index) !== start ||
        halfYearEndDate(index) !== end ||
        halfYearStartDay(index) !== toEpochDay(start)
      ) {
        mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it('work outside the precomputed years and know leap years', () => {
    expect(halfYearIndexOfDay(toEpochDay('1700-08-01'))).toBe(1700 * 2 + 1);
    expect(halfYearStartDay(2500 * 2)).toBe(toEpochDay('2500-01-01'));
    expect(halfYearEndDate(2500 * 2 + 1)).toBe('2500-12-31');
    expect(daysInYearOfHalfYear(2024 * 2 + 1)).toBe(366);
    expect(daysInYearOfHalfYear(2100 * 2)).toBe(365);
    expect(daysInYearOfHalfYear(2000 * 2)).toBe(366);
  });
});
