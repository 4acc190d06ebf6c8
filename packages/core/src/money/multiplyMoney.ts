import { Decimal } from '../decimal/Decimal.js';
import { TpeError } from '../errors/TpeError.js';
import { isIssue, readDecimal, scaledBigInt } from '../internal/decimalSyntax.js';
import { divideRoundedBigInt } from '../internal/divideRounded.js';
import { DEFAULT_ROUNDING_MODE, type RoundingMode } from '../rounding/RoundingMode.js';
import { assertScale } from '../rounding/roundDecimal.js';
import { exponentOf, type Money, moneyOf, moneyParts, rescaleUp } from './Money.js';

/**
 * Options of {@link multiplyMoney}.
 *
 * @category Money
 * @since 0.1.0
 */
export interface MultiplyMoneyOptions {
  /** Digits kept after the point; the currency's exponent by default. */
  readonly scale?: number;
  /** How the exact product is rounded to `scale`; half away from zero by default. */
  readonly rounding?: RoundingMode;
}

/**
 * Multiplies an amount by a decimal factor (a quantity, or a rate written as a
 * fraction: `"0.2"` for 20 %) and rounds the exact product once, to the given
 * scale, by the given mode.
 *
 * **Details**: the product is computed exactly on integers before the single
 * rounding, so `0.1 × 3 = 0.30` and `19.99 × 0.055 = 1.10` (1.09945 rounded
 * half-up).
 *
 * @param money - the multiplicand
 * @param factor - a decimal string (up to 30 decimals) or a {@link Decimal}
 * @param options - the scale and rounding mode of the result
 * @throws {@link TpeError} `INVALID_DECIMAL` for a bad factor
 *
 * @example
 * ```ts
 * import { multiplyMoney, parseMoney, formatMoney } from '@tpe/core';
 *
 * const unitPrice = parseMoney('12.3456', 'EUR', { scale: 4 });
 * formatMoney(multiplyMoney(unitPrice, '3')); // '37.04'
 * formatMoney(multiplyMoney(parseMoney('19.99'), '0.055')); // '1.10'
 * formatMoney(multiplyMoney(parseMoney('0.05'), '0.5', { rounding: 'halfEven' })); // '0.02'
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function multiplyMoney(
  money: Money,
  factor: string | Decimal,
  options: MultiplyMoneyOptions = {},
): Money {
  const parts = moneyParts(money);
  const scale = options.scale ?? exponentOf(parts.currency);
  assertScale(scale);
  const text = Decimal.isDecimal(factor) ? factor.toFixed() : factor;
  const read = readDecimal(text, { maxDecimals: 30, maxIntegerDigits: 30 });
  if (isIssue(read)) {
    throw new TpeError('INVALID_DECIMAL', read.message, {
      issues: [{ ...read, path: ['factor'] }],
    });
  }
  const factorScale = read.fraction.length;
  const product = parts.units * scaledBigInt(read, factorScale);
  const productScale = parts.scale + factorScale;
  const units =
    scale >= productScale
      ? rescaleUp(product, productScale, scale)
      : divideRoundedBigInt(
          product,
          10n ** BigInt(productScale - scale),
          options.rounding ?? DEFAULT_ROUNDING_MODE,
        );
  return moneyOf(units, parts.currency, scale);
}
