/**
 * The error codes raised by `@tpe/legal-fr`, in addition to those of
 * `@tpe/core` (`INVALID_INPUT`, `INVALID_DATE`, `INVALID_DECIMAL`…). They are
 * part of the public API.
 *
 * - `RATE_UNKNOWN`: a date past (or before) the rate table in use; supply a
 *   newer table (see `details.table`).
 *
 * @example
 * ```ts
 * import { LEGAL_FR_ERROR_CODES } from '@tpe/legal-fr';
 *
 * LEGAL_FR_ERROR_CODES.includes('RATE_UNKNOWN'); // true
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export const LEGAL_FR_ERROR_CODES = ['RATE_UNKNOWN'] as const;

/**
 * One of {@link LEGAL_FR_ERROR_CODES}.
 *
 * @category Errors
 * @since 0.1.0
 */
export type LegalFrErrorCode = (typeof LEGAL_FR_ERROR_CODES)[number];
