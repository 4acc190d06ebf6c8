import type { SettlementSource } from '../Allocation.js';
import type { IssuedCreditNote } from '../IssuedCreditNote.js';
import type { Payment } from '../Payment.js';

/** A payment or a credit note, read as money that settles a customer's invoices. */
export interface SettlingMoney {
  readonly source: SettlementSource;
  readonly customerId: string;
  readonly date: string;
  readonly amount: string;
  readonly currency: string;
}

/** A payment as settling money, from its date. */
export function settlingPayment(payment: Payment): SettlingMoney {
  return {
    source: { kind: 'payment', id: payment.id },
    customerId: payment.customerId,
    date: payment.date,
    amount: payment.amount,
    currency: payment.currency ?? 'EUR',
  };
}

/** A credit note as settling money, from its issue date. */
export function settlingCreditNote(creditNote: IssuedCreditNote): SettlingMoney {
  return {
    source: { kind: 'creditNote', id: creditNote.id },
    customerId: creditNote.customerId,
    date: creditNote.issueDate,
    amount: creditNote.amount,
    currency: creditNote.currency ?? 'EUR',
  };
}
