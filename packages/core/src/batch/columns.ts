import type { Currency } from '../money/currency.js';

/**
 * Many decimal values of one scale, stored as whole numbers of `10^-scale` in
 * a `Float64Array` (every entry a safe integer, so the arithmetic is exact
 * integer arithmetic).
 *
 * **When to use**: processing hundreds of thousands of values (a year of
 * invoice lines) where one object per value would be too slow. Build with
 * {@link parseDecimalColumn}.
 *
 * @example
 * ```ts
 * import { parseDecimalColumn } from '@tpe/core';
 *
 * const quantities = parseDecimalColumn(['1', '2.5', '0.125'], 3);
 * quantities.units; // Float64Array [1000, 2500, 125]
 * ```
 *
 * @category Batch
 * @since 0.1.0
 */
export interface DecimalColumn {
  readonly scale: number;
  readonly units: Float64Array;
}

/**
 * A {@link DecimalColumn} of amounts of one currency. Build with
 * {@link parseAmountColumn}; read with {@link formatAmountColumn} or
 * {@link amountAt}.
 *
 * @example
 * ```ts
 * import { parseAmountColumn } from '@tpe/core';
 *
 * parseAmountColumn(['19.99', '-5.00']).units; // Float64Array [1999, -500]
 * ```
 *
 * @category Batch
 * @since 0.1.0
 */
export interface AmountColumn extends DecimalColumn {
  readonly currency: Currency;
}
