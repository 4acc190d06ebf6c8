import { toEpochDay } from './epochDay.js';

/**
 * The number of calendar days from `from` to `to`: positive when `to` is later.
 * The first day is not counted, the last is: that is the French count of days
 * of delay (`paymentDate − dueDate`).
 *
 * @example
 * ```ts
 * import { daysBetween } from '@tpe/core';
 *
 * daysBetween('2026-03-31', '2026-04-15'); // 15
 * daysBetween('2028-02-01', '2028-03-01'); // 29
 * daysBetween('2026-04-15', '2026-03-31'); // -15
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}
