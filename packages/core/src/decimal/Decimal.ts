import DecimalJs from 'decimal.js';

/**
 * The arbitrary-precision decimal used for rates, quantities and ratios: a
 * private decimal.js constructor (60 significant digits, half-up by default,
 * plain notation) so that no global configuration of decimal.js is touched.
 *
 * **When to use**: build values with {@link parseDecimal} (strict strings);
 * `new Decimal(...)` accepts anything decimal.js accepts, floats included.
 *
 * @example
 * ```ts
 * import { parseDecimal } from '@tpe/core';
 *
 * parseDecimal('0.1').plus(parseDecimal('0.2')).toFixed(); // '0.3'
 * ```
 *
 * @category Decimals
 * @since 0.1.0
 */
export const Decimal = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -100,
  toExpPos: 100,
});

/**
 * An instance of {@link Decimal}.
 *
 * @category Decimals
 * @since 0.1.0
 */
export type Decimal = DecimalJs;
