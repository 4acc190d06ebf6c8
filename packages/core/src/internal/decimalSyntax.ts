import type { DecimalOptions } from '../decimal/DecimalOptions.js';
import type { TpeIssue } from '../errors/TpeError.js';

/** The longest decimal string read at all, whatever the options. */
export const MAX_DECIMAL_STRING_LENGTH = 64;

const DECIMAL_PATTERN = /^(-?)(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;

/** A decimal string taken apart: sign, integer digits, fraction digits. */
export interface DecimalParts {
  readonly negative: boolean;
  readonly integer: string;
  readonly fraction: string;
}

/**
 * Reads a plain decimal string (`-?digits(.digits)?`, ASCII digits, no
 * exponent, no spaces, no leading zeros) within the given limits; answers the
 * parts or the issue that refuses it.
 */
export function readDecimal(input: unknown, options: DecimalOptions = {}): DecimalParts | TpeIssue {
  const { maxDecimals = 12, maxIntegerDigits = 18, allowNegative = true } = options;
  if (typeof input !== 'string') {
    return issue('invalid_type', `Expected a decimal string, received ${describe(input)}`);
  }
  if (input.length > MAX_DECIMAL_STRING_LENGTH) {
    return issue('too_long', `Decimal string longer than ${MAX_DECIMAL_STRING_LENGTH} characters`);
  }
  const match = DECIMAL_PATTERN.exec(input);
  if (match === null) {
    return issue(
      'invalid_decimal',
      `Not a plain decimal string: ${JSON.stringify(input)} (expected digits with an optional "-" and "." like "-1234.56")`,
    );
  }
  const negative = match[1] === '-';
  const integer = match[2] as string;
  const fraction = match[3] ?? '';
  if (negative && !allowNegative) {
    return issue('negative_not_allowed', `Negative value not allowed: ${input}`);
  }
  if (fraction.length > maxDecimals) {
    return issue(
      'too_many_decimals',
      `${input} has ${fraction.length} decimals, at most ${maxDecimals} allowed`,
    );
  }
  if (integer.length > maxIntegerDigits) {
    return issue(
      'too_many_integer_digits',
      `${input} has ${integer.length} integer digits, at most ${maxIntegerDigits} allowed`,
    );
  }
  return { negative, integer, fraction };
}

/** Tells a {@link readDecimal} answer that refused its input. */
export function isIssue(value: DecimalParts | TpeIssue): value is TpeIssue {
  return 'code' in value;
}

/** The value of the parts as an integer count of `10^-scale`; `scale` ≥ the fraction's length. */
export function scaledBigInt(parts: DecimalParts, scale: number): bigint {
  const digits = `${parts.integer}${parts.fraction.padEnd(scale, '0')}`;
  const units = BigInt(digits);
  return parts.negative ? -units : units;
}

function issue(code: string, message: string): TpeIssue {
  return { path: [], code, message };
}

/** Names the kind of a value that is not a string, for an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return `the number ${String(value)}`;
  return `a value of type ${typeof value}`;
}
