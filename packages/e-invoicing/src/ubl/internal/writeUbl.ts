import type { Address, VatBreakdownEntry } from '@tpe/invoicing';
import type {
  AllowanceChargeTerms,
  BuyerTerms,
  InvoiceTerms,
  LineTerms,
  SchemedId,
  SellerTerms,
  VatTerms,
} from '../../mapping/InvoiceTerms.js';
import {
  close,
  closeOptional,
  open,
  text,
  writtenXml,
  type XmlWriter,
  xmlWriter,
} from '../../mapping/xmlWriter.js';

const CAC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';
const CBC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';

/** UNTDID 2005 "invoice document issue date": VAT due when the invoice is issued (BT-8). */
const VAT_DUE_ON_INVOICE_DATE = '3';

/** The writing of one document: where it goes, its currency for the amounts and whether it is a credit note. */
interface Context {
  readonly out: XmlWriter;
  readonly currency: string;
  readonly creditNote: boolean;
}

function amount(context: Context, name: string, value: string | undefined): void {
  text(context.out, name, value, 'currencyID', context.currency);
}

/** An aggregate holding one identifier: `<name><cbc:ID>value</cbc:ID></name>`; nothing without a value. */
function identifier(
  out: XmlWriter,
  name: string,
  value: string | undefined,
  scheme?: string,
): void {
  if (value === undefined) return;
  open(out, name);
  text(out, 'cbc:ID', value, 'schemeID', scheme);
  close(out, name);
}

function postalAddress(out: XmlWriter, name: string, value: Address): void {
  open(out, name);
  text(out, 'cbc:StreetName', value.lines[0]);
  text(out, 'cbc:AdditionalStreetName', value.lines[1]);
  text(out, 'cbc:CityName', value.city);
  text(out, 'cbc:PostalZone', value.postalCode === '' ? undefined : value.postalCode);
  text(out, 'cbc:CountrySubentity', value.subdivision);
  if (value.lines[2] !== undefined) {
    open(out, 'cac:AddressLine');
    text(out, 'cbc:Line', value.lines[2]);
    close(out, 'cac:AddressLine');
  }
  open(out, 'cac:Country');
  text(out, 'cbc:IdentificationCode', value.countryCode);
  close(out, 'cac:Country');
  close(out, name);
}

function endpoint(out: XmlWriter, address: SchemedId | undefined): void {
  if (address !== undefined) text(out, 'cbc:EndpointID', address.value, 'schemeID', address.scheme);
}

function partyTaxScheme(out: XmlWriter, companyId: string | undefined, scheme: string): void {
  if (companyId === undefined) return;
  open(out, 'cac:PartyTaxScheme');
  text(out, 'cbc:CompanyID', companyId);
  identifier(out, 'cac:TaxScheme', scheme);
  close(out, 'cac:PartyTaxScheme');
}

/** A party's legal entity (BT-27 or BT-44, BT-30 or BT-47, BT-33) and contact (BG-6, BG-9). */
function legalEntityAndContact(
  out: XmlWriter,
  party: Pick<SellerTerms, 'name' | 'siren' | 'email'> & {
    readonly legalInformation?: string | undefined;
    readonly phone?: string | undefined;
  },
): void {
  open(out, 'cac:PartyLegalEntity');
  text(out, 'cbc:RegistrationName', party.name);
  text(out, 'cbc:CompanyID', party.siren, 'schemeID', '0002');
  text(out, 'cbc:CompanyLegalForm', party.legalInformation);
  close(out, 'cac:PartyLegalEntity');
  const contact = open(out, 'cac:Contact');
  text(out, 'cbc:Telephone', party.phone);
  text(out, 'cbc:ElectronicMail', party.email);
  closeOptional(out, 'cac:Contact', contact);
}

function seller(out: XmlWriter, terms: SellerTerms): void {
  open(out, 'cac:AccountingSupplierParty');
  open(out, 'cac:Party');
  endpoint(out, terms.electronicAddress);
  identifier(out, 'cac:PartyIdentification', terms.siret, '0009');
  if (terms.tradeName !== undefined) {
    open(out, 'cac:PartyName');
    text(out, 'cbc:Name', terms.tradeName);
    close(out, 'cac:PartyName');
  }
  postalAddress(out, 'cac:PostalAddress', terms.address);
  partyTaxScheme(out, terms.vatNumber, 'VAT');
  partyTaxScheme(out, terms.taxRegistration, 'FC');
  legalEntityAndContact(out, terms);
  close(out, 'cac:Party');
  close(out, 'cac:AccountingSupplierParty');
}

function buyer(out: XmlWriter, terms: BuyerTerms): void {
  open(out, 'cac:AccountingCustomerParty');
  open(out, 'cac:Party');
  endpoint(out, terms.electronicAddress);
  identifier(out, 'cac:PartyIdentification', terms.id.value, terms.id.scheme);
  postalAddress(out, 'cac:PostalAddress', terms.address);
  partyTaxScheme(out, terms.vatNumber, 'VAT');
  legalEntityAndContact(out, terms);
  close(out, 'cac:Party');
  close(out, 'cac:AccountingCustomerParty');
}

