import { DateTime } from 'luxon';
import { TpeError } from '../errors/TpeError.js';
import type { IsoDate } from './IsoDate.js';

/**
 * Today's date in a time zone, read from the system clock.
 *
 * **When to use**: in applications only, to obtain the `asOf` date they pass
 * to `@tpe` functions. No `@tpe` domain function reads the clock.
 *
 * **Gotchas**: near midnight, today in `Europe/Paris` differs from today in
 * UTC; French legal dates are Paris dates (or the overseas department's zone).
 *
 * @param zone - an IANA time zone; `Europe/Paris` by default
 * @throws {@link TpeError} `INVALID_ARGUMENT` for an unknown zone
 *
 * @example
 * ```ts
 * import { todayIn } from '@tpe/core';
 *
 * const asOf = todayIn('Europe/Paris'); // e.g. '2026-11-27'
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function todayIn(zone = 'Europe/Paris'): IsoDate {
  const now = DateTime.now().setZone(zone);
  if (!now.isValid) {
    throw new TpeError('INVALID_ARGUMENT', `Unknown time zone: ${String(zone)}`, {
      details: { zone },
    });
  }
  return now.toISODate() as IsoDate;
}
