import { formatMoney } from './formatMoney.js';
import { type Money, moneyParts } from './Money.js';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Writes an amount the French way, as `Intl.NumberFormat('fr-FR')` does:
 * `1 234,56 €` (a narrow no-break space U+202F between thousands, a no-break
 * space U+00A0 before the symbol), with exactly the amount's scale of decimals.
 *
 * **Details**: the exact decimal string is handed to `Intl`, never a float, so
 * amounts beyond 2^53 cents print exactly.
 *
 * @example
 * ```ts
 * import { formatMoneyFr, parseMoney } from '@tpe/core';
 *
 * formatMoneyFr(parseMoney('1234.56')); // '1\u202f234,56\u00a0€'
 * formatMoneyFr(parseMoney('-0.05')); // '-0,05\u00a0€'
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function formatMoneyFr(money: Money): string {
  const { currency, scale } = moneyParts(money);
  const key = `${currency.code}:${scale}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('fr-FR', {
      style: 'currency',
      currency: currency.code,
      minimumFractionDigits: scale,
      maximumFractionDigits: scale,
    });
    formatters.set(key, formatter);
  }
  // ES2023 Intl formats decimal strings exactly; the lib typings still say number.
  return formatter.format(formatMoney(money) as unknown as number);
}
