import { dayOfWeek } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easterSunday } from './easterSunday.js';

/** Easter by Tøndering's formulation (Oudin 1940), written independently of the library. */
function easterByOudin(year: number): string {
  const g = year % 19;
  const c = Math.floor(year / 100);
  const h = (c - Math.floor(c / 4) - Math.floor((8 * c + 13) / 25) + 19 * g + 15) % 30;
  const i = h - Math.floor(h / 28) * (1 - Math.floor(29 / (h + 1)) * Math.floor((21 - g) / 11));
  const j = (year + Math.floor(year / 4) + i + 2 - c + Math.floor(c / 4)) % 7;
  const l = i - j;
  const month = 3 + Math.floor((l + 40) / 44);
  const day = l + 28 - 31 * Math.floor(month / 4);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
  ])('gives the reference date for %i (section 12.2)', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each([
    [1900, '1900-04-15'],
    [1913, '1913-03-23'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2038, '2038-04-25'],
  ])('gives the known date for %i, including the extremes', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('agrees with an independent formulation for every supported year', () => {
    for (let year = 1900; year <= 2199; year++)
      expect(easterSunday(year)).toBe(easterByOudin(year));
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const easter = easterSunday(year);
        expect(dayOfWeek(easter)).toBe(7);
        const monthDay = easter.slice(5);
        expect(monthDay >= '03-22' && monthDay <= '04-25').toBe(true);
      }),
    );
  });

  it.each([[1899], [2200], [2285], [2026.5], [Number.NaN], ['2026'], [null]])(
    'refuses %j',
    (year) => {
      expect(() => easterSunday(year as number)).toThrowError(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          issues: [expect.objectContaining({ path: ['year'] })],
        }),
      );
    },
  );
});
