import { currencyCodeSchema, isoDateSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { positiveAmountSchema } from './internal/settlementSchemas.js';

/**
 * What payments need to know of an issued credit note (avoir): whose debt it
 * reduces, from when, and by how much (its amount due, BT-115, written as a
 * positive amount). It settles invoices like a payment does
 * ({@link allocateCreditNote}); what is not allocated is customer credit,
 * which may be refunded ({@link refundCredit}).
 *
 * @example
 * ```ts
 * import type { IssuedCreditNote } from '@tpe/invoicing';
 *
 * const creditNote: IssuedCreditNote = {
 *   id: 'CN-1',
 *   number: 'AV-2026-0001',
 *   customerId: 'C-001',
 *   issueDate: '2026-03-10',
 *   amount: '120.00',
 * };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export interface IssuedCreditNote {
  /** The document id. */
  readonly id: string;
  /** The credit note number (BT-1). */
  readonly number: string;
  /** The id of the customer it is made out to. */
  readonly customerId: string;
  /** The issue date (BT-2), `YYYY-MM-DD`. */
  readonly issueDate: string;
  /** The amount credited including VAT, above zero, e.g. `"120.00"`. */
  readonly amount: string;
  /** ISO 4217 code of the amount; `"EUR"` by default. */
  readonly currency?: string | undefined;
}

/**
 * A zod schema for {@link IssuedCreditNote}: unknown keys refused, an amount
 * above zero (issue code `not_positive`).
 *
 * @example
 * ```ts
 * import { issuedCreditNoteSchema } from '@tpe/invoicing';
 *
 * issuedCreditNoteSchema.safeParse({
 *   id: 'CN-1', number: 'AV-2026-0001', customerId: 'C-001', issueDate: '2026-03-10', amount: '120.00',
 * }).success; // true
 * issuedCreditNoteSchema.safeParse({
 *   id: 'CN-1', number: 'AV-2026-0001', customerId: 'C-001', issueDate: '2026-03-10', amount: '-120.00',
 * }).success; // false
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export const issuedCreditNoteSchema: z.ZodType<IssuedCreditNote> = z.strictObject({
  id: idSchema,
  number: idSchema,
  customerId: idSchema,
  issueDate: isoDateSchema,
  amount: positiveAmountSchema,
  currency: currencyCodeSchema.optional(),
});
