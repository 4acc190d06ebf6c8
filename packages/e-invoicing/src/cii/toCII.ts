import type { CommercialDocument } from '@tpe/invoicing';
import type { LegalMention } from '@tpe/legal-fr';
import { z } from 'zod';
import { invoiceTermsOf } from '../mapping/invoiceTermsOf.js';
import { legalMentionsSchema } from '../mapping/legalMentionsSchema.js';
import { readInvoiceInput } from '../mapping/readInvoiceInput.js';
import { type FacturXProfile, facturXProfileSchema } from './FacturXProfile.js';
import { checkProfileCarries } from './internal/profileScope.js';
import { writeCii } from './internal/writeCii.js';

/**
 * Options of {@link toCII}.
 *
 * @category Factur-X
 * @since 0.1.0
 */
export interface ToCiiOptions {
  /** The Factur-X profile; `'EN16931'` by default. */
  readonly profile?: FacturXProfile | undefined;
  /**
   * The payment sentences printed on the invoice: the `legalMentions`
   * returned by `issue` of `@tpe/invoicing` (they hold the agreed penalty
   * rate and escompte). Without them they are written again by
   * `legalMentions` of `@tpe/legal-fr` with the statutory penalty rate of the
   * issue date and no escompte.
   */
  readonly mentions?: readonly LegalMention[] | undefined;
}

/**
 * A zod schema for {@link ToCiiOptions}: a known profile, mentions as
 * `legalMentions` writes them, each id at most once (`duplicate_mention`).
 *
 * @example
 * ```ts
 * import { toCiiOptionsSchema } from '@tpe/e-invoicing';
 *
 * toCiiOptionsSchema.safeParse({ profile: 'BASIC' }).success; // true
 * toCiiOptionsSchema.safeParse({ profile: 'COMFORT' }).success; // false
 * ```
 *
 * @category Factur-X
 * @since 0.1.0
 */
export const toCiiOptionsSchema: z.ZodType<ToCiiOptions> = z.strictObject({
  profile: facturXProfileSchema.optional(),
  mentions: legalMentionsSchema.optional(),
});

