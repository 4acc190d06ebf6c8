import { currency as lookUpCurrency } from './currency.js';
import { exponentOf, type Money, moneyOf } from './Money.js';

/**
 * Zero in a currency, at the currency's exponent.
 *
 * @example
 * ```ts
 * import { zeroMoney, formatMoney } from '@tpe/core';
 *
 * formatMoney(zeroMoney()); // '0.00'
 * formatMoney(zeroMoney('JPY')); // '0'
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function zeroMoney(currencyCode: string = 'EUR'): Money {
  const currency = lookUpCurrency(currencyCode);
  return moneyOf(0n, currency, exponentOf(currency));
}
