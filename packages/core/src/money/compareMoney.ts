import { assertSameCurrency, type Money, moneyParts, rescaleUp } from './Money.js';

/**
 * Compares two amounts of the same currency: `-1` if the first is smaller,
 * `0` if equal (whatever their scales: `1.5` equals `1.50`), `1` if larger.
 * Usable as an `Array.prototype.sort` comparator.
 *
 * @throws {@link TpeError} `CURRENCY_MISMATCH` for two currencies
 *
 * @example
 * ```ts
 * import { compareMoney, parseMoney } from '@tpe/core';
 *
 * compareMoney(parseMoney('9.99'), parseMoney('10.00')); // -1
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function compareMoney(left: Money, right: Money): -1 | 0 | 1 {
  const a = moneyParts(left);
  const b = moneyParts(right);
  assertSameCurrency(a.currency, b);
  const scale = Math.max(a.scale, b.scale);
  const x = rescaleUp(a.units, a.scale, scale);
  const y = rescaleUp(b.units, b.scale, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Tells whether two amounts of the same currency are equal in value.
 *
 * @throws {@link TpeError} `CURRENCY_MISMATCH` for two currencies
 *
 * @example
 * ```ts
 * import { equalsMoney, parseMoney } from '@tpe/core';
 *
 * equalsMoney(parseMoney('1.5'), parseMoney('1.50')); // true
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function equalsMoney(left: Money, right: Money): boolean {
  return compareMoney(left, right) === 0;
}
