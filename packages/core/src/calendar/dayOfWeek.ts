import { toEpochDay } from './epochDay.js';

/**
 * The ISO day of the week: 1 for Monday … 7 for Sunday.
 *
 * @example
 * ```ts
 * import { dayOfWeek } from '@tpe/core';
 *
 * dayOfWeek('2026-11-27'); // 5 (a Friday)
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function dayOfWeek(date: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  // 1970-01-01 was a Thursday (4).
  const index = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  return (index + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}
