import type { Address, VatBreakdownEntry } from '@tpe/invoicing';
import { eachAllowanceCharge } from '../../mapping/eachAllowanceCharge.js';
import type {
  AllowanceChargeTerms,
  BuyerTerms,
  InvoiceTerms,
  LineTerms,
  SchemedId,
  SellerTerms,
  VatTerms,
} from '../../mapping/InvoiceTerms.js';
import { type XmlWriter, xmlWriter } from '../../mapping/xmlWriter.js';

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
  context.out.text(name, value, 'currencyID', context.currency);
}

/** An aggregate holding one identifier: `<name><cbc:ID>value</cbc:ID></name>`; nothing without a value. */
function identifier(
  out: XmlWriter,
  name: string,
  value: string | undefined,
  scheme?: string,
): void {
  if (value === undefined) return;
  out.open(name);
  out.text('cbc:ID', value, 'schemeID', scheme);
  out.close(name);
}

function postalAddress(out: XmlWriter, name: string, value: Address): void {
  out.open(name);
  out.text('cbc:StreetName', value.lines[0]);
  out.text('cbc:AdditionalStreetName', value.lines[1]);
  out.text('cbc:CityName', value.city);
  out.text('cbc:PostalZone', value.postalCode === '' ? undefined : value.postalCode);
  out.text('cbc:CountrySubentity', value.subdivision);
  if (value.lines[2] !== undefined) {
    out.open('cac:AddressLine');
    out.text('cbc:Line', value.lines[2]);
    out.close('cac:AddressLine');
  }
  out.open('cac:Country');
  out.text('cbc:IdentificationCode', value.countryCode);
  out.close('cac:Country');
  out.close(name);
}

function endpoint(out: XmlWriter, address: SchemedId | undefined): void {
  if (address !== undefined) out.text('cbc:EndpointID', address.value, 'schemeID', address.scheme);
}

function partyTaxScheme(out: XmlWriter, companyId: string | undefined, scheme: string): void {
  if (companyId === undefined) return;
  out.open('cac:PartyTaxScheme');
  out.text('cbc:CompanyID', companyId);
  identifier(out, 'cac:TaxScheme', scheme);
  out.close('cac:PartyTaxScheme');
}

/** A party's legal entity (BT-27 or BT-44, BT-30 or BT-47, BT-33) and contact (BG-6, BG-9). */
function legalEntityAndContact(
  out: XmlWriter,
  party: Pick<SellerTerms, 'name' | 'siren' | 'email'> & {
    readonly legalInformation?: string | undefined;
    readonly phone?: string | undefined;
  },
): void {
  out.open('cac:PartyLegalEntity');
  out.text('cbc:RegistrationName', party.name);
  out.text('cbc:CompanyID', party.siren, 'schemeID', '0002');
  out.text('cbc:CompanyLegalForm', party.legalInformation);
  out.close('cac:PartyLegalEntity');
  const contact = out.open('cac:Contact');
  out.text('cbc:Telephone', party.phone);
  out.text('cbc:ElectronicMail', party.email);
  out.closeOptional('cac:Contact', contact);
}

function seller(out: XmlWriter, terms: SellerTerms): void {
  out.open('cac:AccountingSupplierParty');
  out.open('cac:Party');
  endpoint(out, terms.electronicAddress);
  identifier(out, 'cac:PartyIdentification', terms.siret, '0009');
  if (terms.tradeName !== undefined) {
    out.open('cac:PartyName');
    out.text('cbc:Name', terms.tradeName);
    out.close('cac:PartyName');
  }
  postalAddress(out, 'cac:PostalAddress', terms.address);
  partyTaxScheme(out, terms.vatNumber, 'VAT');
  partyTaxScheme(out, terms.taxRegistration, 'FC');
  legalEntityAndContact(out, terms);
  out.close('cac:Party');
  out.close('cac:AccountingSupplierParty');
}

