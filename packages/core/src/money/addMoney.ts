import { assertSameCurrency, type Money, moneyOf, moneyParts, rescaleUp } from './Money.js';

/**
 * Adds two amounts of the same currency, exactly. The result has the larger
 * of the two scales.
 *
 * @throws {@link TpeError} `CURRENCY_MISMATCH` for two currencies
 *
 * @example
 * ```ts
 * import { addMoney, parseMoney, formatMoney } from '@tpe/core';
 *
 * formatMoney(addMoney(parseMoney('0.10'), parseMoney('0.20'))); // '0.30'
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function addMoney(augend: Money, addend: Money): Money {
  const a = moneyParts(augend);
  const b = moneyParts(addend);
  assertSameCurrency(a.currency, b);
  const scale = Math.max(a.scale, b.scale);
  return moneyOf(
    rescaleUp(a.units, a.scale, scale) + rescaleUp(b.units, b.scale, scale),
    a.currency,
    scale,
  );
}
