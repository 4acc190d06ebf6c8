import { addDays, formatScaledUnits, isTpeError, toScaledUnits } from '@tpe/core';
import type { IssuedCreditNote } from '../IssuedCreditNote.js';
import type { PayableInvoice } from '../PayableInvoice.js';
import type { Payment } from '../Payment.js';

/** An issued invoice of customer C-001, issued on `issueDate` and due 30 days later. */
export function anInvoice(
  id: string,
  amountDue: string,
  issueDate: string,
  overrides: Partial<PayableInvoice> = {},
): PayableInvoice {
  return {
    id,
    number: `F-${id}`,
    customerId: 'C-001',
    issueDate,
    dueDate: addDays(issueDate, 30),
    amountDue,
    status: 'issued',
    ...overrides,
  };
}

/** A transfer from customer C-001. */
export function aPayment(
  id: string,
  amount: string,
  date: string,
  overrides: Partial<Payment> = {},
): Payment {
  return { id, customerId: 'C-001', date, amount, method: 'transfer', ...overrides };
}

/** A credit note to customer C-001. */
export function aCreditNote(
  id: string,
  amount: string,
  issueDate: string,
  overrides: Partial<IssuedCreditNote> = {},
): IssuedCreditNote {
  return { id, number: `AV-${id}`, customerId: 'C-001', issueDate, amount, ...overrides };
}

/** Cents as an amount string: 12345 → '123.45'. */
export function euros(cents: number): string {
  return formatScaledUnits(cents, 2);
}

/** An amount string as cents: '123.45' → 12345. */
export function cents(amount: string): number {
  return toScaledUnits(amount, 2);
}

/** Runs `run` and returns the code of the `TpeError` it throws, or `'none'`. */
export function errorCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isTpeError(error)) return error.code;
    throw error;
  }
  return 'none';
}
