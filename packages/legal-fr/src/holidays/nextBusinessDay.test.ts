import { addDays, compareDates, dayOfWeek, fromEpochDay, toEpochDay } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBusinessDay } from './isBusinessDay.js';
import { isPublicHoliday } from './isPublicHoliday.js';
import { nextBusinessDay } from './nextBusinessDay.js';

const supportedDate = fc
  .integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2199-12-20') })
  .map((day) => fromEpochDay(day));
const region = fc.constantFrom(
  'national',
  'alsaceMoselle',
  'reunion',
  'guadeloupe',
) as fc.Arbitrary<'national' | 'alsaceMoselle' | 'reunion' | 'guadeloupe'>;
const businessWeek = fc.constantFrom('mondayToFriday', 'mondayToSaturday') as fc.Arbitrary<
  'mondayToFriday' | 'mondayToSaturday'
>;

describe('nextBusinessDay', () => {
  it('returns the date itself when it is a business day', () => {
    expect(nextBusinessDay('2026-05-07')).toBe('2026-05-07');
  });

  it('skips holidays and weekends', () => {
    expect(nextBusinessDay('2026-05-08')).toBe('2026-05-11');
    expect(nextBusinessDay('2026-05-09')).toBe('2026-05-11');
    expect(nextBusinessDay('2026-05-14')).toBe('2026-05-15');
    expect(nextBusinessDay('2026-05-25')).toBe('2026-05-26');
    expect(nextBusinessDay('2026-12-25')).toBe('2026-12-28');
    expect(nextBusinessDay('2026-12-26', { region: 'alsaceMoselle' })).toBe('2026-12-28');
    expect(nextBusinessDay('2027-12-25')).toBe('2027-12-27');
  });

  it('crosses the year end', () => {
    // 2027-12-31 is a Friday; 2028-01-01 a Saturday (and a holiday)
    expect(nextBusinessDay('2028-01-01')).toBe('2028-01-03');
  });

  it('Alsace-Moselle: Good Friday, the weekend and Easter Monday 2026', () => {
    expect(nextBusinessDay('2026-04-03')).toBe('2026-04-03');
    expect(nextBusinessDay('2026-04-03', { region: 'alsaceMoselle' })).toBe('2026-04-07');
  });

  it('stays on a Saturday with mondayToSaturday, unless it is a holiday', () => {
    expect(nextBusinessDay('2026-05-09', { businessWeek: 'mondayToSaturday' })).toBe('2026-05-09');
    expect(nextBusinessDay('2026-08-15', { businessWeek: 'mondayToSaturday' })).toBe('2026-08-17');
  });

  it('skips closed days', () => {
    expect(nextBusinessDay('2026-12-24', { closedDays: ['2026-12-24'] })).toBe('2026-12-28');
  });

  it('GC-30: the reminder dates of a B2B schedule are already business days', () => {
    const due = '2026-03-31';
    const firstReminder = addDays(due, 7);
    const secondReminder = addDays(firstReminder, 15);
    const formalNotice = addDays(secondReminder, 15);
    expect([firstReminder, secondReminder, formalNotice]).toEqual([
      '2026-04-07',
      '2026-04-22',
      '2026-05-07',
    ]);
    expect(nextBusinessDay(firstReminder)).toBe('2026-04-07'); // Tue
    expect(nextBusinessDay(secondReminder)).toBe('2026-04-22'); // Wed
    expect(nextBusinessDay(formalNotice)).toBe('2026-05-07'); // Thu; 2026-05-08 is a holiday but not hit
    expect([dayOfWeek('2026-04-07'), dayOfWeek('2026-04-22'), dayOfWeek('2026-05-07')]).toEqual([
      2, 3, 4,
    ]);
    expect(isPublicHoliday('2026-05-08')).toBe(true);
  });

  it('always returns a business day on or after the date, and no business day is skipped', () => {
    fc.assert(
      fc.property(supportedDate, region, businessWeek, (date, holidayRegion, week) => {
        const options = { region: holidayRegion, businessWeek: week };
        const next = nextBusinessDay(date, options);
        expect(compareDates(next, date)).toBeGreaterThanOrEqual(0);
        expect(isBusinessDay(next, options)).toBe(true);
        for (let day = date; day !== next; day = addDays(day, 1)) {
          expect(isBusinessDay(day, options)).toBe(false);
        }
        if (week === 'mondayToFriday') expect(dayOfWeek(next)).toBeLessThanOrEqual(5);
        expect(isPublicHoliday(next, { region: holidayRegion })).toBe(false);
      }),
    );
  });

  it('refuses to search past 2199', () => {
    // 2199-12-31 is a Tuesday; closing it forces the search into 2200
    expect(() => nextBusinessDay('2199-12-31', { closedDays: ['2199-12-31'] })).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
  });

  it('refuses bad input', () => {
    expect(() => nextBusinessDay('2026-04-31')).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => nextBusinessDay(null as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => nextBusinessDay('2026-05-08', { region: 'alsace' as 'national' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
