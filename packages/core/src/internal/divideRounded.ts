import type { RoundingMode } from '../rounding/RoundingMode.js';
import { roundingIncrement } from './roundingIncrement.js';

/** `numerator / divisor` rounded to an integer by `mode`; `divisor` > 0. */
export function divideRoundedBigInt(
  numerator: bigint,
  divisor: bigint,
  mode: RoundingMode,
): bigint {
  const quotient = numerator / divisor;
  const remainder = numerator % divisor;
  if (remainder === 0n) return quotient;
  const negative = numerator < 0n;
  const twice = (negative ? -remainder : remainder) * 2n;
  const half = twice < divisor ? -1 : twice === divisor ? 0 : 1;
  const bump = roundingIncrement(mode, negative, half, quotient % 2n !== 0n);
  return bump ? quotient + (negative ? -1n : 1n) : quotient;
}

/**
 * The same as {@link divideRoundedBigInt} for safe integers held in numbers;
 * `numerator` and `divisor` must be safe integers, `divisor` > 0.
 *
 * The float quotient truncates exactly: for |a| < 2^53 and an integer b ≥ 1,
 * a/b = k − f with f ≥ 1/b would have to round up to k, which needs
 * 1/b < k·2^-53, that is |a| ≈ k·b > 2^53. So `trunc(a / b)` is the integer
 * quotient and `a − q·b` the exact remainder.
 */
export function divideRoundedSafe(numerator: number, divisor: number, mode: RoundingMode): number {
  const quotient = Math.trunc(numerator / divisor);
  const remainder = numerator - quotient * divisor;
  // `+ 0` turns a negative zero into zero.
  if (remainder === 0) return quotient + 0;
  const negative = numerator < 0;
  const twice = (negative ? -remainder : remainder) * 2;
  const half = twice < divisor ? -1 : twice === divisor ? 0 : 1;
  const bump = roundingIncrement(mode, negative, half, quotient % 2 !== 0);
  return bump ? quotient + (negative ? -1 : 1) : quotient + 0;
}
