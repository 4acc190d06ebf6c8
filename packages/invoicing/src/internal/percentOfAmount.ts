import { DECIMAL_KINDS, scaleOfDecimal, toScaledUnits } from '@tpe/core';
import { divideUnits, multiplyUnits, type Units } from './units.js';

/**
 * 100 × 10^scale for scales 0 … 6: the divisors of a percentage of at most 6
 * decimals (not frozen: V8 reads a frozen array by index slower).
 */
const PERCENT_DIVISORS: readonly number[] = Array.from(
  { length: 7 },
  (_, scale) => 100 * 10 ** scale,
);

/**
 * `round2(base × percent / 100)` in cents, half away from zero: the amount
 * of an allowance or charge given as a percentage of a base (EN 16931 BT-92
 * from BT-93 and BT-94, BT-136 from BT-137 and BT-138). The percentage is
 * given as `percentUnits` of `10^-percentScale` (scale 0 to 6).
 */
export function percentOfCents(
  baseCents: Units,
  percentUnits: number,
  percentScale: number,
): Units {
  return divideUnits(
    multiplyUnits(baseCents, percentUnits),
    PERCENT_DIVISORS[percentScale] as number,
  );
}

/**
 * {@link percentOfCents} of a rate string (at most 6 decimals and 4 integer
 * digits, so its units are a safe integer).
 *
 * @throws {@link TpeError} `INVALID_DECIMAL` for a percent that is not a rate
 */
export function percentTextOfCents(baseCents: Units, percent: string): Units {
  const scale = scaleOfDecimal(percent, DECIMAL_KINDS.rate);
  return percentOfCents(baseCents, toScaledUnits(percent, scale), scale);
}
