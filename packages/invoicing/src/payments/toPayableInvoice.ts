import type { CommercialDocument } from '../model/CommercialDocument.js';
import { invalidInput } from './internal/inputErrors.js';
import { readIssuedDocument } from './internal/issuedDocument.js';
import type { PayableInvoice } from './PayableInvoice.js';

/**
 * Reads an issued invoice or deposit invoice as the {@link PayableInvoice}
 * that payments work on: its number, customer, dates and amount due (BT-115,
 * computed by `computeDocumentTotals`).
 *
 * @param document - an issued (or since cancelled) `invoice` or `depositInvoice`
 * @returns the payable invoice
 * @throws {@link TpeError} `INVALID_INPUT` for a bad document, another kind
 *   (`wrong_kind`), a draft (`not_issued`), a missing number, issue date,
 *   customer or due date (`number_missing`, `issueDate_missing`,
 *   `customer_missing`, `dueDate_missing`), a negative amount due
 *   (`negative_amount_due`)
 *
 * @example
 * ```ts
 * import { toPayableInvoice } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const customer = { id: 'C-001', kind: 'business', name: 'Client SAS', countryCode: 'FR', billingAddress: { lines: ['3 place Bellecour'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' } } as const;
 * const line = { id: '1', label: 'Pose', quantity: '1', unitCode: 'C62', unitPrice: '1000', vat: { category: 'S', rate: '20' }, nature: 'service' } as const;
 * toPayableInvoice({
 *   id: 'INV-1', kind: 'invoice', status: 'issued', number: 'F-2026-0001', issueDate: '2026-03-02',
 *   dueDate: '2026-04-01', currency: 'EUR', seller, customer, lines: [line],
 * });
 * // { id: 'INV-1', number: 'F-2026-0001', customerId: 'C-001', issueDate: '2026-03-02', dueDate: '2026-04-01', amountDue: '1200.00', currency: 'EUR', status: 'issued' }
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export function toPayableInvoice(document: CommercialDocument): PayableInvoice {
  const facts = readIssuedDocument(document, ['invoice', 'depositInvoice']);
  const { dueDate } = facts.document;
  if (dueDate === undefined) {
    throw invalidInput(
      ['document', 'dueDate'],
      'dueDate_missing',
      `The issued invoice ${facts.number} has no due date`,
    );
  }
  if (facts.amountDue.startsWith('-')) {
    throw invalidInput(
      ['document'],
      'negative_amount_due',
      `Invoice ${facts.number} has a negative amount due (${facts.amountDue})`,
    );
  }
  return {
    id: facts.document.id,
    number: facts.number,
    customerId: facts.customerId,
    issueDate: facts.issueDate,
    dueDate,
    amountDue: facts.amountDue,
    currency: facts.document.currency,
    status: facts.status,
  };
}
