import { toEpochDay } from './epochDay.js';

/**
 * Compares two dates: `-1` if the first is earlier, `0` if the same day, `1`
 * if later. Usable as an `Array.prototype.sort` comparator; both are checked.
 *
 * @example
 * ```ts
 * import { compareDates } from '@tpe/core';
 *
 * compareDates('2026-06-30', '2026-07-01'); // -1
 * ['2026-07-01', '2025-12-31'].sort(compareDates); // ['2025-12-31', '2026-07-01']
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function compareDates(left: string, right: string): -1 | 0 | 1 {
  const difference = toEpochDay(left) - toEpochDay(right);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}
