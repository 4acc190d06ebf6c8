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
  const value = DateTime.fromObject({ year, month, day }, { zone: 'UTC', locale: 'fr' });
  if (options.style === 'long') {
    return `${day === 1 ? '1er' : String(day)} ${value.toFormat('MMMM yyyy')}`;
  }
  return value.toFormat('dd/MM/yyyy');
}