function buyer(out: XmlWriter, terms: BuyerTerms): void {
  out.open('cac:AccountingCustomerParty');
  out.open('cac:Party');
  endpoint(out, terms.electronicAddress);
  identifier(out, 'cac:PartyIdentification', terms.id.value, terms.id.scheme);
  postalAddress(out, 'cac:PostalAddress', terms.address);
  partyTaxScheme(out, terms.vatNumber, 'VAT');
  legalEntityAndContact(out, terms);
  out.close('cac:Party');
  out.close('cac:AccountingCustomerParty');
}

function taxCategory(
  out: XmlWriter,
  name: string,
  vat: VatTerms,
  exemption?: Pick<VatBreakdownEntry, 'exemptionCode' | 'exemptionReason'>,
): void {
  out.open(name);
  out.text('cbc:ID', vat.category);
  out.text('cbc:Percent', vat.rate);
  out.text('cbc:TaxExemptionReasonCode', exemption?.exemptionCode);
  out.text('cbc:TaxExemptionReason', exemption?.exemptionReason);
  identifier(out, 'cac:TaxScheme', 'VAT');
  out.close(name);
}

/** An allowance or charge; a line's has no VAT of its own (`vat` undefined), it takes the line's. */
function allowanceCharge(context: Context, entry: AllowanceChargeTerms, charge: boolean): void {
  const { out } = context;
  out.open('cac:AllowanceCharge');
  out.text('cbc:ChargeIndicator', String(charge));
  out.text('cbc:AllowanceChargeReasonCode', entry.reasonCode);
  out.text('cbc:AllowanceChargeReason', entry.reason);
  out.text('cbc:MultiplierFactorNumeric', entry.percent);
  amount(context, 'cbc:Amount', entry.amount);
  amount(context, 'cbc:BaseAmount', entry.baseAmount);
  if (entry.vat !== undefined) taxCategory(out, 'cac:TaxCategory', entry.vat);
  out.close('cac:AllowanceCharge');
}

function line(context: Context, terms: LineTerms): void {
  const { out, creditNote } = context;
  const name = creditNote ? 'cac:CreditNoteLine' : 'cac:InvoiceLine';
  out.open(name);
  out.text('cbc:ID', terms.id);
  out.text(
    creditNote ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity',
    terms.quantity,
    'unitCode',
    terms.unitCode,
  );
  amount(context, 'cbc:LineExtensionAmount', terms.netAmount);
  if (terms.period !== undefined) {
    out.open('cac:InvoicePeriod');
    out.text('cbc:StartDate', terms.period.start);
    out.text('cbc:EndDate', terms.period.end);
    out.close('cac:InvoicePeriod');
  }
  eachAllowanceCharge(terms, (entry, charge) => allowanceCharge(context, entry, charge));
  out.open('cac:Item');
  out.text('cbc:Description', terms.description);
  out.text('cbc:Name', terms.name);
  identifier(out, 'cac:SellersItemIdentification', terms.itemReference);
  taxCategory(out, 'cac:ClassifiedTaxCategory', terms.vat);
  out.close('cac:Item');
  out.open('cac:Price');
  amount(context, 'cbc:PriceAmount', terms.netPrice);
  out.text('cbc:BaseQuantity', terms.priceBaseQuantity, 'unitCode', terms.unitCode);
  if (terms.grossPrice !== undefined) {
    out.open('cac:AllowanceCharge');
    out.text('cbc:ChargeIndicator', 'false');
    amount(context, 'cbc:Amount', terms.priceDiscount ?? '0');
    amount(context, 'cbc:BaseAmount', terms.grossPrice);
    out.close('cac:AllowanceCharge');
  }
  out.close('cac:Price');
  out.close(name);
}

