import { type IsoDate, parseIsoDate, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { holidayYearSchema } from './holidayOptions.js';

const easterInputSchema = z.object({ year: holidayYearSchema });

/** Easter Sunday of a year already checked (anonymous Gregorian algorithm). */
export function computeEasterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return parseIsoDate(`${year}-0${month}-${day < 10 ? `0${day}` : day}`);
}

/**
 * The date of Easter Sunday in the Gregorian calendar, by the anonymous
 * (Meeus–Jones–Butcher) algorithm. Easter Monday, Ascension and Whit Monday
 * (and Good Friday in Alsace-Moselle) are counted from it.
 *
 * **Details**: always between 22 March and 25 April.
 *
 * @param year - a whole year from 1900 to 2199 ({@link HOLIDAY_YEARS})
 * @returns Easter Sunday, `YYYY-MM-DD`
 * @throws {@link TpeError} `INVALID_INPUT` for a year that is not a whole
 *   number of the range (issue codes `invalid_type`, `too_small`, `too_big`)
 *
 * @example
 * ```ts
 * import { easterSunday } from '@tpe/legal-fr';
 *
 * easterSunday(2026); // '2026-04-05'
 * easterSunday(2024); // '2024-03-31'
 * easterSunday(2038); // '2038-04-25'
 * easterSunday(2285); // throws TpeError INVALID_INPUT (outside 1900–2199)
 * ```
 *
 * @see C. trav. L3133-1 (Easter Monday, Ascension, Whit Monday)
 * @category Holidays
 * @since 0.1.0
 */
export function easterSunday(year: number): IsoDate {
  return computeEasterSunday(parseWithSchema(easterInputSchema, { year }).year);
}
