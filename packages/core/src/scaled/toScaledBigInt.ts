import {
  isIssue,
  MAX_DECIMAL_STRING_LENGTH,
  readDecimal,
  scaledBigInt,
} from '../internal/decimalSyntax.js';
import { decimalError, scaledUnitsOf } from '../internal/scanDecimal.js';
import { assertScale } from '../rounding/roundDecimal.js';

/**
 * Reads a decimal string as a whole number of `10^-scale`, as a bigint:
 * {@link toScaledUnits} without the 2^53 limit.
 *
 * @param decimalString - a plain decimal string (at most 64 characters)
 * @param scale - the number of decimals of the unit, a whole number from 0 to 100
 * @throws {@link TpeError} `INVALID_DECIMAL` for a string that is not a plain
 *   decimal or has more than `scale` decimals, `INVALID_ARGUMENT` for a bad scale
 *
 * @example
 * ```ts
 * import { toScaledBigInt } from '@tpe/core';
 *
 * toScaledBigInt('12.15', 2); // 1215n
 * toScaledBigInt('123456789012345678.9', 2); // 12345678901234567890n
 * toScaledBigInt('-0.5', 3); // -500n
 * toScaledBigInt('1.234', 2); // throws TpeError INVALID_DECIMAL
 * ```
 *
 * @category Scaled integers
 * @since 0.1.0
 */
export function toScaledBigInt(decimalString: string, scale: number): bigint {
  if (!(scale >= 0 && scale <= 100 && (scale | 0) === scale)) assertScale(scale);
  const units = scaledUnitsOf(decimalString, scale);
  if (!Number.isNaN(units)) return BigInt(units);
  // Refused, or past 2^53: the parts of readDecimal give the error or the value.
  const options = { maxDecimals: scale, maxIntegerDigits: MAX_DECIMAL_STRING_LENGTH };
  const parts = readDecimal(decimalString, options);
  if (isIssue(parts)) throw decimalError(decimalString, options);
  return scaledBigInt(parts, scale);
}
