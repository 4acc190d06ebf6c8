import type { DecimalOptions } from '../decimal/DecimalOptions.js';
import { decimalError, scanDecimal } from '../internal/scanDecimal.js';

const NO_OPTIONS: DecimalOptions = Object.freeze({});

/**
 * The number of digits after the point of a decimal string: the smallest
 * scale {@link toScaledUnits} reads it at. Trailing zeros count (`'1.50'` has
 * 2), as they do in an amount's scale.
 *
 * **Details**: reads the string as {@link parseDecimal} does, with the same
 * options and defaults (at most 12 decimals and 18 integer digits), without
 * building a {@link Decimal}.
 *
 * @param decimalString - a plain decimal string
 * @param options - limits on decimals, integer digits and sign
 * @throws {@link TpeError} `INVALID_DECIMAL` with the issue
 *   {@link parseDecimal} would report
 *
 * @example
 * ```ts
 * import { DECIMAL_KINDS, scaleOfDecimal } from '@tpe/core';
 *
 * scaleOfDecimal('12.150'); // 3
 * scaleOfDecimal('-7'); // 0
 * scaleOfDecimal('12.5', DECIMAL_KINDS.rate); // 1
 * scaleOfDecimal('-12.5', DECIMAL_KINDS.rate); // throws TpeError INVALID_DECIMAL
 * scaleOfDecimal('1e3'); // throws TpeError INVALID_DECIMAL
 * ```
 *
 * @category Scaled integers
 * @since 0.1.0
 */
export function scaleOfDecimal(
  decimalString: string,
  options: DecimalOptions = NO_OPTIONS,
): number {
  const { maxDecimals = 12, maxIntegerDigits = 18, allowNegative = true } = options;
  const decimals = scanDecimal(decimalString, maxDecimals, maxIntegerDigits, allowNegative);
  if (decimals < 0) throw decimalError(decimalString, options);
  return decimals;
}
