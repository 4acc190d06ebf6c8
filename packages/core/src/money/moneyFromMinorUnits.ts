import { TpeError } from '../errors/TpeError.js';
import { assertScale } from '../rounding/roundDecimal.js';
import { currency as lookUpCurrency } from './currency.js';
import { exponentOf, type Money, moneyOf } from './Money.js';

/**
 * Builds an amount from a whole number of minor units (cents for EUR), as
 * stored in an integer database column.
 *
 * @param units - a `bigint`, or a safe integer `number`
 * @param currencyCode - an ISO 4217 code; `"EUR"` by default
 * @param scale - digits after the point; the currency's exponent by default
 * @throws {@link TpeError} `INVALID_ARGUMENT` for a fractional or unsafe number
 *
 * @example
 * ```ts
 * import { moneyFromMinorUnits, formatMoney } from '@tpe/core';
 *
 * formatMoney(moneyFromMinorUnits(123456)); // '1234.56'
 * formatMoney(moneyFromMinorUnits(-5n, 'EUR')); // '-0.05'
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function moneyFromMinorUnits(
  units: bigint | number,
  currencyCode: string = 'EUR',
  scale?: number,
): Money {
  if (typeof units !== 'bigint' && !Number.isSafeInteger(units)) {
    throw new TpeError(
      'INVALID_ARGUMENT',
      `Minor units must be a safe integer or a bigint, got ${String(units)}`,
      {
        details: { units: String(units) },
      },
    );
  }
  const currency = lookUpCurrency(currencyCode);
  const target = scale ?? exponentOf(currency);
  assertScale(target);
  return moneyOf(BigInt(units), currency, target);
}
