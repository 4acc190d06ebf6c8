import { divideRoundedBigInt } from '../internal/divideRounded.js';
import { DEFAULT_ROUNDING_MODE, type RoundingMode } from '../rounding/RoundingMode.js';
import { assertScale } from '../rounding/roundDecimal.js';
import { type Money, moneyOf, moneyParts, rescaleUp } from './Money.js';

/**
 * Brings an amount to another scale: rounds by `mode` when the scale drops
 * (4-decimal intermediate → cents), pads exactly when it rises.
 *
 * @param money - the amount
 * @param scale - digits after the point wanted
 * @param mode - half away from zero by default (see {@link RoundingMode})
 *
 * @example
 * ```ts
 * import { roundMoney, parseMoney, formatMoney } from '@tpe/core';
 *
 * const unitCost = parseMoney('0.0050', 'EUR', { scale: 4 });
 * formatMoney(roundMoney(unitCost, 2)); // '0.01'
 * formatMoney(roundMoney(unitCost, 2, 'halfEven')); // '0.00'
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function roundMoney(
  money: Money,
  scale: number,
  mode: RoundingMode = DEFAULT_ROUNDING_MODE,
): Money {
  assertScale(scale);
  const parts = moneyParts(money);
  const units =
    scale >= parts.scale
      ? rescaleUp(parts.units, parts.scale, scale)
      : divideRoundedBigInt(parts.units, 10n ** BigInt(parts.scale - scale), mode);
  return moneyOf(units, parts.currency, scale);
}
