import type DecimalJs from 'decimal.js';
import { Decimal } from '../decimal/Decimal.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import { TpeError } from '../errors/TpeError.js';
import { unknownRoundingMode } from '../internal/roundingIncrement.js';
import { DEFAULT_ROUNDING_MODE, type RoundingMode } from './RoundingMode.js';

const DECIMAL_JS_MODES: Readonly<Record<RoundingMode, DecimalJs.Rounding>> = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfDown: Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceiling: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/**
 * Rounds a decimal to `scale` digits after the point.
 *
 * @param value - a {@link Decimal} or a decimal string
 * @param scale - digits to keep after the point, a whole number from 0 to 100
 *   (negative scales are refused)
 * @param mode - see {@link RoundingMode}; half away from zero by default
 * @returns a new {@link Decimal}; the input is not changed
 * @throws {@link TpeError} `INVALID_ARGUMENT` for a bad scale or mode,
 *   `INVALID_DECIMAL` for a bad string
 *
 * @example
 * ```ts
 * import { roundDecimal } from '@tpe/core';
 *
 * roundDecimal('2.345', 2).toFixed(); // '2.35'
 * roundDecimal('-2.345', 2).toFixed(); // '-2.35'
 * roundDecimal('2.345', 2, 'halfEven').toFixed(); // '2.34'
 * ```
 *
 * @category Rounding
 * @since 0.1.0
 */
export function roundDecimal(
  value: Decimal | string,
  scale: number,
  mode: RoundingMode = DEFAULT_ROUNDING_MODE,
): Decimal {
  assertScale(scale);
  const rounding = Object.hasOwn(DECIMAL_JS_MODES, mode) ? DECIMAL_JS_MODES[mode] : undefined;
  if (rounding === undefined) throw unknownRoundingMode(mode);
  const decimal = typeof value === 'string' ? parseDecimal(value) : value;
  return new Decimal(decimal.toDecimalPlaces(scale, rounding));
}

/**
 * Checks that a scale (digits after the point) is a whole number from 0 to 100.
 *
 * @example
 * ```ts
 * import { assertScale } from '@tpe/core';
 *
 * assertScale(2); // passes
 * assertScale(-1); // throws TpeError INVALID_ARGUMENT
 * ```
 *
 * @category Rounding
 * @since 0.1.0
 */
export function assertScale(scale: unknown): asserts scale is number {
  if (!Number.isInteger(scale) || (scale as number) < 0 || (scale as number) > 100) {
    throw new TpeError(
      'INVALID_ARGUMENT',
      `A scale is a whole number from 0 to 100, got ${String(scale)}`,
      {
        details: { scale },
      },
    );
  }
}
