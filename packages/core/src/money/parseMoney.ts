import { TpeError } from '../errors/TpeError.js';
import { isIssue, readDecimal, scaledBigInt } from '../internal/decimalSyntax.js';
import { attempt, type Result } from '../result/Result.js';
import { assertScale } from '../rounding/roundDecimal.js';
import { currency as lookUpCurrency } from './currency.js';
import { exponentOf, type Money, moneyOf } from './Money.js';

/**
 * Options of {@link parseMoney}.
 *
 * @category Money
 * @since 0.1.0
 */
export interface ParseMoneyOptions {
  /**
   * Digits kept after the point; at least the currency's exponent, which is
   * the default. Raise it for intermediate amounts (unit prices with 4 decimals).
   */
  readonly scale?: number;
}

/**
 * Reads an amount of money from a decimal string and an ISO 4217 currency.
 *
 * **Details**: the string follows {@link parseDecimal}'s strict syntax and may
 * not have more decimals than the scale (the currency's exponent by default:
 * `"12.345"` EUR is refused rather than silently rounded). At most 18 integer
 * digits.
 *
 * @param amount - a decimal string, e.g. `"1234.56"`
 * @param currencyCode - an ISO 4217 code; `"EUR"` by default
 * @param options - a larger scale if needed
 * @returns the exact {@link Money}
 * @throws {@link TpeError} `INVALID_DECIMAL`, `INVALID_CURRENCY` or `INVALID_ARGUMENT`
 *
 * @example
 * ```ts
 * import { parseMoney, formatMoney } from '@tpe/core';
 *
 * formatMoney(parseMoney('1234.5')); // '1234.50'
 * formatMoney(parseMoney('1500', 'JPY')); // '1500'
 * formatMoney(parseMoney('2.125', 'TND')); // '2.125'
 * formatMoney(parseMoney('0.1235', 'EUR', { scale: 4 })); // '0.1235'
 * parseMoney('12,50'); // throws TpeError INVALID_DECIMAL
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function parseMoney(
  amount: unknown,
  currencyCode: string = 'EUR',
  options: ParseMoneyOptions = {},
): Money {
  const currency = lookUpCurrency(currencyCode);
  const exponent = exponentOf(currency);
  const scale = options.scale ?? exponent;
  assertScale(scale);
  if (scale < exponent) {
    throw new TpeError(
      'INVALID_ARGUMENT',
      `A ${currency.code} amount needs a scale of at least ${exponent}, got ${scale}`,
      { details: { scale, exponent } },
    );
  }
  const parts = readDecimal(amount, { maxDecimals: scale, maxIntegerDigits: 18 });
  if (isIssue(parts)) {
    throw new TpeError('INVALID_DECIMAL', parts.message, { issues: [parts] });
  }
  return moneyOf(scaledBigInt(parts, scale), currency, scale);
}

/**
 * {@link parseMoney} returning a {@link Result} instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseMoney } from '@tpe/core';
 *
 * safeParseMoney('1e3').ok; // false
 * safeParseMoney('1000', 'EUR').ok; // true
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function safeParseMoney(
  amount: unknown,
  currencyCode?: string,
  options?: ParseMoneyOptions,
): Result<Money> {
  return attempt(() => parseMoney(amount, currencyCode, options));
}
