/**
 * The error codes raised by `@tpe/core`. They are part of the public API:
 * a code is never renamed within a major version.
 *
 * - `INVALID_INPUT`: a structured input failed its schema (see `issues`).
 * - `INVALID_DECIMAL`: not a plain decimal string, or out of the allowed range or scale.
 * - `INVALID_DATE`: not a real calendar date `YYYY-MM-DD`.
 * - `INVALID_CURRENCY`: not an ISO 4217 code known to the library.
 * - `CURRENCY_MISMATCH`: two amounts of different currencies combined.
 * - `INVALID_ARGUMENT`: a parameter of the wrong kind (negative scale, no ratios…).
 * - `OUT_OF_RANGE`: a computation left the range the library can represent exactly.
 *
 * @example
 * ```ts
 * import { CORE_ERROR_CODES } from '@tpe/core';
 *
 * CORE_ERROR_CODES.includes('CURRENCY_MISMATCH'); // true
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export const CORE_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_DECIMAL',
  'INVALID_DATE',
  'INVALID_CURRENCY',
  'CURRENCY_MISMATCH',
  'INVALID_ARGUMENT',
  'OUT_OF_RANGE',
] as const;

/**
 * One of {@link CORE_ERROR_CODES}.
 *
 * @category Errors
 * @since 0.1.0
 */
export type CoreErrorCode = (typeof CORE_ERROR_CODES)[number];
