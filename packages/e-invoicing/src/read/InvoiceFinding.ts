/**
 * The codes of the findings {@link readInvoice} reports on a received
 * invoice. They are part of the public API.
 *
 * Arithmetic, each with its EN 16931 rule:
 * - `LINE_NET_AMOUNT_MISMATCH` (a warning): a line net amount (BT-131) is
 *   not quantity × net price ÷ base quantity + charges − allowances,
 *   rounded to the cent. No official rule checks it, and several official
 *   examples do not follow it (a price written as the base quantity).
 *   The totals are checked against the declared line amounts.
 * - `LINE_NET_TOTAL_MISMATCH` (BR-CO-10), `ALLOWANCE_TOTAL_MISMATCH`
 *   (BR-CO-11), `CHARGE_TOTAL_MISMATCH` (BR-CO-12),
 *   `TAX_EXCLUSIVE_TOTAL_MISMATCH` (BR-CO-13), `VAT_TOTAL_MISMATCH`
 *   (BR-CO-14), `TAX_INCLUSIVE_TOTAL_MISMATCH` (BR-CO-15),
 *   `AMOUNT_DUE_MISMATCH` (BR-CO-16): a declared total is not what its
 *   parts add up to.
 * - `VAT_AMOUNT_MISMATCH` (BR-CO-17): a VAT amount is not its taxable
 *   amount × rate, rounded to the cent.
 * - `VAT_BASE_MISMATCH` (BR-S-08, BR-Z-08, BR-E-08, BR-AE-08, BR-IC-08,
 *   BR-G-08, BR-O-08, BR-AF-08, BR-AG-08): a taxable amount is not the sum
 *   of the lines, charges and allowances of its category and rate.
 * - `VAT_BREAKDOWN_MISSING` (same rules): lines of a category and rate
 *   without a VAT breakdown.
 * - `TOO_MANY_DECIMALS` (BR-DEC-…): an amount with a non-zero digit
 *   beyond the cent.
 *
 * Content:
 * - `NO_LINES` (BR-16): an invoice of a profile with lines that has none.
 * - `NO_VAT_BREAKDOWN` (BR-CO-18).
 * - `UNKNOWN_CURRENCY` (BR-CL-04): a currency code outside ISO 4217.
 * - `PAYMENT_DUE_DATE_MISSING` (BR-CO-25): an amount due without a due date
 *   nor payment terms.
 * - `UNKNOWN_VAT_RATE`: a standard rate that is not a French VAT rate on the
 *   issue date (seller taxed in France only).
 * - `SIREN_MISSING` (BR-FR-10 seller, BR-FR-11 buyer), `SIREN_INVALID`,
 *   `SIRET_INVALID` (BR-FR-09): French parties' identifiers.
 * - `VAT_NUMBER_MISSING` (BR-S-02, BR-Z-02, BR-E-02, BR-AE-02, BR-IC-02,
 *   BR-G-02, BR-AF-02, BR-AG-02): the seller's VAT identifier that the VAT
 *   categories used require; `VAT_NUMBER_INVALID`: a French VAT number
 *   with a wrong key.
 *
 * Profile:
 * - `PROFILE_WITHOUT_LINES`: a Factur-X MINIMUM or BASIC WL file, which is
 *   not an invoice in France.
 * - `UNKNOWN_PROFILE`: a specification identifier (BT-24) that names no
 *   Factur-X profile nor EN 16931.
 * - `PROFILE_MISMATCH`: the Factur-X PDF's metadata announce another profile
 *   than its XML.
 *
 * @example
 * ```ts
 * import { INVOICE_FINDING_CODES } from '@tpe/e-invoicing';
 *
 * INVOICE_FINDING_CODES.includes('VAT_AMOUNT_MISMATCH'); // true
 * ```
 *
 * @category Reading
 * @since 0.1.0
 */
export const INVOICE_FINDING_CODES = [
  'LINE_NET_AMOUNT_MISMATCH',
  'LINE_NET_TOTAL_MISMATCH',
  'ALLOWANCE_TOTAL_MISMATCH',
  'CHARGE_TOTAL_MISMATCH',
  'TAX_EXCLUSIVE_TOTAL_MISMATCH',
  'VAT_TOTAL_MISMATCH',
  'TAX_INCLUSIVE_TOTAL_MISMATCH',
  'AMOUNT_DUE_MISMATCH',
  'VAT_AMOUNT_MISMATCH',
  'VAT_BASE_MISMATCH',
  'VAT_BREAKDOWN_MISSING',
  'TOO_MANY_DECIMALS',
  'NO_LINES',
  'NO_VAT_BREAKDOWN',
  'UNKNOWN_CURRENCY',
  'PAYMENT_DUE_DATE_MISSING',
  'UNKNOWN_VAT_RATE',
  'SIREN_MISSING',
  'SIREN_INVALID',
  'SIRET_INVALID',
  'VAT_NUMBER_MISSING',
  'VAT_NUMBER_INVALID',
  'PROFILE_WITHOUT_LINES',
  'UNKNOWN_PROFILE',
  'PROFILE_MISMATCH',
] as const;

/**
 * One of {@link INVOICE_FINDING_CODES}.
 *
 * @category Reading
 * @since 0.1.0
 */
export type InvoiceFindingCode = (typeof INVOICE_FINDING_CODES)[number];

/**
 * Something the checks of {@link readInvoice} found on a received invoice.
 *
 * **Details**: `error` means the invoice breaks a rule (EN 16931, French
 * law): ask the supplier for a corrected invoice before booking it.
 * `warning` means it deserves a look (a buyer SIREN missing before the
 * reform makes it compulsory, a profile that is not an invoice in France).
 * Arithmetic findings carry the `expected` value, computed with exact
 * decimals, beside the `declared` one.
 *
 * @category Reading
 * @since 0.1.0
 */
export interface InvoiceFinding {
  /** What was found. */
  readonly code: InvoiceFindingCode;
  /** The official rule broken (`BR-CO-15`, `BR-FR-10`…), when there is one. */
  readonly rule?: string | undefined;
  /** Where, in the {@link ReceivedInvoice} (`['totals', 'taxInclusiveAmount']`, `['lines', 2, 'netAmount']`). */
  readonly path: readonly (string | number)[];
  /** A message for humans, in English. */
  readonly message: string;
  /** `error`: a rule is broken; `warning`: worth a look. */
  readonly severity: 'error' | 'warning';
  /** The value the invoice states, when a value is at stake. */
  readonly declared?: string | undefined;
  /** The value computed from the rest of the invoice, for arithmetic findings. */
  readonly expected?: string | undefined;
}
