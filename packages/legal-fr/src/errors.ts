/**
 * The error codes raised by `@tpe/legal-fr`, in addition to those of
 * `@tpe/core` (`INVALID_INPUT`, `INVALID_DATE`, `INVALID_DECIMAL`,
 * `OUT_OF_RANGE`…). They are part of the public API.
 *
 * - `RATE_UNKNOWN`: a date outside the rate table in use (ECB, legal
 *   interest, VAT); supply a newer table (`details.table` names it).
 * - `VAT_RATE_NOT_APPLICABLE`: the territory has no VAT rate of that kind on
 *   that date (`details.availableKinds`).
 * - `INVALID_SIREN`, `INVALID_SIRET`, `INVALID_VAT_NUMBER`, `INVALID_IBAN`,
 *   `INVALID_BIC`: an identifier refused by its `parse…` function.
 * - `DELIVERY_DATE_REQUIRED`, `RECEIPT_DATE_REQUIRED`,
 *   `CUSTOMS_CLEARANCE_DATE_REQUIRED`: a payment term counted from a date
 *   that was not given.
 * - `PUBLIC_BUYER_CATEGORY_REQUIRED`, `SECTOR_CAP_REQUIRED`,
 *   `BUYER_SIZE_REQUIRED`: a payment-term check that needs a fact the input
 *   does not give (the kind of public buyer, the cap of a seasonal sector,
 *   whether an export buyer is a large company).
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
export const LEGAL_FR_ERROR_CODES = [
  'RATE_UNKNOWN',
  'VAT_RATE_NOT_APPLICABLE',
  'INVALID_SIREN',
  'INVALID_SIRET',
  'INVALID_VAT_NUMBER',
  'INVALID_IBAN',
  'INVALID_BIC',
  'DELIVERY_DATE_REQUIRED',
  'RECEIPT_DATE_REQUIRED',
  'CUSTOMS_CLEARANCE_DATE_REQUIRED',
  'PUBLIC_BUYER_CATEGORY_REQUIRED',
  'SECTOR_CAP_REQUIRED',
  'BUYER_SIZE_REQUIRED',
] as const;

/**
 * One of {@link LEGAL_FR_ERROR_CODES}.
 *
 * @category Errors
 * @since 0.1.0
 */
export type LegalFrErrorCode = (typeof LEGAL_FR_ERROR_CODES)[number];
