import { compareDates, isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { type Allocation, allocationSchema } from './Allocation.js';
import { invalidInput } from './internal/inputErrors.js';
import { checkInvoiceAllocations, invoiceStatusOn } from './internal/invoiceStatus.js';
import { type PayableInvoice, payableInvoiceSchema } from './PayableInvoice.js';

/**
 * Where an invoice stands on a date:
 *
 * - `unpaid`: nothing paid, not yet due;
 * - `partiallyPaid`: part paid, the rest not yet due;
 * - `overdue`: a balance left after the due date, whether or not part of it
 *   was paid (then `partiallyPaid` is `true` beside it);
 * - `paid`: nothing left, payments having settled at least part of it (or
 *   nothing was due);
 * - `credited`: nothing left, settled by credit notes alone.
 *
 * @example
 * ```ts
 * import type { InvoicePaymentStatus } from '@tpe/invoicing';
 *
 * const status: InvoicePaymentStatus = 'partiallyPaid';
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export type InvoicePaymentStatus = 'unpaid' | 'partiallyPaid' | 'paid' | 'overdue' | 'credited';

/**
 * An invoice's payment status and balance on a date, as returned by
 * {@link invoiceStatusAsOf}.
 *
 * **Details**: `balance = amountDue − paid − credited`. A partly paid invoice
 * past its due date has the status `overdue` and `partiallyPaid: true`: the
 * status says what to do (chase it), the flag says a payment came.
 *
 * @example
 * ```ts
 * import type { InvoiceStatusAsOf } from '@tpe/invoicing';
 *
 * const status: InvoiceStatusAsOf = {
 *   invoiceId: 'INV-1', number: 'F-2026-0001', asOf: '2026-04-20', currency: 'EUR',
 *   status: 'overdue', amountDue: '1200.00', paid: '500.00', credited: '0.00', balance: '700.00',
 *   partiallyPaid: true, overdue: true, daysOverdue: 19,
 * };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export interface InvoiceStatusAsOf {
  /** The invoice's id. */
  readonly invoiceId: string;
  /** The invoice's number. */
  readonly number: string;
  /** The day of the status. */
  readonly asOf: string;
  /** ISO 4217 code of the amounts. */
  readonly currency: string;
  /** The status on `asOf`. */
  readonly status: InvoicePaymentStatus;
  /** The amount due (BT-115). */
  readonly amountDue: string;
  /** What payments settled by `asOf`. */
  readonly paid: string;
  /** What credit notes settled by `asOf`. */
  readonly credited: string;
  /** What is still owed on `asOf`. */
  readonly balance: string;
  /** Something was paid and something is still owed (with `unpaid` never, with `overdue` possibly). */
  readonly partiallyPaid: boolean;
  /** A balance is left and `asOf` is after the due date. */
  readonly overdue: boolean;
  /** Days from the due date to `asOf` when overdue, else 0. */
  readonly daysOverdue: number;
  /** When nothing is owed: the day the last allocation settled it (the issue date if nothing was due). */
  readonly settledOn?: string | undefined;
}

const inputSchema = z.strictObject({
  invoice: payableInvoiceSchema,
  allocations: z.array(allocationSchema).max(1_000_000),
  asOf: isoDateSchema,
});

/**
 * The payment status and balance of an invoice on a given date, from the
 * allocations of payments and credit notes made to it.
 *
 * **Details**: only the allocations to this invoice dated on or before
 * `asOf` count (the whole ledger may be passed); those dated later are
 * ignored, so a past date gives the status as it was then. The invoice is
 * overdue from the day after its due date.
 *
 * **Gotchas**: the invoice's `status` field (`issued` / `cancelled`) is read
 * for nothing here: a cancelled invoice is `credited` once its credit note is
 * allocated to it, from the credit note's date.
 *
 * @param invoice - the invoice
 * @param allocations - allocations (those to other invoices are ignored)
 * @param asOf - the day of the status, not before the issue date
 * @returns the status, the amounts and the days overdue
 * @throws {@link TpeError} `INVALID_INPUT` for bad records, an `asOf` or an
 *   allocation before the issue date (`before_issue_date`);
 *   `ALLOCATION_EXCEEDS` when the allocations to it total more than its amount
 *
 * @example
 * ```ts
 * import { invoiceStatusAsOf } from '@tpe/invoicing';
 *
 * const invoice = {
 *   id: 'INV-1', number: 'F-2026-0001', customerId: 'C-001', issueDate: '2026-03-02',
 *   dueDate: '2026-04-01', amountDue: '1200.00', status: 'issued' as const,
 * };
 * const allocations = [
 *   { source: { kind: 'payment' as const, id: 'P-1' }, invoiceId: 'INV-1', amount: '500.00', date: '2026-03-20' },
 *   { source: { kind: 'payment' as const, id: 'P-2' }, invoiceId: 'INV-1', amount: '700.00', date: '2026-04-20' },
 * ];
 * invoiceStatusAsOf(invoice, allocations, '2026-03-10').status; // 'unpaid'
 * invoiceStatusAsOf(invoice, allocations, '2026-03-25').status; // 'partiallyPaid'
 * const late = invoiceStatusAsOf(invoice, allocations, '2026-04-11');
 * [late.status, late.partiallyPaid, late.balance, late.daysOverdue]; // ['overdue', true, '700.00', 10]
 * invoiceStatusAsOf(invoice, allocations, '2026-04-20').settledOn; // '2026-04-20'
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export function invoiceStatusAsOf(
  invoice: PayableInvoice,
  allocations: readonly Allocation[],
  asOf: string,
): InvoiceStatusAsOf {
  const parsed = parseWithSchema(inputSchema, { invoice, allocations, asOf });
  const currency = parsed.invoice.currency ?? 'EUR';
  if (compareDates(parsed.asOf, parsed.invoice.issueDate) < 0) {
    throw invalidInput(
      ['asOf'],
      'before_issue_date',
      `Invoice ${parsed.invoice.number} was issued on ${parsed.invoice.issueDate}, after ${parsed.asOf}`,
    );
  }
  const own = parsed.allocations.flatMap((allocation, index) =>
    allocation.invoiceId === parsed.invoice.id
      ? [{ allocation, path: ['allocations', index] as const }]
      : [],
  );
  checkInvoiceAllocations(parsed.invoice, own);
  return invoiceStatusOn(
    parsed.invoice,
    own.map((entry) => entry.allocation),
    parsed.asOf,
    currency,
  );
}
