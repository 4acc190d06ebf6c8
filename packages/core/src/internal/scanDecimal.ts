import type { DecimalOptions } from '../decimal/DecimalOptions.js';
import { TpeError } from '../errors/TpeError.js';
import { isIssue, MAX_DECIMAL_STRING_LENGTH, readDecimal } from './decimalSyntax.js';

/** {@link MAX_DECIMAL_STRING_LENGTH}, read once: the integer digits a scaled read allows. */
export const MAX_LENGTH: number = MAX_DECIMAL_STRING_LENGTH;

/** 10^0 … 10^22: the powers of ten a float holds exactly (each product by ten is exact). */
export const POWERS_OF_TEN: readonly number[] = /* @__PURE__ */ powersOfTen();

function powersOfTen(): readonly number[] {
  const powers = [1];
  for (let exponent = 1; exponent <= 22; exponent++) {
    powers.push((powers[exponent - 1] as number) * 10);
  }
  return Object.freeze(powers);
}

/**
 * Reads a decimal string with no allocation: the hot-path twin of
 * {@link readDecimal}, which accepts exactly the same strings under the same
 * limits (a property test holds them together). Answers the number of digits
 * after the point, or -1 where {@link readDecimal} answers an issue; the
 * caller then asks {@link decimalError} for the error that explains it.
 */
export function scanDecimal(
  input: unknown,
  maxDecimals: number,
  maxIntegerDigits: number,
  allowNegative: boolean,
): number {
  if (typeof input !== 'string') return -1;
  const length = input.length;
  if (length === 0 || length > MAX_LENGTH) return -1;
  let index = 0;
  if (input.charCodeAt(0) === 45 /* - */) {
    if (!allowNegative) return -1;
    index = 1;
  }
  const integerStart = index;
  const first = input.charCodeAt(index) - 48; /* 0 */
  if (first === 0) {
    index++;
  } else if (first >= 1 && first <= 9) {
    index++;
    while (index < length) {
      const digit = input.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) break;
      index++;
    }
  } else {
    return -1;
  }
  if (index - integerStart > maxIntegerDigits) return -1;
  if (index === length) return 0;
  if (input.charCodeAt(index) !== 46 /* . */) return -1;
  const fractionStart = index + 1;
  for (index = fractionStart; index < length; index++) {
    const digit = input.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
  }
  const decimals = length - fractionStart;
  return decimals === 0 || decimals > maxDecimals ? -1 : decimals;
}

/**
 * The `INVALID_DECIMAL` error {@link readDecimal} gives for an input that
 * {@link scanDecimal} refused with the same limits.
 */
export function decimalError(input: unknown, options: DecimalOptions): TpeError {
  const read = readDecimal(input, options);
  const issue = isIssue(read)
    ? read
    : { path: [], code: 'invalid_decimal', message: 'Not a plain decimal string' };
  return new TpeError('INVALID_DECIMAL', issue.message, { issues: [issue] });
}

/**
 * The value of a decimal string as a whole number of `10^-scale`, or `NaN`
 * when {@link scanDecimal} refuses it with at most `scale` decimals (any
 * number of integer digits) or when that number is not a safe integer; the
 * caller then asks {@link scaledUnitsError} why.
 *
 * The digits are gathered left to right. While the true value stays below
 * 2^53 every step is exact; once it passes 2^53 the float stays at or above
 * 2^53 (rounding is monotonic), so the result is never mistaken for a safe
 * integer.
 */
export function scaledUnitsOf(input: unknown, scale: number): number {
  // One pass: the syntax of scanDecimal checked while the digits are gathered.
  if (typeof input !== 'string') return Number.NaN;
  const length = input.length;
  if (length === 0 || length > MAX_LENGTH) return Number.NaN;
  const negative = input.charCodeAt(0) === 45; /* - */
  const start = negative ? 1 : 0;
  let point = -1;
  let units = 0;
  for (let index = start; index < length; index++) {
    const digit = input.charCodeAt(index) - 48; /* 0 */
    if (digit >= 0 && digit <= 9) units = units * 10 + digit;
    else if (digit === -2 /* . */ && point < 0) point = index;
    else return Number.NaN;
  }
  const integerEnd = point < 0 ? length : point;
  // At least one integer digit, no leading zero, at least one decimal after a point.
  if (integerEnd === start || point === length - 1) return Number.NaN;
  if (input.charCodeAt(start) === 48 /* 0 */ && integerEnd - start > 1) return Number.NaN;
  const shift = scale - (point < 0 ? 0 : length - point - 1);
  if (shift < 0) return Number.NaN;
  if (shift > 0 && units !== 0) {
    units *= shift < POWERS_OF_TEN.length ? (POWERS_OF_TEN[shift] as number) : 10 ** shift;
  }
  if (!Number.isSafeInteger(units)) return Number.NaN;
  // `0 - units` rather than `-units`: "-0" is zero, not negative zero.
  return negative ? 0 - units : units;
}

/**
 * Why {@link scaledUnitsOf} answered `NaN`: `INVALID_DECIMAL` as
 * {@link readDecimal} explains it, or `OUT_OF_RANGE` past the safe integers.
 */
export function scaledUnitsError(input: unknown, scale: number): TpeError {
  if (scanDecimal(input, scale, MAX_LENGTH, true) < 0) {
    return decimalError(input, { maxDecimals: scale, maxIntegerDigits: MAX_LENGTH });
  }
  return new TpeError(
    'OUT_OF_RANGE',
    `${input as string} at scale ${scale} is beyond the safe integers (±${Number.MAX_SAFE_INTEGER}): use toScaledBigInt`,
    { details: { value: input, scale } },
  );
}
