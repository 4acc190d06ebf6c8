import { scaledUnitsError, scaledUnitsOf } from '../internal/scanDecimal.js';
import { assertScale } from '../rounding/roundDecimal.js';

/**
 * Reads a decimal string as a whole number of `10^-scale`: `'12.15'` at
 * scale 2 is `1215` (cents), at scale 4 `121500`. Exact, with no rounding:
 * a string with more decimals than `scale` is refused.
 *
 * **When to use**: hot loops over amounts or rates already held as decimal
 * strings, computed on safe integers and written back with
 * {@link formatScaledUnits}. Use {@link toScaledBigInt} when the value may
 * pass 2^53, {@link parseDecimal} or {@link parseMoney} otherwise.
 *
 * **Details**: the syntax is that of {@link parseDecimal}
 * (`-?digits(.digits)?`, at most 64 characters); `'-0'` gives `0`.
 *
 * @param decimalString - a plain decimal string
 * @param scale - the number of decimals of the unit, a whole number from 0 to 100
 * @returns a safe integer
 * @throws {@link TpeError} `INVALID_DECIMAL` for a string that is not a plain
 *   decimal or has more than `scale` decimals, `OUT_OF_RANGE` when the result
 *   is not a safe integer, `INVALID_ARGUMENT` for a bad scale
 *
 * @example
 * ```ts
 * import { toScaledUnits } from '@tpe/core';
 *
 * toScaledUnits('12.15', 2); // 1215
 * toScaledUnits('12.5', 4); // 125000
 * toScaledUnits('-0.05', 2); // -5
 * toScaledUnits('12.155', 2); // throws TpeError INVALID_DECIMAL
 * toScaledUnits('12,15', 2); // throws TpeError INVALID_DECIMAL
 * toScaledUnits('90071992547409.92', 2); // throws TpeError OUT_OF_RANGE
 * ```
 *
 * @category Scaled integers
 * @since 0.1.0
 */
export function toScaledUnits(decimalString: string, scale: number): number {
  if (!(scale >= 0 && scale <= 100 && (scale | 0) === scale)) assertScale(scale);
  const units = scaledUnitsOf(decimalString, scale);
  if (Number.isNaN(units)) throw scaledUnitsError(decimalString, scale);
  return units;
}
