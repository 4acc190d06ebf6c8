/**
 * The error codes raised by `@tpe/invoicing`, in addition to those of
 * `@tpe/core` (`INVALID_INPUT`, `INVALID_DATE`, `INVALID_DECIMAL`,
 * `CURRENCY_MISMATCH`…) and `@tpe/legal-fr`. They are part of the public API.
 *
 * - `UNKNOWN_VAT_CATEGORY`: a VAT category code that EN 16931 does not define.
 * - `INVALID_TRANSITION`: a status change the document's lifecycle forbids
 *   (e.g. accepting an expired quote); `details.from` and `details.to`.
 * - `NOT_A_DRAFT`: an operation on drafts given an issued document.
 * - `NOT_ISSUED`: an operation on issued documents (crediting an invoice,
 *   deducting a deposit invoice) given one without a number or issue date.
 * - `NUMBERING_BACKWARDS`: an issue date earlier than the last one of the series.
 * - `SERIES_MISMATCH`: numbering a document from a series kept for other
 *   kinds of documents or another establishment.
 * - `MENTIONS_MISSING`: issuing an invoice that lacks mandatory mentions, or
 *   carries inaccurate ones (`issues` lists them), without `force`.
 * - `QUANTITY_EXCEEDS_REMAINING`: delivering, receiving or invoicing more than
 *   what remains on the source document.
 * - `CREDIT_EXCEEDS_INVOICE`: a credit note above what remains of its invoice.
 * - `DOCUMENT_CANCELLED`: paying or converting a cancelled document.
 * - `ALLOCATION_EXCEEDS`: allocating more of a payment than it has, or more to
 *   an invoice than it owes.
 *
 * @example
 * ```ts
 * import { INVOICING_ERROR_CODES } from '@tpe/invoicing';
 *
 * INVOICING_ERROR_CODES.includes('NUMBERING_BACKWARDS'); // true
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export const INVOICING_ERROR_CODES = [
  'UNKNOWN_VAT_CATEGORY',
  'INVALID_TRANSITION',
  'NOT_A_DRAFT',
  'NOT_ISSUED',
  'NUMBERING_BACKWARDS',
  'SERIES_MISMATCH',
  'MENTIONS_MISSING',
  'QUANTITY_EXCEEDS_REMAINING',
  'CREDIT_EXCEEDS_INVOICE',
  'DOCUMENT_CANCELLED',
  'ALLOCATION_EXCEEDS',
] as const;

/**
 * One of {@link INVOICING_ERROR_CODES}.
 *
 * @category Errors
 * @since 0.1.0
 */
export type InvoicingErrorCode = (typeof INVOICING_ERROR_CODES)[number];
