import type { CommercialDocument } from '@tpe/invoicing';
import type { LegalMention } from '@tpe/legal-fr';
import { z } from 'zod';
import { invoiceTermsOf } from '../mapping/invoiceTermsOf.js';
import { legalMentionsSchema } from '../mapping/legalMentionsSchema.js';
import { readInvoiceInput } from '../mapping/readInvoiceInput.js';
import { writeUbl } from './internal/writeUbl.js';

/**
 * Options of {@link toUBL}.
 *
 * @category UBL
 * @since 0.1.0
 */
export interface ToUblOptions {
  /**
   * The payment sentences printed on the invoice: the `legalMentions`
   * returned by `issue` of `@tpe/invoicing`. Without them they are written
   * again by `legalMentions` of `@tpe/legal-fr` with the statutory penalty
   * rate of the issue date and no escompte.
   */
  readonly mentions?: readonly LegalMention[] | undefined;
}

/**
 * A zod schema for {@link ToUblOptions}.
 *
 * @example
 * ```ts
 * import { toUblOptionsSchema } from '@tpe/e-invoicing';
 *
 * toUblOptionsSchema.safeParse({}).success; // true
 * toUblOptionsSchema.safeParse({ profile: 'BASIC' }).success; // false
 * ```
 *
 * @category UBL
 * @since 0.1.0
 */
export const toUblOptionsSchema: z.ZodType<ToUblOptions> = z.strictObject({
  mentions: legalMentionsSchema.optional(),
});

/**
 * Writes an invoice, deposit invoice or credit note as OASIS UBL 2.1 XML
 * with the EN 16931 binding: an `Invoice` (type 380 or 386) or a
 * `CreditNote` (381).
 *
 * **When to use**: when the buyer's platform asks for UBL rather than CII or
 * Factur-X. The content is that of {@link toCII} with the EN 16931 profile —
 * the same mapping, the same totals from `computeDocumentTotals` — and passes
 * the CEN EN 16931 UBL rules.
 *
 * **Details**: UBL specifics — amounts carry their `currencyID`; the
 * invoicing frame (BT-23) is the `ProfileID`; a note's subject code is
 * written `#PMT#…` before its text; VAT on debits is the invoice period's
 * description code 3 (BT-8); the seller's SIREN without a VAT number is a
 * tax scheme `FC` registration (BT-32).
 *
 * **Gotchas**: a credit note's due date (BT-9) goes in UBL with the payment
 * means, which a credit note does not state: it is then written only in the
 * payment terms (BT-20). See {@link toCII} for the rest.
 *
 * @param invoice - an issued invoice, deposit invoice or credit note (number, issue date and customer set)
 * @param options - the payment sentences
 * @returns the XML, UTF-8, with its declaration
 * @throws {@link TpeError} `INVALID_INPUT`, `NOT_AN_INVOICE`, `RATE_UNKNOWN`
 *   as {@link toCII}
 *
 * @example
 * ```ts
 * import { toUBL } from '@tpe/e-invoicing';
 * import type { CommercialDocument } from '@tpe/invoicing';
 *
 * const address = { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' };
 * const invoice: CommercialDocument = {
 *   id: 'inv-1', kind: 'invoice', status: 'issued', number: 'F2026-000042', issueDate: '2026-03-02', dueDate: '2026-04-01', currency: 'EUR',
 *   seller: { legalName: 'Atelier Dupont', siren: '732829320', vatNumber: 'FR44732829320', address, vatRegime: 'normal' },
 *   customer: { id: 'c-1', kind: 'business', name: 'Client SAS', countryCode: 'FR', siren: '552100554', billingAddress: { ...address, postalCode: '69002' } },
 *   lines: [{ id: '1', label: 'Chaise', quantity: '2', unitCode: 'C62', unitPrice: '50', vat: { category: 'S', rate: '20' }, nature: 'goods' }],
 * };
 * const xml = toUBL(invoice);
 * xml.includes('<cbc:PayableAmount currencyID="EUR">120.00</cbc:PayableAmount>'); // true
 * toUBL({ ...invoice, kind: 'creditNote', precedingInvoices: [{ number: 'F2026-000041', issueDate: '2026-03-01' }] }).includes('<CreditNote '); // true
 * toUBL({ ...invoice, kind: 'deliveryNote' }); // throws TpeError NOT_AN_INVOICE
 * ```
 *
 * @see EN 16931-1:2017 and CEN/TS 16931-3-2 (UBL binding); CGI ann. II art. 242 nonies A
 * @category UBL
 * @since 0.1.0
 */
export function toUBL(invoice: CommercialDocument, options?: ToUblOptions): string {
  const input = readInvoiceInput(invoice, options, toUblOptionsSchema);
  return writeUbl(invoiceTermsOf(input.invoice, input.options?.mentions));
}
