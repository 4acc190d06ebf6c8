import { currencyCodeSchema, isoDateSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema, nonNegativeAmountSchema } from '../internal/fields.js';

/**
 * What payments need to know of an issued invoice (or deposit invoice): who
 * owes it, when it was issued and is due, and the amount due (BT-115).
 * Build it from the issued document and its `computeDocumentTotals` result.
 *
 * **Gotchas**: `status` is the document's status today. A `cancelled`
 * invoice was still owed until the credit note that cancelled it: allocate
 * that credit note to it ({@link allocateCreditNote}) so that its status as
 * of any date is right.
 *
 * @example
 * ```ts
 * import type { PayableInvoice } from '@tpe/invoicing';
 *
 * const invoice: PayableInvoice = {
 *   id: 'INV-1',
 *   number: 'F-2026-0001',
 *   customerId: 'C-001',
 *   issueDate: '2026-03-02',
 *   dueDate: '2026-04-01',
 *   amountDue: '1200.00',
 *   status: 'issued',
 * };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export interface PayableInvoice {
  /** The document id. */
  readonly id: string;
  /** The invoice number (BT-1). */
  readonly number: string;
  /** The id of the customer who owes it. */
  readonly customerId: string;
  /** The issue date (BT-2), `YYYY-MM-DD`. */
  readonly issueDate: string;
  /** The payment due date (BT-9), `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The amount due for payment (BT-115), not negative, e.g. `"1200.00"`. */
  readonly amountDue: string;
  /** ISO 4217 code of the amount; `"EUR"` by default. */
  readonly currency?: string | undefined;
  /** `issued`, or `cancelled` (by a credit note). Drafts cannot be paid. */
  readonly status: 'issued' | 'cancelled';
}

/**
 * A zod schema for {@link PayableInvoice}: unknown keys refused, an amount due
 * not negative, real dates. The due date may precede the issue date (a term
 * counted from a delivery invoiced late).
 *
 * @example
 * ```ts
 * import { payableInvoiceSchema } from '@tpe/invoicing';
 *
 * const invoice = {
 *   id: 'INV-1', number: 'F-2026-0001', customerId: 'C-001', issueDate: '2026-03-02',
 *   dueDate: '2026-04-01', amountDue: '1200.00', status: 'issued',
 * };
 * payableInvoiceSchema.safeParse(invoice).success; // true
 * payableInvoiceSchema.safeParse({ ...invoice, status: 'draft' }).success; // false
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export const payableInvoiceSchema: z.ZodType<PayableInvoice> = z.strictObject({
  id: idSchema,
  number: idSchema,
  customerId: idSchema,
  issueDate: isoDateSchema,
  dueDate: isoDateSchema,
  amountDue: nonNegativeAmountSchema,
  currency: currencyCodeSchema.optional(),
  status: z.enum(['issued', 'cancelled']),
});
