/**
 * Limits applied when a decimal string is read.
 *
 * @category Decimals
 * @since 0.1.0
 */
export interface DecimalOptions {
  /** Most digits allowed after the point. Default 12. */
  readonly maxDecimals?: number;
  /** Most digits allowed before the point. Default 18. */
  readonly maxIntegerDigits?: number;
  /** Whether a leading `-` is accepted. Default `true`. */
  readonly allowNegative?: boolean;
}

/**
 * The limits of the usual kinds of decimal figures on French business
 * documents. Rates are percentages (`"20"`, `"5.5"`, `"12.15"`), as printed on
 * invoices and carried by EN 16931 (BT-119).
 *
 * | kind | decimals | integer digits | negative |
 * |---|---|---|---|
 * | `amount` | 2 | 15 | yes |
 * | `price` | 6 | 15 | no (EN 16931 BR-27) |
 * | `quantity` | 6 | 12 | yes (credit lines) |
 * | `rate` | 6 | 4 | no |
 *
 * @example
 * ```ts
 * import { DECIMAL_KINDS, parseDecimal } from '@tpe/core';
 *
 * parseDecimal('12.345678', DECIMAL_KINDS.price).toFixed(); // '12.345678'
 * ```
 *
 * @category Decimals
 * @since 0.1.0
 */
export const DECIMAL_KINDS = Object.freeze({
  amount: Object.freeze({ maxDecimals: 2, maxIntegerDigits: 15, allowNegative: true }),
  price: Object.freeze({ maxDecimals: 6, maxIntegerDigits: 15, allowNegative: false }),
  quantity: Object.freeze({ maxDecimals: 6, maxIntegerDigits: 12, allowNegative: true }),
  rate: Object.freeze({ maxDecimals: 6, maxIntegerDigits: 4, allowNegative: false }),
} satisfies Record<string, Required<DecimalOptions>>);
