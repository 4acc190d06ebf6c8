import { fromEpochDay, halfYearOf, toEpochDay } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import {
  daysInYearOfHalfYear,
  halfYearIndexOfDay,
  halfYearStartDate,
  halfYearStartDay,
} from './halfYears.js';

const FIRST = toEpochDay('1899-12-01');
const LAST = toEpochDay('2200-01-31');

describe('half-year indexes', () => {
  it('agree with halfYearOf on every day of 1899-12 … 2200-01', () => {
    let mismatches = 0;
    for (let day = FIRST; day <= LAST; day++) {
      const { year, half, start } = halfYearOf(fromEpochDay(day));
      const index = halfYearIndexOfDay(day);
      if (
        index !== year * 2 + half - 1 ||
        halfYearStartDate(index) !== start ||
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
    expect(daysInYearOfHalfYear(2024 * 2 + 1)).toBe(366);
    expect(daysInYearOfHalfYear(2100 * 2)).toBe(365);
    expect(daysInYearOfHalfYear(2000 * 2)).toBe(366);
  });
});
