import type { DineroCurrency } from 'dinero.js/bigint';
import * as currencies from 'dinero.js/bigint/currencies';
import { TpeError } from '../errors/TpeError.js';

/**
 * An ISO 4217 currency with its minor-unit exponent, as dinero.js describes it
 * (`{ code: 'EUR', base: 10n, exponent: 2 }`).
 *
 * @category Money
 * @since 0.1.0
 */
export type Currency = DineroCurrency<bigint>;

/**
 * The known currencies by code. A `Map`, so only the exact code of a known
 * currency finds one: `"eur"`, `"__proto__"` or a non-string finds nothing.
 */
const BY_CODE: ReadonlyMap<unknown, Currency> = new Map(
  Object.values(currencies).map((currency) => [currency.code, currency]),
);

/**
 * Looks up an ISO 4217 currency by its code.
 *
 * @param code - three upper-case letters (`"EUR"`, `"JPY"`, `"TND"`)
 * @returns the currency with its exponent (EUR 2, JPY 0, TND 3)
 * @throws {@link TpeError} `INVALID_CURRENCY` for anything else
 *
 * @example
 * ```ts
 * import { currency } from '@tpe/core';
 *
 * currency('TND').exponent; // 3n
 * currency('eur'); // throws TpeError INVALID_CURRENCY
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function currency(code: unknown): Currency {
  const found = BY_CODE.get(code);
  if (found === undefined) {
    const shown = typeof code === 'string' ? JSON.stringify(code.slice(0, 16)) : typeof code;
    throw new TpeError('INVALID_CURRENCY', `Not an ISO 4217 currency code: ${shown}`, {
      issues: [
        { path: [], code: 'invalid_currency', message: `Not an ISO 4217 currency code: ${shown}` },
      ],
    });
  }
  return found;
}

/**
 * Tells whether a value is an ISO 4217 code that {@link currency} knows.
 *
 * @example
 * ```ts
 * import { isCurrencyCode } from '@tpe/core';
 *
 * isCurrencyCode('EUR'); // true
 * isCurrencyCode('XYZ'); // false
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function isCurrencyCode(code: unknown): boolean {
  return BY_CODE.has(code);
}
