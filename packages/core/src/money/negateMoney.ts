import { type Money, moneyOf, moneyParts } from './Money.js';

/**
 * The opposite of an amount (a credit note line from an invoice line).
 *
 * @example
 * ```ts
 * import { negateMoney, parseMoney, formatMoney } from '@tpe/core';
 *
 * formatMoney(negateMoney(parseMoney('12.50'))); // '-12.50'
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function negateMoney(money: Money): Money {
  const { units, currency, scale } = moneyParts(money);
  return moneyOf(-units, currency, scale);
}
