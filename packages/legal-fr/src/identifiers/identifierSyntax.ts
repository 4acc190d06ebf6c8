import { TpeError } from '@tpe/core';
import { normalizeIdentifier } from './normalizeIdentifier.js';

/** Longest text a parse function reads before normalizing (an IBAN is 34 characters). */
const MAX_RAW_LENGTH = 64;

/** True when `text` is exactly `length` ASCII digits. */
export function isDigits(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** True when a string of ASCII digits passes the Luhn check (ISO/IEC 7812-1). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

/** The sum of the digits of a string of ASCII digits. */
export function digitSum(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) sum += digits.charCodeAt(index) - 48;
  return sum;
}

/** A `TpeError` with one issue at the root. */
export function identifierError(
  code: string,
  issueCode: string,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
): TpeError {
  return new TpeError(code, message, {
    issues: [{ path: [], code: issueCode, message }],
    details,
  });
}

/**
 * Reads the printed form of an identifier for a `parse…` function: refuses
 * a non-string or an over-long text with `code`, then normalizes it.
 */
export function readPrintedIdentifier(input: unknown, code: string, label: string): string {
  if (typeof input !== 'string') {
    throw identifierError(
      code,
      'invalid_type',
      `A ${label} is a string, received ${describe(input)}`,
    );
  }
  if (input.length > MAX_RAW_LENGTH) {
    throw identifierError(
      code,
      'too_long',
      `A ${label} has at most ${MAX_RAW_LENGTH} characters with its spaces`,
      {
        length: input.length,
      },
    );
  }
  return normalizeIdentifier(input);
}

/** A short description of a value's kind for error messages (never its content). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
