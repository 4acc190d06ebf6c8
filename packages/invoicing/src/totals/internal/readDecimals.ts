import { type DecimalOptions, toScaledBigInt, toScaledUnits } from '@tpe/core';
import { refuse } from '../../internal/readShape.js';
import { narrow, type Units } from '../../internal/units.js';

/**
 * Decimal strings read straight into scaled integers, accepting exactly what
 * the core decimal schemas accept under the same options: `toScaledUnits`
 * checks the syntax at the string's own scale, and the limits (decimals,
 * integer digits, sign) are read from the position of the point.
 */

/**
 * The number of decimals of a decimal string within `options`, or a
 * refusal. The syntax is checked by {@link unitsAt}, which must follow.
 */
export function decimalsWithin(value: unknown, options: Required<DecimalOptions>): number {
  if (typeof value !== 'string') refuse();
  const length = value.length;
  // The point, looked for among the last maxDecimals + 1 characters only: one
  // further left makes too many decimals, which unitsAt refuses.
  let point = -1;
  for (let index = length - 1; index >= 0 && index >= length - 1 - options.maxDecimals; index--) {
    if (value.charCodeAt(index) === 46 /* . */) {
      point = index;
      break;
    }
  }
  const negative = value.charCodeAt(0) === 45; /* - */
  if (negative && !options.allowNegative) refuse();
  const integerDigits = (point < 0 ? length : point) - (negative ? 1 : 0);
  const decimals = point < 0 ? 0 : length - point - 1;
  if (decimals > options.maxDecimals || integerDigits > options.maxIntegerDigits) refuse();
  return decimals;
}

/**
 * The whole number of `10^-scale` a decimal string stands for, the string
 * having passed {@link decimalsWithin} with at most `scale` decimals; a
 * bigint only past 2^53. Throws for a string that is not a plain decimal.
 */
export function unitsAt(text: string, scale: number): Units {
  // At most 15 digits once scaled: a safe integer.
  return text.length + scale <= 15
    ? toScaledUnits(text, scale)
    : narrow(toScaledBigInt(text, scale));
}

/** An amount in cents, exactly as `decimalStringSchema(options)` (2 decimals at most) accepts it. */
export function readCents(value: unknown, options: Required<DecimalOptions>): Units {
  decimalsWithin(value, options);
  return unitsAt(value as string, 2);
}
