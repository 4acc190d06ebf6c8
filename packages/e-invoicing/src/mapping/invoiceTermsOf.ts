import { formatScaledUnits, TpeError, toScaledBigInt } from '@tpe/core';
import {
  type Address,
  type AllowanceCharge,
  type CommercialDocument,
  type Customer,
  computeDocumentTotals,
  type DocumentAllowanceCharge,
  type LineVat,
  resolveAllowanceChargeAmount,
} from '@tpe/invoicing';
import type { LegalMention } from '@tpe/legal-fr';
import { appliesVatOnDebits } from './appliesVatOnDebits.js';
import { businessProcessOf } from './businessProcess.js';
import { canonicalDecimal } from './canonicalDecimal.js';
import { defaultPaymentMentions } from './defaultPaymentMentions.js';
import { electronicAddressOf } from './electronicAddress.js';
import type {
  AllowanceChargeTerms,
  DeliveryTerms,
  InvoiceNote,
  InvoiceTerms,
  LineTerms,
  PaymentMeansTerms,
  VatTerms,
} from './InvoiceTerms.js';
import { invoiceIssues } from './invoiceIssues.js';
import { invoiceTypeCodeOf } from './invoiceTypeCode.js';
import { paymentNotesOf } from './paymentNotes.js';
import { sellerLegalInformation } from './sellerLegalInformation.js';

/** An issued document: what {@link invoiceIssues} checked to be there. */
type IssuedDocument = CommercialDocument & {
  readonly number: string;
  readonly issueDate: string;
  readonly customer: Customer;
};

function amountOf(value: string): string {
  return formatScaledUnits(toScaledBigInt(value, 2), 2);
}

function vatTermsOf(vat: LineVat): VatTerms {
  return {
    category: vat.category,
    rate: vat.category === 'O' || vat.rate === undefined ? undefined : canonicalDecimal(vat.rate),
  };
}

function allowanceChargeTermsOf(
  entry: AllowanceCharge,
  vat: LineVat | undefined,
): AllowanceChargeTerms {
  return {
    // the document's schema checked a given amount against its percentage
    amount:
      entry.amount === undefined ? resolveAllowanceChargeAmount(entry) : amountOf(entry.amount),
    baseAmount: entry.baseAmount === undefined ? undefined : amountOf(entry.baseAmount),
    percent: entry.percent === undefined ? undefined : canonicalDecimal(entry.percent),
    reason: entry.reason,
    reasonCode: entry.reasonCode,
    vat: vat === undefined ? undefined : vatTermsOf(vat),
  };
}

function documentAllowancesOf(
  entries: readonly DocumentAllowanceCharge[] | undefined,
): readonly AllowanceChargeTerms[] {
  return (entries ?? []).map((entry) => allowanceChargeTermsOf(entry, entry.vat));
}

function sameAddress(first: Address, second: Address): boolean {
  return (
    first.lines.join('\n') === second.lines.join('\n') &&
    first.postalCode === second.postalCode &&
    first.city === second.city &&
    first.countryCode === second.countryCode &&
    first.subdivision === second.subdivision
  );
}

/**
 * BG-13: the delivery date, and the delivery party and address when the goods
 * go elsewhere than the billing address — or to it, for an intra-EU supply,
 * whose country of arrival EN 16931 requires (BR-IC-12).
 */
function deliveryOf(document: IssuedDocument): DeliveryTerms {
  const { customer } = document;
  const elsewhere = customer.deliveryAddress;
  const intraEu = document.lines.some((line) => line.vat.category === 'K');
  const address =
    elsewhere !== undefined && !sameAddress(elsewhere, customer.billingAddress)
      ? elsewhere
      : intraEu
        ? customer.billingAddress
        : undefined;
  return {
    date: document.deliveryDate,
    place: address === undefined ? undefined : { name: customer.name, address },
  };
}

function paymentMeansOf(document: IssuedDocument): PaymentMeansTerms | undefined {
  const account = document.seller.bankAccount;
  if (account === undefined || document.kind === 'creditNote') return undefined;
  return {
    code: document.currency === 'EUR' ? '58' : '30',
    remittanceInformation: document.number,
    iban: account.iban,
    accountName: account.accountName,
    bic: account.bic,
  };
}

function precedingInvoicesOf(document: IssuedDocument): InvoiceTerms['precedingInvoices'] {
  const references = [
    ...(document.precedingInvoices ?? []),
    ...(document.deductedDeposits ?? []).map(({ number, issueDate }) => ({ number, issueDate })),
  ];
  const seen = new Set<string>();
  return references.filter((reference) => {
    if (seen.has(reference.number)) return false;
    seen.add(reference.number);
    return true;
  });
}

