/**
 * The error codes raised by `@tpe/dunning`, in addition to those of
 * `@tpe/core` (`INVALID_INPUT`, `INVALID_DATE`, `INVALID_DECIMAL`…) and
 * `@tpe/legal-fr` (`RATE_UNKNOWN` when a penalty needs a newer rate table).
 * They are part of the public API.
 *
 * - `UNKNOWN_CUSTOMER`: a receivable, a payment plan, or a history entry about
 *   a receivable of the input, names a customer that the input does not give
 *   (`details.customerId`).
 * - `UNKNOWN_RECEIVABLE`: a payment plan names a receivable that the input
 *   does not give (`details.receivableId`); history entries about receivables
 *   no longer given (paid and gone from the ledger) are ignored.
 * - `INVALID_POLICY`: a policy whose levels are out of order or that has no
 *   level for a segment in use (`issues` says which).
 * - `UNKNOWN_PLACEHOLDER`: a message template uses a `{{name}}` that does
 *   not exist, or a receivable's name outside `{{#receivables}}`
 *   (`details.placeholder`, `details.templateId`, `details.part`, `details.line`).
 * - `INVALID_TEMPLATE`: a message template with a broken tag or section
 *   (`details.templateId`, `details.part`, `details.line`).
 *
 * @example
 * ```ts
 * import { DUNNING_ERROR_CODES } from '@tpe/dunning';
 *
 * DUNNING_ERROR_CODES.includes('INVALID_POLICY'); // true
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export const DUNNING_ERROR_CODES = [
  'UNKNOWN_CUSTOMER',
  'UNKNOWN_RECEIVABLE',
  'INVALID_POLICY',
  'UNKNOWN_PLACEHOLDER',
  'INVALID_TEMPLATE',
] as const;

/**
 * One of {@link DUNNING_ERROR_CODES}.
 *
 * @category Errors
 * @since 0.1.0
 */
export type DunningErrorCode = (typeof DUNNING_ERROR_CODES)[number];
