import { type Money, moneyParts } from './Money.js';

/**
 * Writes an amount as a plain decimal string with exactly its scale's digits
 * after the point (`"1234.56"`, `"-0.05"`, `"1500"` for JPY): the form used in
 * JSON, SQL `DECIMAL` columns and EN 16931 XML.
 *
 * @example
 * ```ts
 * import { formatMoney, parseMoney } from '@tpe/core';
 *
 * formatMoney(parseMoney('1234.5')); // '1234.50'
 * formatMoney(parseMoney('-0.05')); // '-0.05'
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function formatMoney(money: Money): string {
  const { units, scale } = moneyParts(money);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const integer = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${integer}${scale > 0 ? `.${fraction}` : ''}`;
}
