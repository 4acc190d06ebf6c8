import { addDays } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { frenchPublicHolidays } from './frenchPublicHolidays.js';
import { isPublicHoliday } from './isPublicHoliday.js';

describe('isPublicHoliday', () => {
  it('recognises holidays whatever the weekday', () => {
    expect(isPublicHoliday('2026-05-14')).toBe(true);
    expect(isPublicHoliday('2026-08-15')).toBe(true);
    expect(isPublicHoliday('2026-11-01')).toBe(true);
    expect(isPublicHoliday('2026-05-13')).toBe(false);
    expect(isPublicHoliday('2026-05-09')).toBe(false);
  });

  it('applies the region', () => {
    expect(isPublicHoliday('2026-04-03')).toBe(false);
    expect(isPublicHoliday('2026-04-03', { region: 'alsaceMoselle' })).toBe(true);
    expect(isPublicHoliday('2026-12-26')).toBe(false);
    expect(isPublicHoliday('2026-12-26', { region: 'alsaceMoselle' })).toBe(true);
    expect(isPublicHoliday('2026-12-20', { region: 'reunion' })).toBe(true);
    expect(isPublicHoliday('2026-12-20', { region: 'alsaceMoselle' })).toBe(false);
  });

  it('answers true exactly on the listed dates of a year', () => {
    const listed = new Set(
      frenchPublicHolidays(2027, { region: 'alsaceMoselle' }).map((holiday) => holiday.date),
    );
    let count = 0;
    for (let day = 0; day < 365; day++) {
      const date = addDays('2027-01-01', day);
      const holiday = isPublicHoliday(date, { region: 'alsaceMoselle' });
      expect(holiday).toBe(listed.has(date));
      if (holiday) count += 1;
    }
    expect(count).toBe(13);
  });

  it.each([
    ['2026-02-30', 'invalid_date'],
    ['26-05-14', 'invalid_date'],
    ['2285-05-14', 'out_of_range'],
    ['1899-12-25', 'out_of_range'],
  ])('refuses %j (%s)', (date, issue) => {
    expect(() => isPublicHoliday(date)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['date'], code: issue })],
      }),
    );
  });

  it('refuses a non-string date and an unknown region', () => {
    expect(() => isPublicHoliday(20260514 as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => isPublicHoliday('2026-05-14', { region: 'paris' as 'national' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