/**
 * Writes an invoice, deposit invoice or credit note as UN/CEFACT Cross
 * Industry Invoice D16B XML, the XML of Factur-X, for a Factur-X 1.0
 * profile (EN 16931 by default).
 *
 * **When to use**: to send an issued invoice as a structured e-invoice, or
 * to embed it in a Factur-X PDF. The result passes the CEN EN 16931 rules,
 * the Factur-X 1.0.9 rules of its profile and, for French invoices between
 * businesses, the French reform rules (BR-FR).
 *
 * **Details**:
 * - The totals, line net amounts and VAT breakdown are those of
 *   `computeDocumentTotals` of `@tpe/invoicing`, computed once.
 * - Type code (BT-3): 380 invoice, 381 credit note (with the invoice it
 *   corrects, BT-25/26), 386 deposit invoice; a final invoice's deducted
 *   deposits make the paid amount (BT-113) and are referred to as preceding
 *   invoices.
 * - French reform data: seller SIREN (BT-30) and buyer SIREN (BT-47) under
 *   scheme 0002, SIRETs as identifiers under scheme 0009 (BT-29, BT-46),
 *   electronic addresses (BT-34, BT-49) the SIREN under scheme 0225 (else the
 *   e-mail), the invoicing frame (BT-23: `B`/`S`/`M` for goods, services or
 *   both, `1`, or `4` for a final invoice after deposits), the payment
 *   sentences as notes `AAB` (escompte), `PMD` (penalties), `PMT` (40 €
 *   indemnity), and VAT on debits as VAT point date code 5 (BT-8) with its
 *   sentence as note `TXD`. The payment-date sentence is the payment terms
 *   (BT-20).
 * - Seller legal form, share capital and trade register make its legal
 *   information (BT-33); a seller without a VAT number gets its SIREN as tax
 *   registration (BT-32, scheme FC), which exempt operations require (BR-E-02).
 * - Payment by transfer to the seller's account (BG-16): code 58 (SEPA) for
 *   an invoice in euros, 30 otherwise; not on a credit note.
 * - An invoice outside the scope of VAT (category O) states no VAT numbers
 *   (BR-O-02); an intra-EU supply without a delivery address is delivered to
 *   the billing address, whose country EN 16931 requires (BR-IC-12).
 * - Public buyers: the service code is the buyer reference (BT-10), the
 *   engagement number the order reference (BT-13), unless the document
 *   gives its own.
 * - Quantities, prices and rates are written in their shortest form
 *   (`"2.5"`), amounts with 2 decimals; no `currencyID` but on the VAT total.
 *
 * **Gotchas**:
 * - MINIMUM and BASIC WL carry no lines (and MINIMUM only the header and
 *   totals): the PDF stays the invoice; France does not accept them as
 *   e-invoices. Data a profile cannot carry beyond that (contacts, account
 *   name and BIC, item descriptions and references for BASIC WL and BASIC; a
 *   paid amount or a preceding invoice for MINIMUM) is refused, not dropped.
 *   BASIC WL and BASIC write the seller's legal information as a note `REG`.
 * - EN 16931 needs a reason or a reason code on every allowance and charge
 *   and an exemption reason or code for categories E, AE, K, G and O:
 *   `lineVat` of `@tpe/invoicing` gives the latter. An intra-EU supply
 *   (category K) needs its delivery date (BR-IC-11).
 * - Several preceding invoices are written as several references, which
 *   Factur-X accepts and the CEN D16B schema does not (one).
 * - The French rules are stricter than the model on a few formats: an
 *   invoice number of at most 35 letters, digits and `+ - _ /` (BR-FR-01,
 *   BR-FR-02), quantities with at most 4 decimals (BR-FR-DEC-02), VAT rates
 *   with at most 2 (BR-FR-DEC-04); and a currency other than the euro needs
 *   the VAT total in euros (BT-6, BT-111), which the model does not hold.
 * - The delivery element is written even when empty (the CII schema requires
 *   it), which the Factur-X rules report as a warning only.
 *
 * @param invoice - an issued invoice, deposit invoice or credit note (number, issue date and customer set)
 * @param options - the profile and the payment sentences
 * @returns the XML, UTF-8, with its declaration
 * @throws {@link TpeError} `INVALID_INPUT` (paths under `invoice` and
 *   `options`; issue codes of `commercialDocumentSchema` and `required`,
 *   `reason_required`, `exemption_reason_required`), `NOT_AN_INVOICE` for
 *   another kind of document, `PROFILE_NOT_SUFFICIENT` (`details.profile`,
 *   `details.terms`), `RATE_UNKNOWN` when the mentions are to be written
 *   for an issue date beyond the shipped ECB rate table
 *
 * @example
 * ```ts
 * import { toCII } from '@tpe/e-invoicing';
 * import type { CommercialDocument } from '@tpe/invoicing';
 *
 * const address = { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' };
 * const invoice: CommercialDocument = {
 *   id: 'inv-1', kind: 'invoice', status: 'issued', number: 'F2026-000042', issueDate: '2026-03-02', dueDate: '2026-04-01', currency: 'EUR',
 *   seller: { legalName: 'Atelier Dupont', siren: '732829320', vatNumber: 'FR44732829320', address, vatRegime: 'normal' },
 *   customer: { id: 'c-1', kind: 'business', name: 'Client SAS', countryCode: 'FR', siren: '552100554', billingAddress: { ...address, postalCode: '69002' } },
 *   lines: [{ id: '1', label: 'Chaise', quantity: '2', unitCode: 'C62', unitPrice: '50', vat: { category: 'S', rate: '20' }, nature: 'goods' }],
 * };
 * const xml = toCII(invoice);
 * xml.includes('<ram:GrandTotalAmount>120.00</ram:GrandTotalAmount>'); // true
 * xml.includes('<ram:SubjectCode>PMT</ram:SubjectCode>'); // true
 * toCII(invoice, { profile: 'BASIC' }).includes('urn:factur-x.eu:1p0:basic'); // true
 * toCII({ ...invoice, seller: { ...invoice.seller, phone: '04 78 00 00 00' } }, { profile: 'BASIC' }); // throws TpeError PROFILE_NOT_SUFFICIENT
 * toCII({ ...invoice, kind: 'quote', status: 'sent' }); // throws TpeError NOT_AN_INVOICE
 * ```
 *
 * @see EN 16931-1:2017 and CEN/TS 16931-3-3 (CII binding); Factur-X 1.0.9; CGI ann. II art. 242 nonies A; C. com. L441-9, L441-10
 * @category Factur-X
 * @since 0.1.0
 */
export function toCII(invoice: CommercialDocument, options?: ToCiiOptions): string {
  const input = readInvoiceInput(invoice, options, toCiiOptionsSchema);
  const profile = input.options?.profile ?? 'EN16931';
  const terms = invoiceTermsOf(input.invoice, input.options?.mentions);
  checkProfileCarries(terms, profile);
  return writeCii(terms, profile);
}
