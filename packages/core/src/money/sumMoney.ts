import { TpeError } from '../errors/TpeError.js';
import { currency as lookUpCurrency } from './currency.js';
import {
  assertSameCurrency,
  exponentOf,
  type Money,
  moneyOf,
  moneyParts,
  rescaleUp,
} from './Money.js';

/**
 * Adds a list of amounts of one currency, exactly; the result has the largest
 * scale of the list.
 *
 * **Gotchas**: the sum of an empty list needs to know its currency: pass
 * `currencyCode`, or the call throws.
 *
 * @param amounts - the amounts to add
 * @param currencyCode - the currency of the (possibly empty) list
 * @throws {@link TpeError} `CURRENCY_MISMATCH`; `INVALID_ARGUMENT` for an empty
 *   list without a currency
 *
 * @example
 * ```ts
 * import { sumMoney, parseMoney, formatMoney } from '@tpe/core';
 *
 * formatMoney(sumMoney(['19.99', '5.01', '0.10'].map((a) => parseMoney(a)))); // '25.10'
 * formatMoney(sumMoney([], 'EUR')); // '0.00'
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function sumMoney(amounts: readonly Money[], currencyCode?: string): Money {
  const parts = amounts.map(moneyParts);
  const first = parts[0];
  if (first === undefined) {
    if (currencyCode === undefined) {
      throw new TpeError('INVALID_ARGUMENT', 'The sum of no amounts needs a currency code');
    }
    const currency = lookUpCurrency(currencyCode);
    return moneyOf(0n, currency, exponentOf(currency));
  }
  assertSameCurrency(
    currencyCode === undefined ? first.currency : lookUpCurrency(currencyCode),
    ...parts,
  );
  const scale = Math.max(...parts.map((part) => part.scale));
  let total = 0n;
  for (const part of parts) total += rescaleUp(part.units, part.scale, scale);
  return moneyOf(total, first.currency, scale);
}
