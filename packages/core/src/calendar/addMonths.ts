import { assertWholeNumber } from '../internal/assertWholeNumber.js';
import { daysInMonth, formatCivil, readIsoDate } from '../internal/civilCalendar.js';
import type { IsoDate } from './IsoDate.js';

/**
 * The same day `months` months later (earlier if negative), kept inside the
 * target month: 31 January + 1 month is 28 February (29 in a leap year).
 *
 * @throws {@link TpeError} `INVALID_DATE`, `INVALID_ARGUMENT`, `OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * import { addMonths } from '@tpe/core';
 *
 * addMonths('2026-01-31', 1); // '2026-02-28'
 * addMonths('2028-01-31', 1); // '2028-02-29'
 * addMonths('2026-03-31', -1); // '2026-02-28'
 * addMonths('2026-11-15', 3); // '2027-02-15'
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function addMonths(date: string, months: number): IsoDate {
  assertWholeNumber(months, 'months');
  const { year, month, day } = readIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatCivil({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  }) as IsoDate;
}

/**
 * The same day `years` years later, 29 February becoming 28 February in a
 * common year (limitation periods, anniversaries).
 *
 * @example
 * ```ts
 * import { addYears } from '@tpe/core';
 *
 * addYears('2028-02-29', 5); // '2033-02-28'
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function addYears(date: string, years: number): IsoDate {
  assertWholeNumber(years, 'years');
  return addMonths(date, years * 12);
}
