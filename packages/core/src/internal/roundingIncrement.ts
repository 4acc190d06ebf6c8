import { TpeError } from '../errors/TpeError.js';
import type { RoundingMode } from '../rounding/RoundingMode.js';

/**
 * Decides whether a truncated quotient must move one unit away from zero.
 *
 * `half` compares twice the remainder's magnitude with the divisor (−1 below
 * the half, 0 exactly half, 1 above); it is called only when the division
 * left a remainder; `quotientIsOdd` matters only at an exact half. The integer
 * and bigint division paths both call this, so every mode is defined once.
 */
export function roundingIncrement(
  mode: RoundingMode,
  negative: boolean,
  half: -1 | 0 | 1,
  quotientIsOdd: boolean,
): boolean {
  switch (mode) {
    case 'halfUp':
      return half >= 0;
    case 'halfDown':
      return half > 0;
    case 'halfEven':
      return half > 0 || (half === 0 && quotientIsOdd);
    case 'up':
      return true;
    case 'down':
      return false;
    case 'ceiling':
      return !negative;
    case 'floor':
      return negative;
    default:
      throw unknownRoundingMode(mode);
  }
}

/** The error for a rounding mode that is not a {@link RoundingMode}. */
export function unknownRoundingMode(mode: unknown): TpeError {
  return new TpeError('INVALID_ARGUMENT', `Unknown rounding mode: ${String(mode)}`, {
    details: { mode },
  });
}
