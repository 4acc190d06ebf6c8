import { type Money, moneyParts } from './Money.js';

/**
 * The sign of an amount: `-1`, `0` or `1`.
 *
 * @example
 * ```ts
 * import { signOfMoney, parseMoney } from '@tpe/core';
 *
 * signOfMoney(parseMoney('-0.01')); // -1
 * signOfMoney(parseMoney('0.00')); // 0
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function signOfMoney(money: Money): -1 | 0 | 1 {
  const { units } = moneyParts(money);
  return units < 0n ? -1 : units > 0n ? 1 : 0;
}

/**
 * Tells whether an amount is zero.
 *
 * @example
 * ```ts
 * import { isZeroMoney, parseMoney } from '@tpe/core';
 *
 * isZeroMoney(parseMoney('0.00')); // true
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function isZeroMoney(money: Money): boolean {
  return signOfMoney(money) === 0;
}

/**
 * Tells whether an amount is below zero.
 *
 * @example
 * ```ts
 * import { isNegativeMoney, parseMoney } from '@tpe/core';
 *
 * isNegativeMoney(parseMoney('-12.00')); // true
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function isNegativeMoney(money: Money): boolean {
  return signOfMoney(money) < 0;
}
