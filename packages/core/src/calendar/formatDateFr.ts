import { DateTime } from 'luxon';
import { readIsoDate } from '../internal/civilCalendar.js';

/**
 * Writes a date as French documents print it: `27/11/2026`, or with
 * `{ style: 'long' }` `27 novembre 2026` (`1er` for the first of the month).
 *
 * @example
 * ```ts
 * import { formatDateFr } from '@tpe/core';
 *
 * formatDateFr('2026-11-27'); // '27/11/2026'
 * formatDateFr('2026-11-27', { style: 'long' }); // '27 novembre 2026'
 * formatDateFr('2026-07-01', { style: 'long' }); // '1er juillet 2026'
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function formatDateFr(
  date: string,
  options: { readonly style?: 'short' | 'long' } = {},
): string {
  const { year, month, day } = readIsoDate(date);
  if (options.style !== 'long') {
    // `YYYY-MM-DD` read as a real date: its digits are those of `dd/MM/yyyy`.
    return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
  }
  const value = DateTime.fromObject({ year, month, day }, { zone: 'UTC', locale: 'fr' });
  return `${day === 1 ? '1er' : String(day)} ${value.toFormat('MMMM yyyy')}`;
}
