import { compareDates } from '@tpe/core';
import type { Allocation } from '../../payments/Allocation.js';
import { currencyMismatch, invalidInput } from '../../payments/internal/inputErrors.js';
import {
  checkInvoiceAllocations,
  invoiceStatusOn,
  type PlacedAllocation,
} from '../../payments/internal/invoiceStatus.js';
import type { InvoiceStatusAsOf } from '../../payments/invoiceStatusAsOf.js';
import type { PayableInvoice } from '../../payments/PayableInvoice.js';

/** An invoice and its status on the day of the figures. */
export interface InvoiceOnDay {
  readonly invoice: PayableInvoice;
  readonly status: InvoiceStatusAsOf;
}

/**
 * The status on `asOf` of each invoice issued by then, after checking the
 * invoices (one currency, unique ids) and the allocations made to them
 * (allocations to other invoices are not read).
 */
export function invoicesOnDay(
  invoices: readonly PayableInvoice[],
  allocations: readonly Allocation[],
  asOf: string,
  currency: string,
): InvoiceOnDay[] {
  const placed = new Map<string, PlacedAllocation[]>();
  invoices.forEach((invoice, index) => {
    if ((invoice.currency ?? 'EUR') !== currency) {
      throw currencyMismatch(['invoices', index], currency, invoice.currency ?? 'EUR');
    }
    if (placed.has(invoice.id)) {
      throw invalidInput(
        ['invoices', index, 'id'],
        'duplicate_id',
        `Invoice ${invoice.id} is listed twice`,
      );
    }
    placed.set(invoice.id, []);
  });
  allocations.forEach((allocation, index) => {
    placed.get(allocation.invoiceId)?.push({ allocation, path: ['allocations', index] });
  });
  for (const invoice of invoices) checkInvoiceAllocations(invoice, placed.get(invoice.id) ?? []);
  return invoices
    .filter((invoice) => compareDates(invoice.issueDate, asOf) <= 0)
    .map((invoice) => ({
      invoice,
      status: invoiceStatusOn(
        invoice,
        (placed.get(invoice.id) ?? []).map((entry) => entry.allocation),
        asOf,
        currency,
      ),
    }));
}
