import { divideRounded, formatScaledUnits } from '@tpe/core';

/**
 * `numerator / denominator × 100` with 2 decimals, half away from zero, as a
 * percent string; `null` when the denominator is zero.
 */
export function percentOf(numerator: bigint, denominator: bigint): string | null {
  if (denominator === 0n) return null;
  return formatScaledUnits(divideRounded(numerator * 10_000n, denominator), 2);
}

/** `sum / count` with 2 decimals, half away from zero; `null` for no value. */
export function averageOf(sum: bigint, count: number): string | null {
  if (count === 0) return null;
  return formatScaledUnits(divideRounded(sum * 100n, BigInt(count)), 2);
}
