import { readIsoDate } from '../internal/civilCalendar.js';
import type { IsoDate } from './IsoDate.js';

/**
 * A calendar half-year: January–June (`half: 1`) or July–December (`half: 2`),
 * the period over which French late-payment and legal interest rates are fixed.
 *
 * @category Dates
 * @since 0.1.0
 */
export interface HalfYear {
  readonly year: number;
  readonly half: 1 | 2;
  /** 1 January or 1 July. */
  readonly start: IsoDate;
  /** 30 June or 31 December. */
  readonly end: IsoDate;
}

/**
 * The half-year a date falls in.
 *
 * @example
 * ```ts
 * import { halfYearOf } from '@tpe/core';
 *
 * halfYearOf('2026-06-30'); // { year: 2026, half: 1, start: '2026-01-01', end: '2026-06-30' }
 * halfYearOf('2026-07-01').half; // 2
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function halfYearOf(date: string): HalfYear {
  const { year, month } = readIsoDate(date);
  const y = String(year).padStart(4, '0');
  return month <= 6
    ? { year, half: 1, start: `${y}-01-01` as IsoDate, end: `${y}-06-30` as IsoDate }
    : { year, half: 2, start: `${y}-07-01` as IsoDate, end: `${y}-12-31` as IsoDate };
}
