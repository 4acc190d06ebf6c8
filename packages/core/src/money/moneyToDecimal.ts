import { Decimal } from '../decimal/Decimal.js';
import { formatMoney } from './formatMoney.js';
import type { Money } from './Money.js';

/**
 * The value of an amount as a {@link Decimal}, to compute ratios or rates
 * from it (a penalty per day, a share of a total).
 *
 * @example
 * ```ts
 * import { moneyToDecimal, parseMoney } from '@tpe/core';
 *
 * moneyToDecimal(parseMoney('1234.56')).div(2).toFixed(); // '617.28'
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function moneyToDecimal(money: Money): Decimal {
  return new Decimal(formatMoney(money));
}