function delivery(out: XmlWriter, terms: InvoiceTerms): void {
  const { date, place } = terms.delivery;
  const start = out.open('cac:Delivery');
  out.text('cbc:ActualDeliveryDate', date);
  if (place !== undefined) {
    out.open('cac:DeliveryLocation');
    postalAddress(out, 'cac:Address', place.address);
    out.close('cac:DeliveryLocation');
    out.open('cac:DeliveryParty');
    out.open('cac:PartyName');
    out.text('cbc:Name', place.name);
    out.close('cac:PartyName');
    out.close('cac:DeliveryParty');
  }
  out.closeOptional('cac:Delivery', start);
}

function paymentMeans(out: XmlWriter, terms: InvoiceTerms): void {
  const means = terms.paymentMeans;
  if (means === undefined) return;
  out.open('cac:PaymentMeans');
  out.text('cbc:PaymentMeansCode', means.code);
  out.text('cbc:PaymentID', means.remittanceInformation);
  out.open('cac:PayeeFinancialAccount');
  out.text('cbc:ID', means.iban);
  out.text('cbc:Name', means.accountName);
  identifier(out, 'cac:FinancialInstitutionBranch', means.bic);
  out.close('cac:PayeeFinancialAccount');
  out.close('cac:PaymentMeans');
}

function taxTotal(context: Context, terms: InvoiceTerms): void {
  const { out } = context;
  out.open('cac:TaxTotal');
  amount(context, 'cbc:TaxAmount', terms.totals.vatTotal);
  for (const entry of terms.totals.vatBreakdown) {
    out.open('cac:TaxSubtotal');
    amount(context, 'cbc:TaxableAmount', entry.taxableAmount);
    amount(context, 'cbc:TaxAmount', entry.vatAmount);
    taxCategory(
      out,
      'cac:TaxCategory',
      { category: entry.category, rate: entry.category === 'O' ? undefined : entry.rate },
      entry,
    );
    out.close('cac:TaxSubtotal');
  }
  out.close('cac:TaxTotal');
}

function monetaryTotal(context: Context, terms: InvoiceTerms): void {
  const { totals } = terms;
  context.out.open('cac:LegalMonetaryTotal');
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
  context.out.close('cac:LegalMonetaryTotal');
}

/** The header: identification, notes, references (BT-1 to BT-26). */
function header(out: XmlWriter, terms: InvoiceTerms, creditNote: boolean): void {
  out.text('cbc:CustomizationID', 'urn:cen.eu:en16931:2017');
  out.text('cbc:ProfileID', terms.businessProcess);
  out.text('cbc:ID', terms.number);
  out.text('cbc:IssueDate', terms.issueDate);
  if (!creditNote) out.text('cbc:DueDate', terms.dueDate);
  out.text(creditNote ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', terms.typeCode);
  for (const note of terms.notes) {
    out.text(
      'cbc:Note',
      note.subjectCode === undefined ? note.content : `#${note.subjectCode}#${note.content}`,
    );
  }
  out.text('cbc:DocumentCurrencyCode', terms.currency);
  out.text('cbc:BuyerReference', terms.buyerReference);
  if (terms.vatOnDebits) {
    out.open('cac:InvoicePeriod');
    out.text('cbc:DescriptionCode', VAT_DUE_ON_INVOICE_DATE);
    out.close('cac:InvoicePeriod');
  }
  identifier(out, 'cac:OrderReference', terms.orderReference);
  for (const invoice of terms.precedingInvoices) {
    out.open('cac:BillingReference');
    out.open('cac:InvoiceDocumentReference');
    out.text('cbc:ID', invoice.number);
    out.text('cbc:IssueDate', invoice.issueDate);
    out.close('cac:InvoiceDocumentReference');
    out.close('cac:BillingReference');
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
  out.open(rootName, {
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
    out.open('cac:PaymentTerms');
    out.text('cbc:Note', terms.paymentTerms);
    out.close('cac:PaymentTerms');
  }
  eachAllowanceCharge(terms, (entry, charge) => allowanceCharge(context, entry, charge));
  taxTotal(context, terms);
  monetaryTotal(context, terms);
  for (const entry of terms.lines) line(context, entry);
  out.close(rootName);
  return out.written();
}
