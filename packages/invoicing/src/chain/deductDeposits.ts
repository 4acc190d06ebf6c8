import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import {
  type CommercialDocument,
  commercialDocumentSchema,
  type DeductedDeposit,
} from '../model/CommercialDocument.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { invalidInput, notADraft } from './internal/chainErrors.js';
import { documentListSchema } from './internal/chainSchemas.js';
import { centsOf, formatCents } from './internal/quantities.js';
import { expectIssued, expectKind } from './internal/sourceGuards.js';

const argumentsSchema = z.strictObject({
  invoice: commercialDocumentSchema,
  deposits: documentListSchema.min(1),
});

/**
 * Makes a draft invoice the final invoice (facture de solde) of deposits
 * already invoiced: each deposit invoice is listed in `deductedDeposits`
 * with its amount including VAT, which the totals put in the paid amount
 * (BT-113) and take off the amount due (BT-115); the deposit invoices are
 * referred to by number and date (BG-3) and linked (`deducts`).
 *
 * **Details**: the final invoice keeps the full price and VAT of the sale;
 * the deposits, whose VAT was due when they were received, come off the
 * amount to pay.
 *
 * **Gotchas**: which deposits a final invoice deducts is the caller's
 * choice: when an order is invoiced in several parts, deduct each deposit
 * once.
 *
 * @param invoice - an invoice in `draft`
 * @param deposits - issued deposit invoices of the same customer and currency, at least one
 * @returns a new draft invoice; nothing given is changed
 * @throws {@link TpeError} `NOT_A_DRAFT` for an issued invoice; `NOT_ISSUED`
 *   for a deposit invoice without number or date; `DOCUMENT_CANCELLED` for a
 *   cancelled one; `INVALID_INPUT` for a deposit already deducted
 *   (`already_deducted`), of another customer or currency
 *   (`other_customer`, `other_currency`), or deposits above the invoice's
 *   total including VAT (`exceeds_invoice_total`)
 *
 * @example
 * ```ts
 * import { computeDocumentTotals, deductDeposits } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = (price: string) => ({ id: '1', label: 'Table', quantity: '1', unitPrice: price, unitCode: 'C62', vat: { category: 'S', rate: '20' }, nature: 'goods' }) as const;
 * const deposit = { id: 'DEP-1', kind: 'depositInvoice', status: 'issued', number: 'F-2026-0007', issueDate: '2026-02-02', currency: 'EUR', seller, lines: [line('300.00')] } as const;
 * const draft = { id: 'INV-9', kind: 'invoice', status: 'draft', currency: 'EUR', seller, lines: [line('1000.00')] } as const;
 *
 * const final = deductDeposits(draft, [deposit]);
 * final.deductedDeposits; // [{ documentId: 'DEP-1', number: 'F-2026-0007', issueDate: '2026-02-02', amount: '360.00' }]
 * final.precedingInvoices; // [{ number: 'F-2026-0007', issueDate: '2026-02-02' }]
 * const totals = computeDocumentTotals(final);
 * [totals.taxInclusiveAmount, totals.prepaidAmount, totals.amountDue]; // ['1200.00', '360.00', '840.00']
 * deductDeposits(final, [deposit]); // throws TpeError INVALID_INPUT
 * ```
 *
 * @see CGI art. 289 I 1 c (deposit invoices); EN 16931 BT-113, BG-3
 * @category Document chain
 * @since 0.1.0
 */
export function deductDeposits(
  invoice: CommercialDocument,
  deposits: readonly CommercialDocument[],
): CommercialDocument {
  const read = parseWithSchema(argumentsSchema, { invoice, deposits });
  const draft = read.invoice;
  expectKind(draft, ['invoice'], ['invoice']);
  if (draft.status !== 'draft') throw notADraft(draft, ['invoice']);
  const deducted: DeductedDeposit[] = [...(draft.deductedDeposits ?? [])];
  read.deposits.forEach((deposit, index) => {
    const path = ['deposits', index];
    expectKind(deposit, ['depositInvoice'], path);
    expectIssued(deposit, path);
    if (deducted.some((earlier) => earlier.documentId === deposit.id)) {
      throw invalidInput(
        [...path, 'id'],
        'already_deducted',
        `The deposit invoice ${deposit.id} is already deducted`,
      );
    }
    if (deposit.currency !== draft.currency) {
      throw invalidInput(
        [...path, 'currency'],
        'other_currency',
        `The deposit invoice ${deposit.id} is in ${deposit.currency}, the invoice in ${draft.currency}`,
      );
    }
    if (deposit.customer?.id !== draft.customer?.id) {
      throw invalidInput(
        [...path, 'customer'],
        'other_customer',
        `The deposit invoice ${deposit.id} is for another customer`,
      );
    }
    deducted.push({
      documentId: deposit.id,
      number: deposit.number,
      issueDate: deposit.issueDate,
      amount: computeDocumentTotals(deposit).taxInclusiveAmount,
    });
  });
  const depositCents = deducted.reduce((sum, deposit) => sum + centsOf(deposit.amount), 0n);
  const totalCents = centsOf(computeDocumentTotals(draft).taxInclusiveAmount);
  if (depositCents > totalCents) {
    throw invalidInput(
      ['deposits'],
      'exceeds_invoice_total',
      `Deposits of ${formatCents(depositCents)} exceed the invoice's ${formatCents(totalCents)} including VAT`,
    );
  }
  const added = deducted.slice(draft.deductedDeposits?.length ?? 0);
  return {
    ...draft,
    deductedDeposits: deducted,
    precedingInvoices: [
      ...(draft.precedingInvoices ?? []),
      ...added.map(({ number, issueDate }) => ({ number, issueDate })),
    ],
    links: [
      ...(draft.links ?? []),
      ...added.map(({ documentId }) => ({ documentId, relation: 'deducts' as const })),
    ],
  };
}
