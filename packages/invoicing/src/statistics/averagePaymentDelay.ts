import { currencyCodeSchema, daysBetween, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { type Allocation, allocationSchema } from '../payments/Allocation.js';
import { unitsOf } from '../payments/internal/amounts.js';
import { type PayableInvoice, payableInvoiceSchema } from '../payments/PayableInvoice.js';
import { invoicesOnDay } from './internal/invoiceLedger.js';
import { averageOf } from './internal/ratios.js';
import {
  checkPeriod,
  inPeriod,
  type StatisticsPeriod,
  statisticsPeriodShape,
} from './internal/statisticsPeriod.js';

/**
 * Options of {@link averagePaymentDelay}.
 *
 * @example
 * ```ts
 * import type { PaymentDelayOptions } from '@tpe/invoicing';
 *
 * const options: PaymentDelayOptions = { asOf: '2026-06-30', from: '2026-01-01' };
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface PaymentDelayOptions extends StatisticsPeriod {
  /** The day of the figures: allocations dated after it are not counted. */
  readonly asOf: string;
  /** The first issue date counted; none by default. */
  readonly from?: string | undefined;
  /** The last issue date counted; `asOf` by default (and never after it). */
  readonly to?: string | undefined;
  /** ISO 4217 code every invoice must be in; `"EUR"` by default. */
  readonly currency?: string | undefined;
}

/**
 * What {@link averagePaymentDelay} returns. Averages are in days, 2 decimals,
 * half away from zero; `null` when there is nothing to average.
 *
 * @example
 * ```ts
 * import type { PaymentDelay } from '@tpe/invoicing';
 *
 * const delay: PaymentDelay = {
 *   asOf: '2026-06-30', paidInvoices: 2, averageDaysToPay: '37.50', averageDaysLate: '7.50', paidLate: 1,
 *   openInvoices: 1, overdueInvoices: 1, averageDaysOverdue: '12.00',
 * };
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface PaymentDelay {
  /** The day of the figures. */
  readonly asOf: string;
  /** Invoices of the period paid in full by `asOf` (status `paid`, something was due). */
  readonly paidInvoices: number;
  /** Mean of (day paid in full − issue date) over the paid invoices. */
  readonly averageDaysToPay: string | null;
  /** Mean of (day paid in full − due date), 0 when on time, over the paid invoices. */
  readonly averageDaysLate: string | null;
  /** How many of the paid invoices were paid in full after their due date. */
  readonly paidLate: number;
  /** Invoices of the period still owing something on `asOf`. */
  readonly openInvoices: number;
  /** Of them, past their due date. */
  readonly overdueInvoices: number;
  /** Mean days overdue on `asOf` of the overdue invoices. */
  readonly averageDaysOverdue: string | null;
}

const inputSchema = z.strictObject({
  invoices: z.array(payableInvoiceSchema).max(1_000_000),
  allocations: z.array(allocationSchema).max(1_000_000),
  options: z
    .strictObject({ ...statisticsPeriodShape, currency: currencyCodeSchema.optional() })
    .check(checkPeriod),
});

/**
 * How long customers take to pay: the average delay between an invoice's
 * date and its payment in full, the average lateness against the due date,
 * and how late the unpaid ones are, as of a date.
 *
 * **Definitions**: the invoices issued in the period and not after `asOf`
 * are read with their allocations dated on or before `asOf`. An invoice is
 * paid on the day its last allocation settled it (`settledOn` of
 * {@link invoiceStatusAsOf}); an invoice settled by credit notes alone
 * (`credited`) or owing nothing is not a payment and is left out. Each
 * invoice weighs the same, whatever its amount. Open invoices are those
 * still owing something on `asOf`; the overdue ones are counted with their
 * days overdue.
 *
 * @param invoices - the invoices (`PayableInvoice`), of any customers
 * @param allocations - the allocations of payments and credit notes to them
 * @param options - `asOf`, the period, the currency
 * @returns the counts and the average delays in days
 * @throws {@link TpeError} `INVALID_INPUT` (bad records, `duplicate_id`,
 *   `from_after_to`, an allocation before its invoice); `CURRENCY_MISMATCH`;
 *   `ALLOCATION_EXCEEDS` when the allocations to an invoice exceed it
 *
 * @example
 * ```ts
 * import { averagePaymentDelay } from '@tpe/invoicing';
 *
 * const invoice = { customerId: 'C-001', amountDue: '100.00', status: 'issued' } as const;
 * const invoices = [
 *   { ...invoice, id: 'I-1', number: 'F-1', issueDate: '2026-03-01', dueDate: '2026-03-31' },
 *   { ...invoice, id: 'I-2', number: 'F-2', issueDate: '2026-03-10', dueDate: '2026-04-09' },
 *   { ...invoice, id: 'I-3', number: 'F-3', issueDate: '2026-04-01', dueDate: '2026-05-01' },
 * ];
 * const paid = (invoiceId: string, date: string) =>
 *   ({ source: { kind: 'payment', id: `P-${invoiceId}` }, invoiceId, amount: '100.00', date }) as const;
 * // I-1 paid in 30 days (on time), I-2 in 45 days (15 late); I-3 open, 14 days overdue on 05-15
 * const delay = averagePaymentDelay(invoices, [paid('I-1', '2026-03-31'), paid('I-2', '2026-04-24')], { asOf: '2026-05-15' });
 * [delay.averageDaysToPay, delay.averageDaysLate, delay.paidLate]; // ['37.50', '7.50', 1]
 * [delay.overdueInvoices, delay.averageDaysOverdue]; // [1, '14.00']
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export function averagePaymentDelay(
  invoices: readonly PayableInvoice[],
  allocations: readonly Allocation[],
  options: PaymentDelayOptions,
): PaymentDelay {
  const parsed = parseWithSchema(inputSchema, { invoices, allocations, options });
  const period = parsed.options;
  const statuses = invoicesOnDay(
    parsed.invoices,
    parsed.allocations,
    period.asOf,
    period.currency ?? 'EUR',
  ).filter(({ invoice }) => inPeriod(invoice.issueDate, period));
  let daysToPay = 0n;
  let daysLate = 0n;
  let paidInvoices = 0;
  let paidLate = 0;
  let openInvoices = 0;
  let overdueInvoices = 0;
  let daysOverdue = 0n;
  for (const { invoice, status } of statuses) {
    if (
      status.status === 'paid' &&
      status.settledOn !== undefined &&
      unitsOf(status.amountDue) > 0n
    ) {
      const late = daysBetween(invoice.dueDate, status.settledOn);
      paidInvoices += 1;
      daysToPay += BigInt(daysBetween(invoice.issueDate, status.settledOn));
      if (late > 0) {
        paidLate += 1;
        daysLate += BigInt(late);
      }
    } else if (unitsOf(status.balance) > 0n) {
      openInvoices += 1;
      if (status.overdue) {
        overdueInvoices += 1;
        daysOverdue += BigInt(status.daysOverdue);
      }
    }
  }
  return {
    asOf: period.asOf,
    paidInvoices,
    averageDaysToPay: averageOf(daysToPay, paidInvoices),
    averageDaysLate: averageOf(daysLate, paidInvoices),
    paidLate,
    openInvoices,
    overdueInvoices,
    averageDaysOverdue: averageOf(daysOverdue, overdueInvoices),
  };
}
