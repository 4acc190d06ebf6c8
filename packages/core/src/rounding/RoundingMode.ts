/**
 * The rounding modes of the `@tpe` suite, named as in decimal.js and Java's
 * `RoundingMode` (where "up" means away from zero):
 *
 * | mode | 2.345 → 2 decimals | −2.345 → 2 decimals | use |
 * |---|---|---|---|
 * | `halfUp` | 2.35 | −2.35 | French invoices (half away from zero): the default |
 * | `halfEven` | 2.34 | −2.34 | banker's rounding, statistics |
 * | `halfDown` | 2.34 | −2.34 | rarely |
 * | `up` | 2.35 | −2.35 | away from zero |
 * | `down` | 2.34 | −2.34 | towards zero (truncation) |
 * | `ceiling` | 2.35 | −2.34 | towards +∞ |
 * | `floor` | 2.34 | −2.35 | towards −∞ |
 *
 * @example
 * ```ts
 * import { roundDecimal, type RoundingMode } from '@tpe/core';
 *
 * const mode: RoundingMode = 'halfEven';
 * roundDecimal('2.345', 2, mode).toFixed(); // '2.34'
 * ```
 *
 * @category Rounding
 * @since 0.1.0
 */
export type RoundingMode = 'halfUp' | 'halfEven' | 'halfDown' | 'up' | 'down' | 'ceiling' | 'floor';

/**
 * Every {@link RoundingMode}, for validation and exhaustive tests.
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES } from '@tpe/core';
 *
 * ROUNDING_MODES.includes('halfUp'); // true
 * ```
 *
 * @category Rounding
 * @since 0.1.0
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze([
  'halfUp',
  'halfEven',
  'halfDown',
  'up',
  'down',
  'ceiling',
  'floor',
]);

/**
 * The rounding mode used when none is given: half away from zero, as on
 * French invoices.
 *
 * @example
 * ```ts
 * import { DEFAULT_ROUNDING_MODE } from '@tpe/core';
 *
 * DEFAULT_ROUNDING_MODE; // 'halfUp'
 * ```
 *
 * @category Rounding
 * @since 0.1.0
 */
export const DEFAULT_ROUNDING_MODE: RoundingMode = 'halfUp';
