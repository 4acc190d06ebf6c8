import type { Dinero } from 'dinero.js/bigint';
import { dinero, toSnapshot } from 'dinero.js/bigint';
import { TpeError } from '../errors/TpeError.js';
import type { Currency } from './currency.js';

/**
 * An exact amount of money: a dinero.js v2 object over `bigint` minor units,
 * so no amount is ever too large and no float is ever involved.
 *
 * **When to use**: every amount of money inside the `@tpe` suite. Build one with
 * {@link parseMoney}, read it back with {@link formatMoney}. Being a plain
 * dinero.js object, it also works with dinero.js's own `dinero.js/bigint`
 * functions.
 *
 * **Gotchas**: the scale of a `Money` is the number of digits after the point
 * it carries; it is the currency's exponent (2 for EUR) unless a computation
 * asked for more.
 *
 * @example
 * ```ts
 * import { parseMoney, formatMoney, type Money } from '@tpe/core';
 *
 * const price: Money = parseMoney('19.99', 'EUR');
 * formatMoney(price); // '19.99'
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export type Money = Dinero<bigint, string>;

/** The raw facts of a {@link Money}: minor units at `scale`, and the currency. */
export interface MoneyParts {
  readonly units: bigint;
  readonly scale: number;
  readonly currency: Currency;
}

/** Takes a {@link Money} apart. */
export function moneyParts(money: Money): MoneyParts {
  const snapshot = toSnapshot(money);
  return { units: snapshot.amount, scale: Number(snapshot.scale), currency: snapshot.currency };
}

/** Builds a {@link Money} from its parts. */
export function moneyOf(units: bigint, currency: Currency, scale: number): Money {
  return dinero({ amount: units, currency, scale: BigInt(scale) });
}

/** The number of minor-unit digits of a currency (2 for EUR). */
export function exponentOf(currency: Currency): number {
  return Number(currency.exponent);
}

/** Throws `CURRENCY_MISMATCH` unless every amount is in the `expected` currency. */
export function assertSameCurrency(expected: Currency, ...amounts: readonly MoneyParts[]): void {
  for (const { currency } of amounts) {
    if (currency.code !== expected.code) {
      throw new TpeError(
        'CURRENCY_MISMATCH',
        `Cannot combine ${expected.code} and ${currency.code} amounts`,
        { details: { currencies: [expected.code, currency.code] } },
      );
    }
  }
}

/** Brings minor units from one scale up to a larger one (exact). */
export function rescaleUp(units: bigint, from: number, to: number): bigint {
  return to === from ? units : units * 10n ** BigInt(to - from);
}
