import { compareDates } from '@tpe/core';
import type { PayableInvoice } from '../PayableInvoice.js';

/** Orders invoices by due date, then issue date, number and id: oldest due first. */
export function byDueDate(left: PayableInvoice, right: PayableInvoice): number {
  return (
    compareDates(left.dueDate, right.dueDate) ||
    compareDates(left.issueDate, right.issueDate) ||
    compareText(left.number, right.number) ||
    compareText(left.id, right.id)
  );
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
