import { TpeError } from '../errors/TpeError.js';
import { describe } from '../internal/decimalSyntax.js';
import { hundredthsDigits, PAIRS, POINT_DIGITS, wholeDigits } from '../internal/digitGroups.js';
import { assertScale } from '../rounding/roundDecimal.js';

/**
 * Writes a whole number of `10^-scale` as a plain decimal string with
 * exactly `scale` digits after the point: `1215` at scale 2 is `'12.15'`.
 * The inverse of {@link toScaledUnits} and {@link toScaledBigInt}, in the
 * form of {@link formatMoney} (`'-0.05'`, `'1500'` at scale 0).
 *
 * @param units - a safe integer or a bigint
 * @param scale - the number of decimals of the unit, a whole number from 0 to 100
 * @throws {@link TpeError} `INVALID_ARGUMENT` for units that are not a safe
 *   integer or a bigint, or a bad scale
 *
 * @example
 * ```ts
 * import { formatScaledUnits } from '@tpe/core';
 *
 * formatScaledUnits(1215, 2); // '12.15'
 * formatScaledUnits(-5, 2); // '-0.05'
 * formatScaledUnits(123456789, 6); // '123.456789'
 * formatScaledUnits(1500, 0); // '1500'
 * formatScaledUnits(12345678901234567890n, 2); // '123456789012345678.90'
 * formatScaledUnits(0.5, 2); // throws TpeError INVALID_ARGUMENT
 * ```
 *
 * @category Scaled integers
 * @since 0.1.0
 */
export function formatScaledUnits(units: number | bigint, scale: number): string {
  // Amounts in cents first: the call small enough for the engine to inline.
  if (scale === 2 && Number.isSafeInteger(units)) return formatHundredths(units as number);
  return formatAnyScale(units, scale);
}

/** A safe integer of hundredths, with its sign. */
function formatHundredths(units: number): string {
  return units < 0 ? `-${hundredthsDigits(-units)}` : hundredthsDigits(units);
}

/** Any units at any scale, or the error that refuses them. */
function formatAnyScale(units: number | bigint, scale: number): string {
  if (typeof units === 'number') {
    if (Number.isSafeInteger(units) && scale >= 0 && scale <= 100 && (scale | 0) === scale) {
      return formatSafeInteger(units, scale);
    }
  } else if (typeof units === 'bigint') {
    assertScale(scale);
    return formatDigits(String(units < 0n ? -units : units), units < 0n, scale);
  }
  assertScale(scale);
  throw new TpeError(
    'INVALID_ARGUMENT',
    `Scaled units are a safe integer or a bigint, got ${describe(units)}`,
    { details: { units } },
  );
}

/**
 * A safe integer, its decimals taken off two by two from the right until one
 * or two are left, which are written with the whole part in front of them by
 * {@link hundredthsDigits} or {@link wholeDigits}. Each float quotient by 10 or 100 truncates exactly
 * (see `divideRoundedSafe`), and the products below stay exact.
 */
function formatSafeInteger(units: number, scale: number): string {
  if (scale === 0) return String(units + 0);
  const negative = units < 0;
  let rest = negative ? -units : units;
  let fraction = '';
  let digits = scale;
  while (digits > 2) {
    const high = Math.trunc(rest / 100);
    fraction = (PAIRS[rest - high * 100] as string) + fraction;
    rest = high;
    digits -= 2;
  }
  let head: string;
  if (digits === 2) {
    head = hundredthsDigits(rest);
  } else {
    const whole = Math.trunc(rest / 10);
    head = wholeDigits(whole) + (POINT_DIGITS[rest - whole * 10] as string);
  }
  const text = scale > 2 ? head + fraction : head;
  return negative ? `-${text}` : text;
}

/** The digits of a magnitude, with a sign and a point placed `scale` digits from the right. */
function formatDigits(digits: string, negative: boolean, scale: number): string {
  const padded = digits.padStart(scale + 1, '0');
  const cut = padded.length - scale;
  const text = scale === 0 ? padded : `${padded.slice(0, cut)}.${padded.slice(cut)}`;
  return negative ? `-${text}` : text;
}
