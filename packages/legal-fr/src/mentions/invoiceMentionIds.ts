/**
 * The stable identifiers of the invoice mentions known to
 * {@link checkInvoiceMentions} and {@link legalMentions}, in the order
 * findings are reported (identification, document, lines, totals, payment
 * conditions, VAT mentions).
 *
 * | id | what | legal basis |
 * |---|---|---|
 * | `sellerName`, `sellerAddress` | seller's legal name and address | CGI ann. II art. 242 nonies A 1° |
 * | `sellerSiren` | seller's SIREN | 242 nonies A 1°; C. com. R123-237 |
 * | `sellerSiret` | seller's SIRET, when printed (checked, never required) | CGI art. 1737 II |
 * | `sellerVatNumber` | seller's VAT number | 242 nonies A 2° |
 * | `sellerLegalForm`, `sellerShareCapital`, `sellerRegistration` | legal form ("EI" for a sole trader), share capital, RCS / RM and city | C. com. R123-237 |
 * | `buyerName`, `buyerAddress` | buyer's name and address | 242 nonies A 1° |
 * | `buyerSiren` | buyer's SIREN (e-invoicing reform) | 242 nonies A 1° |
 * | `buyerVatNumber` | buyer's VAT number (intra-EU supply, reverse charge) | 242 nonies A 3°, 4° |
 * | `deliveryAddress` | delivery address when different (reform) | 242 nonies A 7° bis |
 * | `invoiceNumber`, `issueDate` | number and issue date | 242 nonies A 7°, 6° |
 * | `originalInvoiceReference` | number and date of the corrected invoice (credit notes) | CGI art. 289 I 5 |
 * | `purchaseOrderNumber` | buyer's purchase order number, when one was issued | C. com. L441-9 |
 * | `operationCategory` | goods / services / both (reform) | 242 nonies A 8° bis |
 * | `lines`, `lineDescription`, `lineQuantity`, `lineUnitPrice`, `lineVatRate` | the lines | 242 nonies A 8° |
 * | `totalExclVat`, `vatBreakdown`, `vatTotal`, `totalInclVat` | totals | 242 nonies A 11° |
 * | `paymentDate`, `escompteConditions`, `latePenaltyRate` | payment conditions | C. com. L441-9 I, L441-10 II |
 * | `recoveryIndemnity` | the 40 € flat indemnity | C. com. L441-10 II, D441-5 |
 * | `vatFranchiseMention` | the franchise en base mention of `vatCategory('franchiseEnBase')` | CGI art. 293 B; 242 nonies A 12° |
 * | `vatExemptionMention` | exemption reference (the mention of `vatCategory` for `intraCommunitySupplyOfGoods`, `export`, or another exemption) | 242 nonies A 12° |
 * | `reverseChargeMention` | the reverse-charge mention of `vatCategory('reverseCharge')` | CGI art. 283-2; 242 nonies A 13° |
 * | `vatOnDebitsMention` | the statement of the option for VAT on debits (reform) | 242 nonies A |
 *
 * @example
 * ```ts
 * import { INVOICE_MENTION_IDS } from '@tpe/legal-fr';
 *
 * INVOICE_MENTION_IDS.includes('buyerSiren'); // true
 * ```
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export const INVOICE_MENTION_IDS = [
  'sellerName',
  'sellerAddress',
  'sellerSiren',
  'sellerSiret',
  'sellerVatNumber',
  'sellerLegalForm',
  'sellerShareCapital',
  'sellerRegistration',
  'buyerName',
  'buyerAddress',
  'buyerSiren',
  'buyerVatNumber',
  'deliveryAddress',
  'invoiceNumber',
  'issueDate',
  'originalInvoiceReference',
  'purchaseOrderNumber',
  'operationCategory',
  'lines',
  'lineDescription',
  'lineQuantity',
  'lineUnitPrice',
  'lineVatRate',
  'totalExclVat',
  'vatBreakdown',
  'vatTotal',
  'totalInclVat',
  'paymentDate',
  'escompteConditions',
  'latePenaltyRate',
  'recoveryIndemnity',
  'vatFranchiseMention',
  'vatExemptionMention',
  'reverseChargeMention',
  'vatOnDebitsMention',
] as const;

/**
 * One of {@link INVOICE_MENTION_IDS}: the stable identifier of an invoice
 * mention, shared by the findings of {@link checkInvoiceMentions} and the
 * sentences of {@link legalMentions}.
 *
 * @example
 * ```ts
 * import type { InvoiceMentionId } from '@tpe/legal-fr';
 *
 * const id: InvoiceMentionId = 'recoveryIndemnity';
 * ```
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export type InvoiceMentionId = (typeof INVOICE_MENTION_IDS)[number];
