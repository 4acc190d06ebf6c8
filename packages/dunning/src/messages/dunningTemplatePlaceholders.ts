/**
 * One name a dunning template may use between double braces, and how:
 *
 * - `use: 'value'`: printed by `{{name}}` (an empty string when the input
 *   does not give it); `{{#name}}…{{/name}}` shows its content only when
 *   the value is not empty, `{{^name}}…{{/name}}` only when it is;
 * - `use: 'flag'`: a yes/no for `{{#name}}…{{/name}}` and
 *   `{{^name}}…{{/name}}` only;
 * - `use: 'list'`: `{{#receivables}}…{{/receivables}}` repeats its content
 *   once per receivable, where the `scope: 'receivable'` names are valid;
 * - `use: 'block'`: `{{receivablesTable}}`, the table of the receivables
 *   and their totals, written as lines in the text and as a table in HTML.
 *
 * @example
 * ```ts
 * import type { DunningTemplatePlaceholder } from '@tpe/dunning';
 *
 * const placeholder: DunningTemplatePlaceholder = { name: 'totals.claimed', use: 'value', scope: 'message' };
 * ```
 *
 * @category Messages
 * @since 0.1.0
 */
export interface DunningTemplatePlaceholder {
  /** The name written between the braces, with dots: `customer.name`. */
  readonly name: string;
  /** How the template may use it. */
  readonly use: 'value' | 'flag' | 'list' | 'block';
  /** `message` anywhere; `receivable` only inside `{{#receivables}}…{{/receivables}}`. */
  readonly scope: 'message' | 'receivable';
}

const message = (
  name: string,
  use: DunningTemplatePlaceholder['use'] = 'value',
): DunningTemplatePlaceholder => Object.freeze({ name, use, scope: 'message' });

const receivable = (
  name: string,
  use: DunningTemplatePlaceholder['use'] = 'value',
): DunningTemplatePlaceholder => Object.freeze({ name, use, scope: 'receivable' });

/**
 * The names a dunning template may use, all of them. Amounts are written
 * the French way (`1 200,00 €`); the dates of the letter (`asOf`,
 * `replyBy`) in words (`15 avril 2026`), the dates of the receivables as
 * in a table (`16/03/2026`).
 *
 * - `customer.name`, `customer.email`, `customer.phone`,
 *   `customer.postalAddress` (its lines separated by line breaks);
 *   `customer.isBusiness`, `customer.isConsumer`, `customer.isPublicBuyer`
 *   (flags, to vary one template by kind of customer);
 * - `creditor.name`, `creditor.address` (lines), `creditor.email`,
 *   `creditor.phone`, `creditor.siren` (`123 456 789`), `creditor.iban`
 *   (in groups of four), `creditor.bic`, `creditor.signature`;
 * - `asOf` (the day of the message), `replyBy` (the deadline, if given);
 * - `totals.outstanding`, `totals.penalties`, `totals.indemnities`,
 *   `totals.claimed`;
 * - `invoiceNumbers` (`F-1, F-2 et F-3`), `receivableCount`;
 * - flags `severalReceivables` (more than one), `claimsPenalties` (this
 *   level claims penalties and the indemnity), `hasPenalties` and
 *   `hasIndemnities` (it claims some that are not zero), `hasPenaltyRates`
 *   (the rates of the penalties are given);
 * - `receivablesTable` (block) and `receivables` (list), whose items have
 *   `number`, `issueDate`, `dueDate`, `amount`, `outstanding`, `daysLate`,
 *   `penalty`, `indemnity`, `penaltyRates` (`12,15 %`, or
 *   `12,15 % puis 12,40 %` when the rate changed during the delay) and the
 *   flag `isLate`.
 *
 * @example
 * ```ts
 * import { DUNNING_TEMPLATE_PLACEHOLDERS } from '@tpe/dunning';
 *
 * DUNNING_TEMPLATE_PLACEHOLDERS.find((placeholder) => placeholder.name === 'number');
 * // { name: 'number', use: 'value', scope: 'receivable' }
 * ```
 *
 * @category Messages
 * @since 0.1.0
 */
export const DUNNING_TEMPLATE_PLACEHOLDERS: readonly DunningTemplatePlaceholder[] = Object.freeze([
  message('customer.name'),
  message('customer.email'),
  message('customer.phone'),
  message('customer.postalAddress'),
  message('customer.isBusiness', 'flag'),
  message('customer.isConsumer', 'flag'),
  message('customer.isPublicBuyer', 'flag'),
  message('creditor.name'),
  message('creditor.address'),
  message('creditor.email'),
  message('creditor.phone'),
  message('creditor.siren'),
  message('creditor.iban'),
  message('creditor.bic'),
  message('creditor.signature'),
  message('asOf'),
  message('replyBy'),
  message('totals.outstanding'),
  message('totals.penalties'),
  message('totals.indemnities'),
  message('totals.claimed'),
  message('invoiceNumbers'),
  message('receivableCount'),
  message('severalReceivables', 'flag'),
  message('claimsPenalties', 'flag'),
  message('hasPenalties', 'flag'),
  message('hasIndemnities', 'flag'),
  message('hasPenaltyRates', 'flag'),
  message('receivablesTable', 'block'),
  message('receivables', 'list'),
  receivable('number'),
  receivable('issueDate'),
  receivable('dueDate'),
  receivable('amount'),
  receivable('outstanding'),
  receivable('daysLate'),
  receivable('penalty'),
  receivable('indemnity'),
  receivable('penaltyRates'),
  receivable('isLate', 'flag'),
]);
