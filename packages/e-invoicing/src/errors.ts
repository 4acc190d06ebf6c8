/**
 * The error codes raised by `@tpe/e-invoicing`, in addition to those of
 * `@tpe/core`, `@tpe/legal-fr` and `@tpe/invoicing`. They are part of the
 * public API.
 *
 * - `PROFILE_NOT_SUFFICIENT`: the invoice needs data that the requested
 *   Factur-X profile cannot carry (`details.profile`, `issues` say which).
 * - `NOT_AN_INVOICE`: a document kind that has no e-invoice form (a quote,
 *   an order, a delivery note…).
 * - `MALFORMED_XML`: not well-formed XML, or XML of another encoding than
 *   it declares (`details.line`, `details.column` when known).
 * - `FORBIDDEN_XML_CONSTRUCT`: a DOCTYPE or entity declaration, refused
 *   before parsing (no external entity, no entity expansion).
 * - `MALFORMED_PDF`: a PDF whose structure cannot be read, or encrypted.
 * - `TRUNCATED_FILE`: a PDF cut before its end (`%%EOF` missing).
 * - `NO_INVOICE_ATTACHMENT`: a PDF without an attached `factur-x.xml`,
 *   `zugferd-invoice.xml` or `xrechnung.xml` (`details.attachments` lists
 *   the names found).
 * - `ATTACHMENT_TOO_LARGE`: the attached XML exceeds `maxXmlBytes`.
 * - `INPUT_TOO_LARGE`: the file itself exceeds `maxXmlBytes` or `maxPdfBytes`.
 * - `UNSUPPORTED_FORMAT`: neither a PDF nor CII nor UBL invoice XML
 *   (`details.root` names the XML root found).
 * - `INVALID_INVOICE`: an invoice XML without a mandatory element, or with
 *   a value that is not a date, a decimal or a code (`issues` say where).
 * - `NOT_FACTUR_X_XML`: an invoice XML that cannot be a Factur-X attachment:
 *   UBL, or a CII whose specification identifier (BT-24) names no Factur-X
 *   profile (`details.syntax`, `details.specificationId`).
 *
 * @example
 * ```ts
 * import { E_INVOICING_ERROR_CODES } from '@tpe/e-invoicing';
 *
 * E_INVOICING_ERROR_CODES.includes('NOT_AN_INVOICE'); // true
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export const E_INVOICING_ERROR_CODES = [
  'PROFILE_NOT_SUFFICIENT',
  'NOT_AN_INVOICE',
  'MALFORMED_XML',
  'FORBIDDEN_XML_CONSTRUCT',
  'MALFORMED_PDF',
  'TRUNCATED_FILE',
  'NO_INVOICE_ATTACHMENT',
  'ATTACHMENT_TOO_LARGE',
  'INPUT_TOO_LARGE',
  'UNSUPPORTED_FORMAT',
  'INVALID_INVOICE',
  'NOT_FACTUR_X_XML',
] as const;

/**
 * One of {@link E_INVOICING_ERROR_CODES}.
 *
 * @category Errors
 * @since 0.1.0
 */
export type EInvoicingErrorCode = (typeof E_INVOICING_ERROR_CODES)[number];