function taxCategory(
  out: XmlWriter,
  name: string,
  vat: VatTerms,
  exemption?: Pick<VatBreakdownEntry, 'exemptionCode' | 'exemptionReason'>,
): void {
  open(out, name);
  text(out, 'cbc:ID', vat.category);
  text(out, 'cbc:Percent', vat.rate);
  text(out, 'cbc:TaxExemptionReasonCode', exemption?.exemptionCode);
  text(out, 'cbc:TaxExemptionReason', exemption?.exemptionReason);
  identifier(out, 'cac:TaxScheme', 'VAT');
  close(out, name);
}

/** An allowance or charge; a line's has no VAT of its own (`vat` undefined), it takes the line's. */
function allowanceCharge(context: Context, entry: AllowanceChargeTerms, charge: boolean): void {
  const { out } = context;
  open(out, 'cac:AllowanceCharge');
  text(out, 'cbc:ChargeIndicator', String(charge));
  text(out, 'cbc:AllowanceChargeReasonCode', entry.reasonCode);
  text(out, 'cbc:AllowanceChargeReason', entry.reason);
  text(out, 'cbc:MultiplierFactorNumeric', entry.percent);
  amount(context, 'cbc:Amount', entry.amount);
  amount(context, 'cbc:BaseAmount', entry.baseAmount);
  if (entry.vat !== undefined) taxCategory(out, 'cac:TaxCategory', entry.vat);
  close(out, 'cac:AllowanceCharge');
}

function allowancesAndCharges(
  context: Context,
  owner: {
    readonly allowances: readonly AllowanceChargeTerms[];
    readonly charges: readonly AllowanceChargeTerms[];
  },
): void {
  for (const entry of owner.allowances) allowanceCharge(context, entry, false);
  for (const entry of owner.charges) allowanceCharge(context, entry, true);
}

function line(context: Context, terms: LineTerms): void {
  const { out, creditNote } = context;
  const name = creditNote ? 'cac:CreditNoteLine' : 'cac:InvoiceLine';
  open(out, name);
  text(out, 'cbc:ID', terms.id);
  text(
    out,
    creditNote ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity',
    terms.quantity,
    'unitCode',
    terms.unitCode,
  );
  amount(context, 'cbc:LineExtensionAmount', terms.netAmount);
  if (terms.period !== undefined) {
    open(out, 'cac:InvoicePeriod');
    text(out, 'cbc:StartDate', terms.period.start);
    text(out, 'cbc:EndDate', terms.period.end);
    close(out, 'cac:InvoicePeriod');
  }
  allowancesAndCharges(context, terms);
  open(out, 'cac:Item');
  text(out, 'cbc:Description', terms.description);
  text(out, 'cbc:Name', terms.name);
  identifier(out, 'cac:SellersItemIdentification', terms.itemReference);
  taxCategory(out, 'cac:ClassifiedTaxCategory', terms.vat);
  close(out, 'cac:Item');
  open(out, 'cac:Price');
  amount(context, 'cbc:PriceAmount', terms.netPrice);
  text(out, 'cbc:BaseQuantity', terms.priceBaseQuantity, 'unitCode', terms.unitCode);
  if (terms.grossPrice !== undefined) {
    open(out, 'cac:AllowanceCharge');
    text(out, 'cbc:ChargeIndicator', 'false');
    amount(context, 'cbc:Amount', terms.priceDiscount ?? '0');
    amount(context, 'cbc:BaseAmount', terms.grossPrice);
    close(out, 'cac:AllowanceCharge');
  }
  close(out, 'cac:Price');
  close(out, name);
}

function delivery(out: XmlWriter, terms: InvoiceTerms): void {
  const { date, place } = terms.delivery;
  const start = open(out, 'cac:Delivery');
  text(out, 'cbc:ActualDeliveryDate', date);
  if (place !== undefined) {
    open(out, 'cac:DeliveryLocation');
    postalAddress(out, 'cac:Address', place.address);
    close(out, 'cac:DeliveryLocation');
    open(out, 'cac:DeliveryParty');
    open(out, 'cac:PartyName');
    text(out, 'cbc:Name', place.name);
    close(out, 'cac:PartyName');
    close(out, 'cac:DeliveryParty');
  }
  closeOptional(out, 'cac:Delivery', start);
}

function paymentMeans(out: XmlWriter, terms: InvoiceTerms): void {
  const means = terms.paymentMeans;
  if (means === undefined) return;
  open(out, 'cac:PaymentMeans');
  text(out, 'cbc:PaymentMeansCode', means.code);
  text(out, 'cbc:PaymentID', means.remittanceInformation);
  open(out, 'cac:PayeeFinancialAccount');
  text(out, 'cbc:ID', means.iban);
  text(out, 'cbc:Name', means.accountName);
  identifier(out, 'cac:FinancialInstitutionBranch', means.bic);
  close(out, 'cac:PayeeFinancialAccount');
  close(out, 'cac:PaymentMeans');
}

