import { TpeError } from '../errors/TpeError.js';
import { describe } from '../internal/decimalSyntax.js';
import { divideRoundedBigInt, divideRoundedSafe } from '../internal/divideRounded.js';
import { unknownRoundingMode } from '../internal/roundingIncrement.js';
import {
  DEFAULT_ROUNDING_MODE,
  ROUNDING_MODES,
  type RoundingMode,
} from '../rounding/RoundingMode.js';

const MODES: ReadonlySet<unknown> = /* @__PURE__ */ new Set<unknown>(ROUNDING_MODES);

/**
 * Divides two integers and rounds the quotient to an integer, exactly: the
 * one rounding of a computation done on scaled integers (cents × rate units
 * × days, then divided once). Safe integers give a number, bigints a bigint.
 *
 * @param numerator - a safe integer or a bigint
 * @param divisor - the same type as `numerator`, not zero (a negative divisor
 *   divides as `-numerator / -divisor`)
 * @param mode - see {@link RoundingMode}; half away from zero by default
 * @throws {@link TpeError} `INVALID_ARGUMENT` for a zero divisor, a number
 *   that is not a safe integer, mixed types or an unknown mode
 *
 * @example
 * ```ts
 * import { divideRounded } from '@tpe/core';
 *
 * divideRounded(1215, 10); // 122
 * divideRounded(-1215, 10); // -122
 * divideRounded(1215, 10, 'halfEven'); // 122
 * divideRounded(1225, 10, 'halfEven'); // 122
 * divideRounded(1219, 10, 'down'); // 121
 * divideRounded(-1211, 10, 'floor'); // -122
 * divideRounded(10n ** 20n + 5n, 10n); // 10000000000000000001n
 * divideRounded(1, 0); // throws TpeError INVALID_ARGUMENT
 * ```
 *
 * @category Scaled integers
 * @since 0.1.0
 */
export function divideRounded(numerator: number, divisor: number, mode?: RoundingMode): number;
export function divideRounded(numerator: bigint, divisor: bigint, mode?: RoundingMode): bigint;
export function divideRounded(
  numerator: number | bigint,
  divisor: number | bigint,
  mode: RoundingMode = DEFAULT_ROUNDING_MODE,
): number | bigint {
  if (!MODES.has(mode)) throw unknownRoundingMode(mode);
  if (typeof numerator === 'number' && typeof divisor === 'number') {
    if (Number.isSafeInteger(numerator) && Number.isSafeInteger(divisor)) {
      if (divisor > 0) return divideRoundedSafe(numerator, divisor, mode);
      if (divisor < 0) return divideRoundedSafe(-numerator, -divisor, mode);
    }
  } else if (typeof numerator === 'bigint' && typeof divisor === 'bigint') {
    if (divisor > 0n) return divideRoundedBigInt(numerator, divisor, mode);
    if (divisor < 0n) return divideRoundedBigInt(-numerator, -divisor, mode);
  }
  throw new TpeError(
    'INVALID_ARGUMENT',
    `Division needs two safe integers or two bigints and a divisor other than zero, got ${show(numerator)} / ${show(divisor)}`,
    { details: { numerator, divisor } },
  );
}

function show(value: unknown): string {
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : describe(value);
}
