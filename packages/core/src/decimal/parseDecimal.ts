import { TpeError } from '../errors/TpeError.js';
import { isIssue, readDecimal } from '../internal/decimalSyntax.js';
import { attempt, type Result } from '../result/Result.js';
import { Decimal } from './Decimal.js';
import type { DecimalOptions } from './DecimalOptions.js';

/**
 * Reads a decimal string into a {@link Decimal}, exactly.
 *
 * **When to use**: for rates, quantities, prices and ratios that cross the
 * boundary as strings. Use {@link parseMoney} for amounts of money.
 *
 * **Details**: accepts `-?digits(.digits)?` with ASCII digits only; refuses
 * `"1,5"`, `"1e3"`, `" 12"`, `"12."`, `".5"`, `"+1"`, `"007"`, `"NaN"`,
 * `"Infinity"`, numbers, and strings over 64 characters.
 *
 * @param input - the decimal string
 * @param options - limits on decimals, integer digits and sign
 * @returns the exact value
 * @throws {@link TpeError} `INVALID_DECIMAL` with one issue (`invalid_type`,
 * `too_long`, `invalid_decimal`, `negative_not_allowed`, `too_many_decimals`,
 * `too_many_integer_digits`)
 *
 * @example
 * ```ts
 * import { parseDecimal, DECIMAL_KINDS } from '@tpe/core';
 *
 * parseDecimal('12.15').toFixed(); // '12.15'
 * parseDecimal('12.155', DECIMAL_KINDS.amount); // throws TpeError INVALID_DECIMAL (too_many_decimals)
 * ```
 *
 * @category Decimals
 * @since 0.1.0
 */
export function parseDecimal(input: unknown, options?: DecimalOptions): Decimal {
  const parts = readDecimal(input, options);
  if (isIssue(parts)) {
    throw new TpeError('INVALID_DECIMAL', parts.message, { issues: [parts] });
  }
  // `input` passed readDecimal: it is a plain decimal string that decimal.js reads exactly.
  return new Decimal(input as string);
}

/**
 * {@link parseDecimal} returning a {@link Result} instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseDecimal } from '@tpe/core';
 *
 * safeParseDecimal('1,5').ok; // false
 * safeParseDecimal('1.5').ok; // true
 * ```
 *
 * @category Decimals
 * @since 0.1.0
 */
export function safeParseDecimal(input: unknown, options?: DecimalOptions): Result<Decimal> {
  return attempt(() => parseDecimal(input, options));
}
