/**
 * Exact scaled integers for rates and amounts that were already validated as
 * plain decimal strings (`-?(0|[1-9][0-9]*)(\.[0-9]+)?`): a value is a whole
 * number of `10^-scale`. Rates (at most 4 integer and 6 decimal digits) always
 * fit in a safe integer.
 */

/** '0' … '999'. */
const SMALL: readonly string[] = Object.freeze(
  Array.from({ length: 1000 }, (_, index) => String(index)),
);
/** '00' … '99'. */
const PAIRS: readonly string[] = Object.freeze(
  Array.from({ length: 100 }, (_, index) => String(index).padStart(2, '0')),
);

/** '.00' … '.99'. */
const POINT_PAIRS: readonly string[] = Object.freeze(PAIRS.map((pair) => `.${pair}`));

/** A point and `fraction` (below 10^scale) written with exactly `scale` digits. */
function fractionDigits(fraction: number, scale: number): string {
  switch (scale) {
    case 2:
      return POINT_PAIRS[fraction] as string;
    case 6: {
      const high = Math.floor(fraction / 10_000);
      const rest = fraction - high * 10_000;
      const middle = Math.floor(rest / 100);
      return (
        (POINT_PAIRS[high] as string) +
        (PAIRS[middle] as string) +
        (PAIRS[rest - middle * 100] as string)
      );
    }
    default: {
      const digits = String(fraction);
      return `.${ZEROS[scale - digits.length] as string}${digits}`;
    }
  }
}

/** Below this, `integer × divisor` stays a safe integer. */
const FAST_LIMIT = 2 ** 52;
const POWERS: readonly number[] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
const ZEROS: readonly string[] = ['', '0', '00', '000', '0000', '00000', '000000'];

/** The number of digits after the point of a validated decimal string. */
export function decimalsOf(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** A validated decimal string as a whole number of `10^-scale` (`scale` ≥ its decimals). */
export function toScaledNumber(text: string, scale: number): number {
  const point = text.indexOf('.');
  const digits = point < 0 ? text : text.slice(0, point) + text.slice(point + 1);
  const decimals = point < 0 ? 0 : text.length - point - 1;
  return Number.parseInt(digits.padEnd(digits.length + scale - decimals, '0'), 10);
}

/** A validated decimal string as a whole number of `10^-scale`, as a bigint. */
export function toScaledBigInt(text: string, scale: number): bigint {
  const point = text.indexOf('.');
  const digits = point < 0 ? text : text.slice(0, point) + text.slice(point + 1);
  const decimals = point < 0 ? 0 : text.length - point - 1;
  return BigInt(digits.padEnd(digits.length + scale - decimals, '0'));
}

/** Writes a whole number of `10^-scale` as a decimal string with exactly `scale` decimals. */
export function formatScaled(units: number | bigint, scale: number): string {
  if (typeof units === 'number' && units >= 0 && units <= FAST_LIMIT && scale > 0 && scale <= 6) {
    const divisor = POWERS[scale] as number;
    let integer = Math.floor(units / divisor);
    let fraction = units - integer * divisor;
    // The float quotient can be one off: correct it exactly.
    if (fraction < 0) {
      integer -= 1;
      fraction += divisor;
    } else if (fraction >= divisor) {
      integer += 1;
      fraction -= divisor;
    }
    const whole = integer < 1000 ? (SMALL[integer] as string) : String(integer);
    return whole + fractionDigits(fraction, scale);
  }
  const negative = units < 0;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  if (scale === 0) return negative ? `-${digits}` : digits;
  const cut = digits.length - scale;
  return `${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

/** `numerator / divisor` rounded half away from zero; both non-negative safe integers, divisor > 0. */
export function divideHalfUp(numerator: number, divisor: number): number {
  let quotient = Math.floor(numerator / divisor);
  let remainder = numerator - quotient * divisor;
  // The float quotient can be one off near integer boundaries: correct it exactly.
  if (remainder < 0) {
    quotient -= 1;
    remainder += divisor;
  } else if (remainder >= divisor) {
    quotient += 1;
    remainder -= divisor;
  }
  return remainder * 2 >= divisor ? quotient + 1 : quotient;
}

/** `numerator / divisor` rounded half away from zero; both non-negative, divisor > 0. */
export function divideHalfUpBigInt(numerator: bigint, divisor: bigint): bigint {
  const quotient = numerator / divisor;
  return (numerator % divisor) * 2n >= divisor ? quotient + 1n : quotient;
}
