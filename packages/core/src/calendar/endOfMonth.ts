import { daysInMonth, formatCivil, readIsoDate } from '../internal/civilCalendar.js';
import type { IsoDate } from './IsoDate.js';

/**
 * The last day of the date's month.
 *
 * @example
 * ```ts
 * import { endOfMonth } from '@tpe/core';
 *
 * endOfMonth('2026-02-10'); // '2026-02-28'
 * endOfMonth('2028-02-10'); // '2028-02-29'
 * endOfMonth('2100-02-01'); // '2100-02-28'
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function endOfMonth(date: string): IsoDate {
  const { year, month } = readIsoDate(date);
  return formatCivil({ year, month, day: daysInMonth(year, month) }) as IsoDate;
}

/**
 * The first day of the date's month.
 *
 * @example
 * ```ts
 * import { startOfMonth } from '@tpe/core';
 *
 * startOfMonth('2026-02-10'); // '2026-02-01'
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function startOfMonth(date: string): IsoDate {
  const { year, month } = readIsoDate(date);
  return formatCivil({ year, month, day: 1 }) as IsoDate;
}
