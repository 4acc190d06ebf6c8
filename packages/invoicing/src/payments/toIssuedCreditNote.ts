import type { CommercialDocument } from '../model/CommercialDocument.js';
import type { IssuedCreditNote } from './IssuedCreditNote.js';
import { invalidInput } from './internal/inputErrors.js';
import { readIssuedDocument } from './internal/issuedDocument.js';

/**
 * Reads an issued credit note as the {@link IssuedCreditNote} that payments
 * work on: its number, customer, date and amount (its amount due, BT-115,
 * computed by `computeDocumentTotals`).
 *
 * @param document - an issued `creditNote`
 * @returns the credit note's record
 * @throws {@link TpeError} `INVALID_INPUT` for a bad document, another kind
 *   (`wrong_kind`), a draft (`not_issued`), a missing number, issue date or
 *   customer, an amount not above zero (`not_positive`)
 *
 * @example
 * ```ts
 * import { toIssuedCreditNote } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const customer = { id: 'C-001', kind: 'business', name: 'Client SAS', countryCode: 'FR', billingAddress: { lines: ['3 place Bellecour'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' } } as const;
 * const line = { id: '1', label: 'Remise', quantity: '1', unitCode: 'C62', unitPrice: '100', vat: { category: 'S', rate: '20' }, nature: 'service' } as const;
 * toIssuedCreditNote({
 *   id: 'CN-1', kind: 'creditNote', status: 'issued', number: 'AV-2026-0001', issueDate: '2026-03-10',
 *   currency: 'EUR', seller, customer, lines: [line], precedingInvoices: [{ number: 'F-2026-0001', issueDate: '2026-03-02' }],
 * });
 * // { id: 'CN-1', number: 'AV-2026-0001', customerId: 'C-001', issueDate: '2026-03-10', amount: '120.00', currency: 'EUR' }
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export function toIssuedCreditNote(document: CommercialDocument): IssuedCreditNote {
  const facts = readIssuedDocument(document, ['creditNote']);
  if (facts.amountDue.startsWith('-') || /^0\.00$/.test(facts.amountDue)) {
    throw invalidInput(
      ['document'],
      'not_positive',
      `Credit note ${facts.number} credits ${facts.amountDue}: nothing to settle invoices with`,
    );
  }
  return {
    id: facts.document.id,
    number: facts.number,
    customerId: facts.customerId,
    issueDate: facts.issueDate,
    amount: facts.amountDue,
    currency: facts.document.currency,
  };
}
