import { TpeError } from '../errors/TpeError.js';
import { divideRoundedBigInt, divideRoundedSafe } from '../internal/divideRounded.js';
import { currency as lookUpCurrency } from '../money/currency.js';
import { exponentOf } from '../money/Money.js';
import { DEFAULT_ROUNDING_MODE, type RoundingMode } from '../rounding/RoundingMode.js';
import { assertScale } from '../rounding/roundDecimal.js';
import type { AmountColumn, DecimalColumn } from './columns.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Options of {@link multiplyColumns}.
 *
 * @category Batch
 * @since 0.1.0
 */
export interface MultiplyColumnsOptions {
  /** The currency of the products; `"EUR"` by default. */
  readonly currency?: string;
  /** Digits kept; the currency's exponent by default. */
  readonly scale?: number;
  /** How each exact product is rounded; half away from zero by default. */
  readonly rounding?: RoundingMode;
}

/**
 * Multiplies two columns entry by entry (quantity × unit price) and rounds
 * each exact product once: the line amounts of many invoice lines at once.
 *
 * **Details**: each product is computed in integers when it stays below
 * 2^53 and in `bigint` otherwise, so every entry equals
 * {@link multiplyMoney} on the same values.
 *
 * @throws {@link TpeError} `INVALID_ARGUMENT` for columns of different lengths
 *
 * @example
 * ```ts
 * import { multiplyColumns, parseDecimalColumn, formatAmountColumn } from '@tpe/core';
 *
 * const quantities = parseDecimalColumn(['3', '0.5'], 3);
 * const prices = parseDecimalColumn(['12.3456', '0.0150'], 4);
 * formatAmountColumn(multiplyColumns(quantities, prices)); // ['37.04', '0.01']
 * ```
 *
 * @category Batch
 * @since 0.1.0
 */
export function multiplyColumns(
  left: DecimalColumn,
  right: DecimalColumn,
  options: MultiplyColumnsOptions = {},
): AmountColumn {
  if (left.units.length !== right.units.length) {
    throw new TpeError(
      'INVALID_ARGUMENT',
      `Columns of different lengths: ${left.units.length} and ${right.units.length}`,
    );
  }
  const currency = lookUpCurrency(options.currency ?? 'EUR');
  const scale = options.scale ?? exponentOf(currency);
  assertScale(scale);
  const mode = options.rounding ?? DEFAULT_ROUNDING_MODE;
  const productScale = left.scale + right.scale;
  const out = new Float64Array(left.units.length);
  if (scale >= productScale) {
    const factor = 10 ** (scale - productScale);
    for (let index = 0; index < out.length; index++) {
      const exact = (left.units[index] as number) * (right.units[index] as number) * factor;
      if (!Number.isSafeInteger(exact)) throw tooLarge(index);
      out[index] = exact + 0;
    }
    return { currency, scale, units: out };
  }
  const divisor = 10 ** (productScale - scale);
  if (!Number.isSafeInteger(divisor)) {
    for (let index = 0; index < out.length; index++)
      out[index] = bigProduct(left, right, index, scale, mode);
    return { currency, scale, units: out };
  }
  const leftUnits = left.units;
  const rightUnits = right.units;
  for (let index = 0; index < out.length; index++) {
    const product = (leftUnits[index] as number) * (rightUnits[index] as number);
    out[index] =
      product <= MAX_SAFE && product >= -MAX_SAFE
        ? divideRoundedSafe(product, divisor, mode)
        : bigProduct(left, right, index, scale, mode);
  }
  return { currency, scale, units: out };
}

/** One product through `bigint`, for operands whose product passes 2^53. */
function bigProduct(
  left: DecimalColumn,
  right: DecimalColumn,
  index: number,
  scale: number,
  mode: RoundingMode,
): number {
  const product = BigInt(left.units[index] as number) * BigInt(right.units[index] as number);
  const divisor = 10n ** BigInt(left.scale + right.scale - scale);
  const rounded = Number(divideRoundedBigInt(product, divisor, mode));
  if (!Number.isSafeInteger(rounded)) throw tooLarge(index);
  return rounded;
}

function tooLarge(index: number): TpeError {
  return new TpeError('OUT_OF_RANGE', `Product ${index} exceeds 2^53 − 1 minor units`, {
    issues: [{ path: [index], code: 'too_large', message: 'Product exceeds 2^53 − 1 minor units' }],
  });
}
