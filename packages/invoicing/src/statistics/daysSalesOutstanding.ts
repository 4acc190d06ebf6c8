import {
  addDays,
  currencyCodeSchema,
  divideRounded,
  formatScaledUnits,
  isoDateSchema,
  parseWithSchema,
} from '@tpe/core';
import { z } from 'zod';
import { type Allocation, allocationSchema } from '../payments/Allocation.js';
import { type IssuedCreditNote, issuedCreditNoteSchema } from '../payments/IssuedCreditNote.js';
import { amountOf, sumUnits } from '../payments/internal/amounts.js';
import { currencyMismatch } from '../payments/internal/inputErrors.js';
import { type PayableInvoice, payableInvoiceSchema } from '../payments/PayableInvoice.js';
import { invoicesOnDay } from './internal/invoiceLedger.js';
import { inPeriod } from './internal/statisticsPeriod.js';

/**
 * Options of {@link daysSalesOutstanding}.
 *
 * @example
 * ```ts
 * import type { DaysSalesOutstandingOptions } from '@tpe/invoicing';
 *
 * const options: DaysSalesOutstandingOptions = { asOf: '2026-06-30', days: 90 };
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface DaysSalesOutstandingOptions {
  /** The day of the figures. */
  readonly asOf: string;
  /** The length of the sales window ending on `asOf`, in days; 365 by default. */
  readonly days?: number | undefined;
  /** The credit notes issued, deducted from the sales of the window. */
  readonly creditNotes?: readonly IssuedCreditNote[] | undefined;
  /** ISO 4217 code every record must be in; `"EUR"` by default. */
  readonly currency?: string | undefined;
}

/**
 * What {@link daysSalesOutstanding} returns.
 *
 * @example
 * ```ts
 * import type { DaysSalesOutstanding } from '@tpe/invoicing';
 *
 * const dso: DaysSalesOutstanding = {
 *   asOf: '2026-06-30', windowStart: '2026-04-02', days: 90, receivable: '30000.00', sales: '90000.00', dso: '30.00',
 * };
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface DaysSalesOutstanding {
  /** The day of the figures. */
  readonly asOf: string;
  /** The first day of the sales window (`asOf − days + 1`). */
  readonly windowStart: string;
  /** The length of the window, in days. */
  readonly days: number;
  /** What the invoices issued by `asOf` still owe on `asOf`, VAT included. */
  readonly receivable: string;
  /** Amounts due of the invoices issued in the window minus the credit notes issued in it, VAT included. */
  readonly sales: string;
  /** `receivable / sales × days`, 2 decimals, half away from zero; `null` when the sales are not above zero. */
  readonly dso: string | null;
}

const inputSchema = z.strictObject({
  invoices: z.array(payableInvoiceSchema).max(1_000_000),
  allocations: z.array(allocationSchema).max(1_000_000),
  options: z.strictObject({
    asOf: isoDateSchema,
    days: z.number().int().min(1).max(3660).optional(),
    creditNotes: z.array(issuedCreditNoteSchema).max(1_000_000).optional(),
    currency: currencyCodeSchema.optional(),
  }),
});

/**
 * Days sales outstanding (DSO, délai moyen de recouvrement clients) on a
 * date, by the ratio method: what customers owe, in days of recent sales.
 *
 * **Definition**: `DSO = receivable / sales × days`, where `receivable` is
 * what the invoices issued by `asOf` still owe on `asOf` (after the
 * allocations of payments and credit notes dated by then) and `sales` the
 * amounts due of the invoices issued in the `days` days ending on `asOf`,
 * minus the credit notes issued in them, all VAT included (as the
 * receivable is). With the default 365 days this is the usual yearly
 * figure; 90 days follows recent sales more closely.
 *
 * **Gotchas**: a payment not yet allocated does not reduce the receivable:
 * allocate payments first ({@link allocatePayment}).
 *
 * @param invoices - the invoices (`PayableInvoice`), of any customers
 * @param allocations - the allocations of payments and credit notes to them
 * @param options - `asOf`, the window, the credit notes, the currency
 * @returns the receivable, the sales and the DSO in days
 * @throws {@link TpeError} `INVALID_INPUT` (bad records, `duplicate_id`);
 *   `CURRENCY_MISMATCH`; `ALLOCATION_EXCEEDS`
 *
 * @example
 * ```ts
 * import { daysSalesOutstanding } from '@tpe/invoicing';
 *
 * const invoice = { customerId: 'C-001', status: 'issued' } as const;
 * const invoices = [
 *   { ...invoice, id: 'I-1', number: 'F-1', issueDate: '2026-04-15', dueDate: '2026-05-15', amountDue: '6000.00' },
 *   { ...invoice, id: 'I-2', number: 'F-2', issueDate: '2026-06-10', dueDate: '2026-07-10', amountDue: '3000.00' },
 * ];
 * const allocations = [
 *   { source: { kind: 'payment', id: 'P-1' }, invoiceId: 'I-1', amount: '6000.00', date: '2026-05-15' },
 * ] as const;
 * // 3000.00 owed, 9000.00 sold over 90 days: 3000 / 9000 × 90 = 30 days
 * daysSalesOutstanding(invoices, allocations, { asOf: '2026-06-30', days: 90 }).dso; // '30.00'
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export function daysSalesOutstanding(
  invoices: readonly PayableInvoice[],
  allocations: readonly Allocation[],
  options: DaysSalesOutstandingOptions,
): DaysSalesOutstanding {
  const parsed = parseWithSchema(inputSchema, { invoices, allocations, options });
  const { asOf } = parsed.options;
  const currency = parsed.options.currency ?? 'EUR';
  const days = parsed.options.days ?? 365;
  const window = { asOf, from: addDays(asOf, 1 - days) };
  const creditNotes = parsed.options.creditNotes ?? [];
  creditNotes.forEach((note, index) => {
    if ((note.currency ?? 'EUR') !== currency) {
      throw currencyMismatch(['options', 'creditNotes', index], currency, note.currency ?? 'EUR');
    }
  });
  const statuses = invoicesOnDay(parsed.invoices, parsed.allocations, asOf, currency);
  const receivable = sumUnits(statuses.map(({ status }) => status.balance));
  const sales =
    sumUnits(
      statuses
        .filter(({ invoice }) => inPeriod(invoice.issueDate, window))
        .map(({ invoice }) => invoice.amountDue),
    ) -
    sumUnits(
      creditNotes.filter((note) => inPeriod(note.issueDate, window)).map((note) => note.amount),
    );
  return {
    asOf,
    windowStart: window.from,
    days,
    receivable: amountOf(receivable),
    sales: amountOf(sales),
    dso:
      sales > 0n
        ? formatScaledUnits(divideRounded(receivable * BigInt(days) * 100n, sales), 2)
        : null,
  };
}
