import { dayOfWeek } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchPublicHolidays } from './frenchPublicHolidays.js';

const dates = (year: number, options?: Parameters<typeof frenchPublicHolidays>[1]) =>
  frenchPublicHolidays(year, options).map((holiday) => holiday.date);

describe('frenchPublicHolidays', () => {
  it('lists the 11 national days of 2026 with their weekdays (section 12.2)', () => {
    const holidays = frenchPublicHolidays(2026);
    expect(holidays.map((holiday) => [holiday.date, dayOfWeek(holiday.date)])).toEqual([
      ['2026-01-01', 4],
      ['2026-04-06', 1],
      ['2026-05-01', 5],
      ['2026-05-08', 5],
      ['2026-05-14', 4],
      ['2026-05-25', 1],
      ['2026-07-14', 2],
      ['2026-08-15', 6],
      ['2026-11-01', 7],
      ['2026-11-11', 3],
      ['2026-12-25', 5],
    ]);
    expect(holidays.map((holiday) => holiday.name)).toEqual([
      "Jour de l'an",
      'Lundi de Pâques',
      'Fête du Travail',
      'Victoire 1945',
      'Ascension',
      'Lundi de Pentecôte',
      'Fête nationale',
      'Assomption',
      'Toussaint',
      'Armistice 1918',
      'Noël',
    ]);
    expect(holidays.every((holiday) => holiday.article === 'C. trav. L3133-1')).toBe(true);
  });

  it('GC-28: Easter-based holidays 2026', () => {
    const byKey = Object.fromEntries(
      frenchPublicHolidays(2026, { region: 'alsaceMoselle' }).map((holiday) => [
        holiday.key,
        holiday.date,
      ]),
    );
    expect(byKey.easterMonday).toBe('2026-04-06');
    expect(byKey.ascensionDay).toBe('2026-05-14');
    expect(byKey.whitMonday).toBe('2026-05-25');
    expect(byKey.goodFriday).toBe('2026-04-03');
  });

  it('lists 2024 and 2025', () => {
    expect(dates(2024)).toEqual([
      '2024-01-01',
      '2024-04-01',
      '2024-05-01',
      '2024-05-08',
      '2024-05-09',
      '2024-05-20',
      '2024-07-14',
      '2024-08-15',
      '2024-11-01',
      '2024-11-11',
      '2024-12-25',
    ]);
    expect(dates(2025)).toEqual([
      '2025-01-01',
      '2025-04-21',
      '2025-05-01',
      '2025-05-08',
      '2025-05-29',
      '2025-06-09',
      '2025-07-14',
      '2025-08-15',
      '2025-11-01',
      '2025-11-11',
      '2025-12-25',
    ]);
  });

  it.each([
    [2027, '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17'],
    [2028, '2028-04-14', '2028-04-17', '2028-05-25', '2028-06-05'],
    [2029, '2029-03-30', '2029-04-02', '2029-05-10', '2029-05-21'],
    [2030, '2030-04-19', '2030-04-22', '2030-05-30', '2030-06-10'],
  ])(
    'places the Easter-based days of %i (section 12.2)',
    (year, goodFriday, easterMonday, ascension, whitMonday) => {
      const byKey = Object.fromEntries(
        frenchPublicHolidays(year, { region: 'alsaceMoselle' }).map((holiday) => [
          holiday.key,
          holiday.date,
        ]),
      );
      expect([byKey.goodFriday, byKey.easterMonday, byKey.ascensionDay, byKey.whitMonday]).toEqual([
        goodFriday,
        easterMonday,
        ascension,
        whitMonday,
      ]);
    },
  );

  it('adds Good Friday and 26 December in Alsace-Moselle (2026: 04-03 Fri, 12-26 Sat)', () => {
    const holidays = frenchPublicHolidays(2026, { region: 'alsaceMoselle' });
    expect(holidays).toHaveLength(13);
    const extras = holidays.filter((holiday) => holiday.article === 'C. trav. L3134-13');
    expect(extras.map((holiday) => [holiday.date, holiday.name, dayOfWeek(holiday.date)])).toEqual([
      ['2026-04-03', 'Vendredi saint', 5],
      ['2026-12-26', 'Saint-Étienne', 6],
    ]);
    expect(holidays[1]?.key).toBe('goodFriday');
  });

  it('notes the journée de solidarité on Whit Monday, which stays a holiday', () => {
    const whitMonday = frenchPublicHolidays(2026).find((holiday) => holiday.key === 'whitMonday');
    expect(whitMonday?.date).toBe('2026-05-25');
    expect(whitMonday?.note).toContain('journée de solidarité');
  });

  it.each([
    ['mayotte', '2026-04-27'],
    ['martinique', '2026-05-22'],
    ['guadeloupe', '2026-05-27'],
    ['saintMartin', '2026-05-28'],
    ['guyane', '2026-06-10'],
    ['saintBarthelemy', '2026-10-09'],
    ['reunion', '2026-12-20'],
  ] as const)('adds the abolition of slavery in %s', (region, date) => {
    const holidays = frenchPublicHolidays(2026, { region });
    expect(holidays).toHaveLength(12);
    const extra = holidays.filter((holiday) => holiday.key === 'abolitionOfSlaveryDay');
    expect(extra.map((holiday) => holiday.date)).toEqual([date]);
    expect(extra[0]?.article).toContain('unverified');
  });

  it('lists both holidays when two fall on the same date (Ascension on 1 May 2008)', () => {
    expect(dates(2008).filter((date) => date === '2008-05-01')).toHaveLength(2);
  });

  it('returns 11 sorted national holidays in every supported year, Easter-based ones on the right weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const holidays = frenchPublicHolidays(year);
        expect(holidays).toHaveLength(11);
        expect([...holidays.map((holiday) => holiday.date)].sort()).toEqual(
          holidays.map((holiday) => holiday.date),
        );
        for (const holiday of holidays) {
          expect(holiday.date.startsWith(`${year}-`)).toBe(true);
          if (holiday.key === 'easterMonday' || holiday.key === 'whitMonday')
            expect(dayOfWeek(holiday.date)).toBe(1);
          if (holiday.key === 'ascensionDay') expect(dayOfWeek(holiday.date)).toBe(4);
        }
      }),
    );
  });

  it.each([[1899], [2200], [2285], [2026.5], ['2026'], [undefined]])(
    'refuses the year %j',
    (year) => {
      expect(() => frenchPublicHolidays(year as number)).toThrowError(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          issues: [expect.objectContaining({ path: ['year'] })],
        }),
      );
    },
  );

  it('refuses an unknown region or option', () => {
    expect(() => frenchPublicHolidays(2026, { region: 'corsica' as 'national' })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['options', 'region'] })],
      }),
    );
    expect(() => frenchPublicHolidays(2026, { regoin: 'national' } as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
