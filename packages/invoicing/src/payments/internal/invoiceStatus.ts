import { compareDates, daysBetween, TpeError } from '@tpe/core';
import type { Allocation } from '../Allocation.js';
import type { InvoicePaymentStatus, InvoiceStatusAsOf } from '../invoiceStatusAsOf.js';
import type { PayableInvoice } from '../PayableInvoice.js';
import { amountOf, unitsOf } from './amounts.js';
import { invalidInput } from './inputErrors.js';

/** An allocation and where it stands in the caller's input. */
export interface PlacedAllocation {
  readonly allocation: Allocation;
  readonly path: readonly (string | number)[];
}

/**
 * Checks the allocations made to one invoice: none before its issue date, and
 * in total not above its amount due.
 */
export function checkInvoiceAllocations(
  invoice: PayableInvoice,
  placed: readonly PlacedAllocation[],
): void {
  let total = 0n;
  for (const { allocation, path } of placed) {
    if (compareDates(allocation.date, invoice.issueDate) < 0) {
      throw invalidInput(
        [...path, 'date'],
        'before_issue_date',
        `An allocation dated ${allocation.date} settles invoice ${invoice.number}, issued on ${invoice.issueDate}`,
      );
    }
    total += unitsOf(allocation.amount);
  }
  if (total > unitsOf(invoice.amountDue)) {
    const message = `The allocations to invoice ${invoice.number} total ${amountOf(total)}, more than its ${invoice.amountDue}`;
    throw new TpeError('ALLOCATION_EXCEEDS', message, {
      issues: [{ path: ['allocations'], code: 'invoice_exceeded', message }],
      details: {
        invoiceId: invoice.id,
        amountDue: invoice.amountDue,
        allocated: amountOf(total),
      },
    });
  }
}

/**
 * The status of an invoice on `asOf` from the allocations made to it (already
 * checked by {@link checkInvoiceAllocations}); those dated after `asOf` are
 * not counted.
 */
export function invoiceStatusOn(
  invoice: PayableInvoice,
  allocations: readonly Allocation[],
  asOf: string,
  currency: string,
): InvoiceStatusAsOf {
  let paid = 0n;
  let credited = 0n;
  let lastDate: string = invoice.issueDate;
  for (const allocation of allocations) {
    if (compareDates(allocation.date, asOf) > 0) continue;
    const units = unitsOf(allocation.amount);
    if (allocation.source.kind === 'payment') paid += units;
    else credited += units;
    if (compareDates(allocation.date, lastDate) > 0) lastDate = allocation.date;
  }
  const balance = unitsOf(invoice.amountDue) - paid - credited;
  const overdue = balance > 0n && compareDates(asOf, invoice.dueDate) > 0;
  const status: InvoicePaymentStatus =
    balance === 0n
      ? paid === 0n && credited > 0n
        ? 'credited'
        : 'paid'
      : overdue
        ? 'overdue'
        : paid > 0n
          ? 'partiallyPaid'
          : 'unpaid';
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    asOf,
    currency,
    status,
    amountDue: amountOf(unitsOf(invoice.amountDue)),
    paid: amountOf(paid),
    credited: amountOf(credited),
    balance: amountOf(balance),
    partiallyPaid: paid > 0n && balance > 0n,
    overdue,
    daysOverdue: overdue ? daysBetween(invoice.dueDate, asOf) : 0,
    ...(balance === 0n ? { settledOn: lastDate } : {}),
  };
}
