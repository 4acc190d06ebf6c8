import { computeDueDate, type DueDateOptions, type PaymentTerm } from '@tpe/legal-fr';
import type { CommercialDocument } from '../../model/CommercialDocument.js';

/** The due date of a document issued on a day, and the payment term it comes from. */
export interface ResolvedDueDate {
  readonly dueDate: string | undefined;
  readonly paymentTerm: PaymentTerm | undefined;
}

/**
 * The due date of a document: its own when it states one; else computed by
 * `computeDueDate` from its payment term, or its customer's, counted from the
 * issue date, with the delivery date (the issue date when the document gives
 * none: the supply date is printed only when it differs); else none.
 */
export function resolveDueDate(
  document: CommercialDocument,
  issueDate: string,
  options: DueDateOptions | undefined,
): ResolvedDueDate {
  if (document.dueDate !== undefined) {
    return { dueDate: document.dueDate, paymentTerm: document.paymentTerm };
  }
  const term = document.paymentTerm ?? document.customer?.paymentTerm;
  if (term === undefined) return { dueDate: undefined, paymentTerm: undefined };
  const { dueDate } = computeDueDate(
    { issueDate, deliveryDate: document.deliveryDate ?? issueDate, term },
    options,
  );
  return { dueDate, paymentTerm: term };
}
