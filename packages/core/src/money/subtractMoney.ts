import { assertSameCurrency, type Money, moneyOf, moneyParts, rescaleUp } from './Money.js';

/**
 * Subtracts an amount from another of the same currency, exactly. The result
 * has the larger of the two scales.
 *
 * @throws {@link TpeError} `CURRENCY_MISMATCH` for two currencies
 *
 * @example
 * ```ts
 * import { subtractMoney, parseMoney, formatMoney } from '@tpe/core';
 *
 * formatMoney(subtractMoney(parseMoney('100.00'), parseMoney('100.01'))); // '-0.01'
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function subtractMoney(minuend: Money, subtrahend: Money): Money {
  const a = moneyParts(minuend);
  const b = moneyParts(subtrahend);
  assertSameCurrency(a.currency, b);
  const scale = Math.max(a.scale, b.scale);
  return moneyOf(
    rescaleUp(a.units, a.scale, scale) - rescaleUp(b.units, b.scale, scale),
    a.currency,
    scale,
  );
}