function taxTotal(context: Context, terms: InvoiceTerms): void {
  const { out } = context;
  open(out, 'cac:TaxTotal');
  amount(context, 'cbc:TaxAmount', terms.totals.vatTotal);
  for (const entry of terms.totals.vatBreakdown) {
    open(out, 'cac:TaxSubtotal');
    amount(context, 'cbc:TaxableAmount', entry.taxableAmount);
    amount(context, 'cbc:TaxAmount', entry.vatAmount);
    taxCategory(
      out,
      'cac:TaxCategory',
      { category: entry.category, rate: entry.category === 'O' ? undefined : entry.rate },
      entry,
    );
    close(out, 'cac:TaxSubtotal');
  }
  close(out, 'cac:TaxTotal');
}

function monetaryTotal(context: Context, terms: InvoiceTerms): void {
  const { totals } = terms;
  open(context.out, 'cac:LegalMonetaryTotal');
  amount(context, 'cbc:LineExtensionAmount', totals.lineNetTotal);
  amount(context, 'cbc:TaxExclusiveAmount', totals.taxExclusiveAmount);
  amount(context, 'cbc:TaxInclusiveAmount', totals.taxInclusiveAmount);
  amount(context, 'cbc:AllowanceTotalAmount', totals.allowanceTotal);
  amount(context, 'cbc:ChargeTotalAmount', totals.chargeTotal);
  amount(context, 'cbc:PrepaidAmount', totals.prepaidAmount);
  if (totals.roundingAmount !== '0.00') {
    amount(context, 'cbc:PayableRoundingAmount', totals.roundingAmount);
  }
  amount(context, 'cbc:PayableAmount', totals.amountDue);
  close(context.out, 'cac:LegalMonetaryTotal');
}

/** The header: identification, notes, references (BT-1 to BT-26). */
function header(out: XmlWriter, terms: InvoiceTerms, creditNote: boolean): void {
  text(out, 'cbc:CustomizationID', 'urn:cen.eu:en16931:2017');
  text(out, 'cbc:ProfileID', terms.businessProcess);
  text(out, 'cbc:ID', terms.number);
  text(out, 'cbc:IssueDate', terms.issueDate);
  if (!creditNote) text(out, 'cbc:DueDate', terms.dueDate);
  text(out, creditNote ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', terms.typeCode);
  for (const note of terms.notes) {
    text(
      out,
      'cbc:Note',
      note.subjectCode === undefined ? note.content : `#${note.subjectCode}#${note.content}`,
    );
  }
  text(out, 'cbc:DocumentCurrencyCode', terms.currency);
  text(out, 'cbc:BuyerReference', terms.buyerReference);
  if (terms.vatOnDebits) {
    open(out, 'cac:InvoicePeriod');
    text(out, 'cbc:DescriptionCode', VAT_DUE_ON_INVOICE_DATE);
    close(out, 'cac:InvoicePeriod');
  }
  identifier(out, 'cac:OrderReference', terms.orderReference);
  for (const invoice of terms.precedingInvoices) {
    open(out, 'cac:BillingReference');
    open(out, 'cac:InvoiceDocumentReference');
    text(out, 'cbc:ID', invoice.number);
    text(out, 'cbc:IssueDate', invoice.issueDate);
    close(out, 'cac:InvoiceDocumentReference');
    close(out, 'cac:BillingReference');
  }
}

/**
 * Writes the OASIS UBL 2.1 XML of an invoice (root `Invoice`) or a credit
 * note (root `CreditNote`) with the EN 16931 binding (CEN/TS 16931-3-2),
 * elements in the order of the UBL 2.1 schema. A note's subject code is
 * written before its text as `#CODE#`, as the binding says.
 */
export function writeUbl(terms: InvoiceTerms): string {
  const creditNote = terms.typeCode === '381';
  const out = xmlWriter();
  const context: Context = { out, currency: terms.currency, creditNote };
  const rootName = creditNote ? 'CreditNote' : 'Invoice';
  open(out, rootName, {
    xmlns: `urn:oasis:names:specification:ubl:schema:xsd:${rootName}-2`,
    'xmlns:cac': CAC,
    'xmlns:cbc': CBC,
  });
  header(out, terms, creditNote);
  seller(out, terms.seller);
  buyer(out, terms.buyer);
  delivery(out, terms);
  paymentMeans(out, terms);
  if (terms.paymentTerms !== undefined) {
    open(out, 'cac:PaymentTerms');
    text(out, 'cbc:Note', terms.paymentTerms);
    close(out, 'cac:PaymentTerms');
  }
  allowancesAndCharges(context, terms);
  taxTotal(context, terms);
  monetaryTotal(context, terms);
  for (const entry of terms.lines) line(context, entry);
  close(out, rootName);
  return writtenXml(out);
}
