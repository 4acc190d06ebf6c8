import { assertWholeNumber } from '../internal/assertWholeNumber.js';
import { fromEpochDay, toEpochDay } from './epochDay.js';
import type { IsoDate } from './IsoDate.js';

/**
 * The date `days` calendar days after `date` (before it if negative).
 *
 * @throws {@link TpeError} `INVALID_DATE`, `INVALID_ARGUMENT` for a
 *   non-integer count, `OUT_OF_RANGE` past year 9999
 *
 * @example
 * ```ts
 * import { addDays } from '@tpe/core';
 *
 * addDays('2026-01-31', 30); // '2026-03-02'
 * addDays('2028-02-28', 1); // '2028-02-29'
 * addDays('2026-03-01', -1); // '2026-02-28'
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function addDays(date: string, days: number): IsoDate {
  assertWholeNumber(days, 'days');
  return fromEpochDay(toEpochDay(date) + days);
}
