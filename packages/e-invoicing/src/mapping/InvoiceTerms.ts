import type { Address, DocumentTotals, VatCategoryCode } from '@tpe/invoicing';

/**
 * An invoice as the business terms of EN 16931 name it, read once from a
 * `@tpe/invoicing` document and written by both syntaxes (CII and UBL). The
 * totals are those of `computeDocumentTotals`, never recomputed. Decimal
 * strings are already in the form written: amounts with 2 decimals,
 * quantities, prices and rates in their shortest form.
 */
export interface InvoiceTerms {
  /** BT-1. */
  readonly number: string;
  /** BT-2. */
  readonly issueDate: string;
  /** BT-3: 380 commercial invoice, 381 credit note, 386 prepayment invoice. */
  readonly typeCode: InvoiceTypeCode;
  /** BT-5. */
  readonly currency: string;
  /** BT-8: `true` when VAT is due on the invoice date (the seller opted for VAT on debits). */
  readonly vatOnDebits: boolean;
  /** BT-9. */
  readonly dueDate: string | undefined;
  /** BT-10. */
  readonly buyerReference: string | undefined;
  /** BT-13. */
  readonly orderReference: string | undefined;
  /** BT-20: the payment-date sentence. */
  readonly paymentTerms: string | undefined;
  /** BG-1: each note with its UNTDID 4451 subject code (BT-21), if any. */
  readonly notes: readonly InvoiceNote[];
  /** BT-23: the French invoicing frame (B1, S1, M1, B4…). */
  readonly businessProcess: string;
  /** BG-3: the invoices referred to (corrected invoice, deducted deposits). */
  readonly precedingInvoices: readonly { readonly number: string; readonly issueDate: string }[];
  /** BG-4. */
  readonly seller: SellerTerms;
  /** BG-7. */
  readonly buyer: BuyerTerms;
  /** BG-13: the delivery date (BT-72) and, when elsewhere, the delivery party and address. */
  readonly delivery: DeliveryTerms;
  /** BG-16. */
  readonly paymentMeans: PaymentMeansTerms | undefined;
  /** BG-20. */
  readonly allowances: readonly AllowanceChargeTerms[];
  /** BG-21. */
  readonly charges: readonly AllowanceChargeTerms[];
  /** BG-22 and BG-23, from `computeDocumentTotals`. */
  readonly totals: DocumentTotals;
  /** BG-25. */
  readonly lines: readonly LineTerms[];
}

/** UNTDID 1001 codes written for BT-3. */
export type InvoiceTypeCode = '380' | '381' | '386';

/** BG-1. */
export interface InvoiceNote {
  /** BT-21: `AAB`, `PMD`, `PMT`, `TXD`; none for a free note. */
  readonly subjectCode: string | undefined;
  /** BT-22. */
  readonly content: string;
}

/** An identifier with its ISO 6523 ICD or EAS scheme. */
export interface SchemedId {
  readonly scheme: string;
  readonly value: string;
}

/** BG-4. */
export interface SellerTerms {
  /** BT-27. */
  readonly name: string;
  /** BT-28. */
  readonly tradeName: string | undefined;
  /** BT-29: the SIRET, scheme 0009. */
  readonly siret: string | undefined;
  /** BT-30: the SIREN, scheme 0002. */
  readonly siren: string | undefined;
  /** BT-31. */
  readonly vatNumber: string | undefined;
  /** BT-32: the SIREN when the seller has no VAT number (scheme FC). */
  readonly taxRegistration: string | undefined;
  /** BT-33: legal form, share capital, trade register. */
  readonly legalInformation: string | undefined;
  /** BT-34. */
  readonly electronicAddress: SchemedId | undefined;
  /** BG-5. */
  readonly address: Address;
  /** BT-42. */
  readonly phone: string | undefined;
  /** BT-43. */
  readonly email: string | undefined;
}

/** BG-7. */
export interface BuyerTerms {
  /** BT-44. */
  readonly name: string;
  /** BT-46: the SIRET (scheme 0009), else the seller's id of the customer (no scheme). */
  readonly id: { readonly scheme: string | undefined; readonly value: string };
  /** BT-47: the SIREN, scheme 0002. */
  readonly siren: string | undefined;
  /** BT-48. */
  readonly vatNumber: string | undefined;
  /** BT-49. */
  readonly electronicAddress: SchemedId | undefined;
  /** BG-8. */
  readonly address: Address;
  /** BT-58. */
  readonly email: string | undefined;
}

/** BG-13 and BT-72. */
export interface DeliveryTerms {
  /** BT-72. */
  readonly date: string | undefined;
  /** BT-70 and BG-15, when the goods are delivered elsewhere than the billing address. */
  readonly place: { readonly name: string; readonly address: Address } | undefined;
}

/** BG-16 and BG-17. */
export interface PaymentMeansTerms {
  /** BT-81: 58 SEPA credit transfer, 30 credit transfer. */
  readonly code: '58' | '30';
  /** BT-83: the invoice number, for the payer to quote. */
  readonly remittanceInformation: string;
  /** BT-84. */
  readonly iban: string;
  /** BT-85. */
  readonly accountName: string | undefined;
  /** BT-86. */
  readonly bic: string | undefined;
}

/** BG-20, BG-21, BG-27, BG-28. */
export interface AllowanceChargeTerms {
  /** BT-92, BT-99, BT-136, BT-141. */
  readonly amount: string;
  /** BT-93, BT-100, BT-137, BT-142. */
  readonly baseAmount: string | undefined;
  /** BT-94, BT-101, BT-138, BT-143. */
  readonly percent: string | undefined;
  /** BT-97, BT-104, BT-139, BT-144. */
  readonly reason: string | undefined;
  /** BT-98, BT-105, BT-140, BT-145. */
  readonly reasonCode: string | undefined;
  /** BT-95/96, BT-102/103: for a document-level allowance or charge only. */
  readonly vat: VatTerms | undefined;
}

/** A VAT category and its rate (none for category O). */
export interface VatTerms {
  readonly category: VatCategoryCode;
  readonly rate: string | undefined;
}

/** BG-25. */
export interface LineTerms {
  /** BT-126. */
  readonly id: string;
  /** BT-129. */
  readonly quantity: string;
  /** BT-130. */
  readonly unitCode: string;
  /** BT-131, from `computeDocumentTotals`. */
  readonly netAmount: string;
  /** BT-146. */
  readonly netPrice: string;
  /** BT-149. */
  readonly priceBaseQuantity: string | undefined;
  /** BT-148. */
  readonly grossPrice: string | undefined;
  /** BT-147. */
  readonly priceDiscount: string | undefined;
  /** BG-26: BT-134, BT-135. */
  readonly period: { readonly start: string; readonly end: string } | undefined;
  /** BG-27. */
  readonly allowances: readonly AllowanceChargeTerms[];
  /** BG-28. */
  readonly charges: readonly AllowanceChargeTerms[];
  /** BT-151, BT-152. */
  readonly vat: VatTerms;
  /** BT-153. */
  readonly name: string;
  /** BT-154. */
  readonly description: string | undefined;
  /** BT-155. */
  readonly itemReference: string | undefined;
}