/**
 * Reads a `@tpe/invoicing` invoice, deposit invoice or credit note as the
 * business terms of EN 16931, the one mapping both syntaxes write.
 *
 * **Details**: the totals, the net amount of each line and the VAT breakdown
 * are those of `computeDocumentTotals` (computed here once); the payment
 * sentences are `mentions` when given, else {@link defaultPaymentMentions};
 * the free notes of the document come first, without subject code.
 *
 * @param document - a document already checked by `commercialDocumentSchema`
 * @param mentions - the payment sentences printed on the invoice, if known
 * @throws {@link TpeError} `NOT_AN_INVOICE` for another kind of document;
 *   `INVALID_INPUT` with the issues of {@link invoiceIssues}
 */
export function invoiceTermsOf(
  document: CommercialDocument,
  mentions: readonly LegalMention[] | undefined,
): InvoiceTerms {
  const typeCode = invoiceTypeCodeOf(document.kind);
  const issues = invoiceIssues(document);
  if (issues.length > 0) {
    throw new TpeError(
      'INVALID_INPUT',
      `Not ready for an e-invoice: ${issues.map((found) => found.message).join('; ')}`,
      { issues },
    );
  }
  const issued = document as IssuedDocument;
  const { seller, customer } = issued;
  const totals = computeDocumentTotals(issued);
  // EN 16931 BR-O-02 to BR-O-04: an invoice outside the scope of VAT states no VAT number.
  const outOfScope = totals.vatBreakdown.some((group) => group.category === 'O');
  const payment = paymentNotesOf(mentions ?? defaultPaymentMentions(issued));
  const freeNotes: InvoiceNote[] = (issued.notes ?? []).map((content) => ({
    subjectCode: undefined,
    content,
  }));
  const lines: LineTerms[] = issued.lines.map((line, index) => ({
    id: line.id,
    quantity: canonicalDecimal(line.quantity),
    unitCode: line.unitCode,
    netAmount: totals.lines[index]?.netAmount ?? '0.00',
    netPrice: canonicalDecimal(line.unitPrice),
    priceBaseQuantity:
      line.priceBaseQuantity === undefined ? undefined : canonicalDecimal(line.priceBaseQuantity),
    grossPrice: line.grossPrice === undefined ? undefined : canonicalDecimal(line.grossPrice),
    priceDiscount:
      line.priceDiscount === undefined ? undefined : canonicalDecimal(line.priceDiscount),
    period: line.period,
    allowances: (line.allowances ?? []).map((entry) => allowanceChargeTermsOf(entry, undefined)),
    charges: (line.charges ?? []).map((entry) => allowanceChargeTermsOf(entry, undefined)),
    vat: vatTermsOf(line.vat),
    name: line.label,
    description: line.description,
    itemReference: line.itemReference,
  }));
  return {
    number: issued.number,
    issueDate: issued.issueDate,
    typeCode,
    currency: issued.currency,
    vatOnDebits: appliesVatOnDebits(issued),
    dueDate: issued.dueDate,
    buyerReference: issued.buyerReference ?? customer.publicBuyer?.serviceCode,
    orderReference: issued.orderReference ?? customer.publicBuyer?.engagementNumber,
    paymentTerms: payment.paymentTerms,
    notes: [...freeNotes, ...payment.notes],
    businessProcess: businessProcessOf(issued),
    precedingInvoices: precedingInvoicesOf(issued),
    seller: {
      name: seller.legalName,
      tradeName: seller.tradeName,
      siret: seller.siret,
      siren: seller.siren,
      vatNumber: outOfScope ? undefined : seller.vatNumber,
      taxRegistration: seller.vatNumber === undefined ? seller.siren : undefined,
      legalInformation: sellerLegalInformation(seller),
      electronicAddress: electronicAddressOf(seller.siren, seller.email),
      address: seller.address,
      phone: seller.phone,
      email: seller.email,
    },
    buyer: {
      name: customer.name,
      id:
        customer.siret === undefined
          ? { scheme: undefined, value: customer.id }
          : { scheme: '0009', value: customer.siret },
      siren: customer.siren,
      vatNumber: outOfScope ? undefined : customer.vatNumber,
      electronicAddress: electronicAddressOf(customer.siren, customer.email),
      address: customer.billingAddress,
      email: customer.email,
    },
    delivery: deliveryOf(issued),
    paymentMeans: paymentMeansOf(issued),
    allowances: documentAllowancesOf(issued.allowances),
    charges: documentAllowancesOf(issued.charges),
    totals,
    lines,
  };
}
