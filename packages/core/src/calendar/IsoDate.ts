import { formatCivil, readIsoDate } from '../internal/civilCalendar.js';
import { attempt, type Result } from '../result/Result.js';

/**
 * A calendar date written `YYYY-MM-DD` (years 0001–9999), checked to exist.
 * A plain string at run time; the brand tells the type checker it was checked.
 *
 * **When to use**: every date of the `@tpe` suite (issue date, due date,
 * `asOf`). Calendar functions accept plain strings too and check them.
 *
 * @example
 * ```ts
 * import { parseIsoDate, type IsoDate } from '@tpe/core';
 *
 * const issued: IsoDate = parseIsoDate('2026-02-28');
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/**
 * Checks a `YYYY-MM-DD` string and returns it as an {@link IsoDate}.
 *
 * @throws {@link TpeError} `INVALID_DATE` for `"2026-02-30"`, `"2026-2-3"`,
 *   `"27/11/2026"`, a `Date` object or anything else
 *
 * @example
 * ```ts
 * import { parseIsoDate } from '@tpe/core';
 *
 * parseIsoDate('2028-02-29'); // '2028-02-29'
 * parseIsoDate('2026-02-29'); // throws TpeError INVALID_DATE
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function parseIsoDate(input: unknown): IsoDate {
  return formatCivil(readIsoDate(input)) as IsoDate;
}

/**
 * {@link parseIsoDate} returning a {@link Result} instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseIsoDate } from '@tpe/core';
 *
 * safeParseIsoDate('2026-02-30').ok; // false
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function safeParseIsoDate(input: unknown): Result<IsoDate> {
  return attempt(() => parseIsoDate(input));
}

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { isIsoDate } from '@tpe/core';
 *
 * isIsoDate('2026-11-27'); // true
 * isIsoDate('2026-11-31'); // false
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function isIsoDate(input: unknown): input is IsoDate {
  return safeParseIsoDate(input).ok;
}
