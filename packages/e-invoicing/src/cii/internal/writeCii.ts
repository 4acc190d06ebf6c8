import type { Address, VatBreakdownEntry } from '@tpe/invoicing';
import type {
  AllowanceChargeTerms,
  BuyerTerms,
  InvoiceNote,
  InvoiceTerms,
  LineTerms,
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
import { FACTUR_X_PROFILES, type FacturXProfile } from '../FacturXProfile.js';
import { type ProfileScope, profileScope } from './profileScope.js';

const NAMESPACES = {
  'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

/** UNTDID 2475 "date of invoice": VAT due when the invoice is issued (BT-8). */
const VAT_DUE_ON_INVOICE_DATE = '5';

/** A date in the CII form: a `DateTimeString` (`udt`, or `qdt`) with format 102 (`YYYYMMDD`). */
function dateTime(
  out: XmlWriter,
  name: string,
  date: string | undefined,
  dateString: 'udt:DateTimeString' | 'qdt:DateTimeString' = 'udt:DateTimeString',
): void {
  if (date === undefined) return;
  open(out, name);
  text(out, dateString, date.replaceAll('-', ''), 'format', '102');
  close(out, name);
}

function indicator(out: XmlWriter, charge: boolean): void {
  open(out, 'ram:ChargeIndicator');
  text(out, 'udt:Indicator', String(charge));
  close(out, 'ram:ChargeIndicator');
}

function address(out: XmlWriter, value: Address, scope: ProfileScope): void {
  open(out, 'ram:PostalTradeAddress');
  if (!scope.summary) {
    text(out, 'ram:PostcodeCode', value.postalCode === '' ? undefined : value.postalCode);
    text(out, 'ram:LineOne', value.lines[0]);
    text(out, 'ram:LineTwo', value.lines[1]);
    text(out, 'ram:LineThree', value.lines[2]);
    text(out, 'ram:CityName', value.city);
  }
  text(out, 'ram:CountryID', value.countryCode);
  if (!scope.summary) text(out, 'ram:CountrySubDivisionName', value.subdivision);
  close(out, 'ram:PostalTradeAddress');
}

function legalOrganization(
  out: XmlWriter,
  siren: string | undefined,
  tradeName: string | undefined,
): void {
  const start = open(out, 'ram:SpecifiedLegalOrganization');
  text(out, 'ram:ID', siren, 'schemeID', '0002');
  text(out, 'ram:TradingBusinessName', tradeName);
  closeOptional(out, 'ram:SpecifiedLegalOrganization', start);
}

function taxRegistration(out: XmlWriter, value: string | undefined, scheme: 'VA' | 'FC'): void {
  if (value === undefined) return;
  open(out, 'ram:SpecifiedTaxRegistration');
  text(out, 'ram:ID', value, 'schemeID', scheme);
  close(out, 'ram:SpecifiedTaxRegistration');
}

/** A party's contact (BT-41 to BT-43, BT-56 to BT-58), postal address and electronic address (BT-34, BT-49). */
function contactAndAddresses(
  out: XmlWriter,
  party: Pick<SellerTerms, 'email' | 'address' | 'electronicAddress'> & {
    readonly phone?: string | undefined;
  },
  scope: ProfileScope,
): void {
  if (scope.details) {
    const contact = open(out, 'ram:DefinedTradeContact');
    const phone = open(out, 'ram:TelephoneUniversalCommunication');
    text(out, 'ram:CompleteNumber', party.phone);
    closeOptional(out, 'ram:TelephoneUniversalCommunication', phone);
    const email = open(out, 'ram:EmailURIUniversalCommunication');
    text(out, 'ram:URIID', party.email);
    closeOptional(out, 'ram:EmailURIUniversalCommunication', email);
    closeOptional(out, 'ram:DefinedTradeContact', contact);
  }
  address(out, party.address, scope);
  const electronic = party.electronicAddress;
  if (electronic !== undefined) {
    open(out, 'ram:URIUniversalCommunication');
    text(out, 'ram:URIID', electronic.value, 'schemeID', electronic.scheme);
    close(out, 'ram:URIUniversalCommunication');
  }
}

function seller(out: XmlWriter, terms: SellerTerms, scope: ProfileScope): void {
  open(out, 'ram:SellerTradeParty');
  if (scope.summary) {
    text(out, 'ram:Name', terms.name);
    legalOrganization(out, terms.siren, undefined);
    address(out, terms.address, scope);
  } else {
    text(out, 'ram:GlobalID', terms.siret, 'schemeID', '0009');
    text(out, 'ram:Name', terms.name);
    if (scope.details) text(out, 'ram:Description', terms.legalInformation);
    legalOrganization(out, terms.siren, terms.tradeName);
    contactAndAddresses(out, terms, scope);
  }
  taxRegistration(out, terms.vatNumber, 'VA');
  taxRegistration(out, terms.taxRegistration, 'FC');
  close(out, 'ram:SellerTradeParty');
}

function buyer(out: XmlWriter, terms: BuyerTerms, scope: ProfileScope): void {
  open(out, 'ram:BuyerTradeParty');
  if (scope.summary) {
    text(out, 'ram:Name', terms.name);
    legalOrganization(out, terms.siren, undefined);
  } else {
    const { id } = terms;
    if (id.scheme === undefined) text(out, 'ram:ID', id.value);
    else text(out, 'ram:GlobalID', id.value, 'schemeID', id.scheme);
    text(out, 'ram:Name', terms.name);
    legalOrganization(out, terms.siren, undefined);
    contactAndAddresses(out, terms, scope);
    taxRegistration(out, terms.vatNumber, 'VA');
  }
  close(out, 'ram:BuyerTradeParty');
}

function categoryTax(out: XmlWriter, name: string, vat: VatTerms): void {
  open(out, name);
  text(out, 'ram:TypeCode', 'VAT');
  text(out, 'ram:CategoryCode', vat.category);
  text(out, 'ram:RateApplicablePercent', vat.rate);
  close(out, name);
}

/** An allowance or charge; a line's has no VAT of its own (`vat` undefined), it takes the line's. */
function allowanceCharge(out: XmlWriter, entry: AllowanceChargeTerms, charge: boolean): void {
  open(out, 'ram:SpecifiedTradeAllowanceCharge');
  indicator(out, charge);
  text(out, 'ram:CalculationPercent', entry.percent);
  text(out, 'ram:BasisAmount', entry.baseAmount);
  text(out, 'ram:ActualAmount', entry.amount);
  text(out, 'ram:ReasonCode', entry.reasonCode);
  text(out, 'ram:Reason', entry.reason);
  if (entry.vat !== undefined) categoryTax(out, 'ram:CategoryTradeTax', entry.vat);
  close(out, 'ram:SpecifiedTradeAllowanceCharge');
}

function allowancesAndCharges(
  out: XmlWriter,
  owner: {
    readonly allowances: readonly AllowanceChargeTerms[];
    readonly charges: readonly AllowanceChargeTerms[];
  },
): void {
  for (const entry of owner.allowances) allowanceCharge(out, entry, false);
  for (const entry of owner.charges) allowanceCharge(out, entry, true);
}

function line(out: XmlWriter, terms: LineTerms, scope: ProfileScope): void {
  open(out, 'ram:IncludedSupplyChainTradeLineItem');
  open(out, 'ram:AssociatedDocumentLineDocument');
  text(out, 'ram:LineID', terms.id);
  close(out, 'ram:AssociatedDocumentLineDocument');
  open(out, 'ram:SpecifiedTradeProduct');
  if (scope.details) text(out, 'ram:SellerAssignedID', terms.itemReference);
  text(out, 'ram:Name', terms.name);
  if (scope.details) text(out, 'ram:Description', terms.description);
  close(out, 'ram:SpecifiedTradeProduct');
  open(out, 'ram:SpecifiedLineTradeAgreement');
  if (terms.grossPrice !== undefined) {
    open(out, 'ram:GrossPriceProductTradePrice');
    text(out, 'ram:ChargeAmount', terms.grossPrice);
    text(out, 'ram:BasisQuantity', terms.priceBaseQuantity, 'unitCode', terms.unitCode);
    if (terms.priceDiscount !== undefined) {
      open(out, 'ram:AppliedTradeAllowanceCharge');
      indicator(out, false);
      text(out, 'ram:ActualAmount', terms.priceDiscount);
      close(out, 'ram:AppliedTradeAllowanceCharge');
    }
    close(out, 'ram:GrossPriceProductTradePrice');
  }
  open(out, 'ram:NetPriceProductTradePrice');
  text(out, 'ram:ChargeAmount', terms.netPrice);
  text(out, 'ram:BasisQuantity', terms.priceBaseQuantity, 'unitCode', terms.unitCode);
  close(out, 'ram:NetPriceProductTradePrice');
  close(out, 'ram:SpecifiedLineTradeAgreement');
  open(out, 'ram:SpecifiedLineTradeDelivery');
  text(out, 'ram:BilledQuantity', terms.quantity, 'unitCode', terms.unitCode);
  close(out, 'ram:SpecifiedLineTradeDelivery');
  open(out, 'ram:SpecifiedLineTradeSettlement');
  categoryTax(out, 'ram:ApplicableTradeTax', terms.vat);
  if (terms.period !== undefined) {
    open(out, 'ram:BillingSpecifiedPeriod');
    dateTime(out, 'ram:StartDateTime', terms.period.start);
    dateTime(out, 'ram:EndDateTime', terms.period.end);
    close(out, 'ram:BillingSpecifiedPeriod');
  }
  allowancesAndCharges(out, terms);
  open(out, 'ram:SpecifiedTradeSettlementLineMonetarySummation');
  text(out, 'ram:LineTotalAmount', terms.netAmount);
  close(out, 'ram:SpecifiedTradeSettlementLineMonetarySummation');
  close(out, 'ram:SpecifiedLineTradeSettlement');
  close(out, 'ram:IncludedSupplyChainTradeLineItem');
}

function vatBreakdown(out: XmlWriter, entry: VatBreakdownEntry, vatOnDebits: boolean): void {
  open(out, 'ram:ApplicableTradeTax');
  text(out, 'ram:CalculatedAmount', entry.vatAmount);
  text(out, 'ram:TypeCode', 'VAT');
  text(out, 'ram:ExemptionReason', entry.exemptionReason);
  text(out, 'ram:BasisAmount', entry.taxableAmount);
  text(out, 'ram:CategoryCode', entry.category);
  text(out, 'ram:ExemptionReasonCode', entry.exemptionCode);
  text(out, 'ram:DueDateTypeCode', vatOnDebits ? VAT_DUE_ON_INVOICE_DATE : undefined);
  text(out, 'ram:RateApplicablePercent', entry.category === 'O' ? undefined : entry.rate);
  close(out, 'ram:ApplicableTradeTax');
}

function agreement(out: XmlWriter, terms: InvoiceTerms, scope: ProfileScope): void {
  open(out, 'ram:ApplicableHeaderTradeAgreement');
  text(out, 'ram:BuyerReference', terms.buyerReference);
  seller(out, terms.seller, scope);
  buyer(out, terms.buyer, scope);
  if (terms.orderReference !== undefined) {
    open(out, 'ram:BuyerOrderReferencedDocument');
    text(out, 'ram:IssuerAssignedID', terms.orderReference);
    close(out, 'ram:BuyerOrderReferencedDocument');
  }
  close(out, 'ram:ApplicableHeaderTradeAgreement');
}

function delivery(out: XmlWriter, terms: InvoiceTerms, scope: ProfileScope): void {
  open(out, 'ram:ApplicableHeaderTradeDelivery');
  const { place, date } = terms.delivery;
  if (!scope.summary && place !== undefined) {
    open(out, 'ram:ShipToTradeParty');
    text(out, 'ram:Name', place.name);
    address(out, place.address, scope);
    close(out, 'ram:ShipToTradeParty');
  }
  if (!scope.summary && date !== undefined) {
    open(out, 'ram:ActualDeliverySupplyChainEvent');
    dateTime(out, 'ram:OccurrenceDateTime', date);
    close(out, 'ram:ActualDeliverySupplyChainEvent');
  }
  close(out, 'ram:ApplicableHeaderTradeDelivery');
}

function summation(out: XmlWriter, terms: InvoiceTerms, scope: ProfileScope): void {
  const { totals } = terms;
  const full = !scope.summary;
  open(out, 'ram:SpecifiedTradeSettlementHeaderMonetarySummation');
  if (full) {
    text(out, 'ram:LineTotalAmount', totals.lineNetTotal);
    text(out, 'ram:ChargeTotalAmount', totals.chargeTotal);
    text(out, 'ram:AllowanceTotalAmount', totals.allowanceTotal);
  }
  text(out, 'ram:TaxBasisTotalAmount', totals.taxExclusiveAmount);
  text(out, 'ram:TaxTotalAmount', totals.vatTotal, 'currencyID', terms.currency);
  if (scope.details && totals.roundingAmount !== '0.00') {
    text(out, 'ram:RoundingAmount', totals.roundingAmount);
  }
  text(out, 'ram:GrandTotalAmount', totals.taxInclusiveAmount);
  if (full) text(out, 'ram:TotalPrepaidAmount', totals.prepaidAmount);
  text(out, 'ram:DuePayableAmount', totals.amountDue);
  close(out, 'ram:SpecifiedTradeSettlementHeaderMonetarySummation');
}

function paymentMeans(out: XmlWriter, terms: InvoiceTerms, scope: ProfileScope): void {
  const means = terms.paymentMeans;
  if (means === undefined) return;
  open(out, 'ram:SpecifiedTradeSettlementPaymentMeans');
  text(out, 'ram:TypeCode', means.code);
  open(out, 'ram:PayeePartyCreditorFinancialAccount');
  text(out, 'ram:IBANID', means.iban);
  if (scope.details) text(out, 'ram:AccountName', means.accountName);
  close(out, 'ram:PayeePartyCreditorFinancialAccount');
  if (scope.details && means.bic !== undefined) {
    open(out, 'ram:PayeeSpecifiedCreditorFinancialInstitution');
    text(out, 'ram:BICID', means.bic);
    close(out, 'ram:PayeeSpecifiedCreditorFinancialInstitution');
  }
  close(out, 'ram:SpecifiedTradeSettlementPaymentMeans');
}

function settlement(out: XmlWriter, terms: InvoiceTerms, scope: ProfileScope): void {
  open(out, 'ram:ApplicableHeaderTradeSettlement');
  if (scope.summary) {
    text(out, 'ram:InvoiceCurrencyCode', terms.currency);
    summation(out, terms, scope);
    close(out, 'ram:ApplicableHeaderTradeSettlement');
    return;
  }
  text(out, 'ram:PaymentReference', terms.paymentMeans?.remittanceInformation);
  text(out, 'ram:InvoiceCurrencyCode', terms.currency);
  paymentMeans(out, terms, scope);
  for (const entry of terms.totals.vatBreakdown) vatBreakdown(out, entry, terms.vatOnDebits);
  allowancesAndCharges(out, terms);
  const paymentTerms = open(out, 'ram:SpecifiedTradePaymentTerms');
  text(out, 'ram:Description', terms.paymentTerms);
  dateTime(out, 'ram:DueDateDateTime', terms.dueDate);
  closeOptional(out, 'ram:SpecifiedTradePaymentTerms', paymentTerms);
  summation(out, terms, scope);
  for (const invoice of terms.precedingInvoices) {
    open(out, 'ram:InvoiceReferencedDocument');
    text(out, 'ram:IssuerAssignedID', invoice.number);
    dateTime(out, 'ram:FormattedIssueDateTime', invoice.issueDate, 'qdt:DateTimeString');
    close(out, 'ram:InvoiceReferencedDocument');
  }
  close(out, 'ram:ApplicableHeaderTradeSettlement');
}

/**
 * The notes of the invoice; in the profiles without the seller's legal
 * information term (BT-33), that information as a last note with the subject
 * `REG` (regulatory information), as the French Factur-X examples do.
 */
function notesOf(terms: InvoiceTerms, scope: ProfileScope): readonly InvoiceNote[] {
  const legal = terms.seller.legalInformation;
  return scope.details || legal === undefined
    ? terms.notes
    : [...terms.notes, { subjectCode: 'REG', content: legal }];
}

function documentContext(out: XmlWriter, terms: InvoiceTerms, profile: FacturXProfile): void {
  open(out, 'rsm:ExchangedDocumentContext');
  open(out, 'ram:BusinessProcessSpecifiedDocumentContextParameter');
  text(out, 'ram:ID', terms.businessProcess);
  close(out, 'ram:BusinessProcessSpecifiedDocumentContextParameter');
  open(out, 'ram:GuidelineSpecifiedDocumentContextParameter');
  text(out, 'ram:ID', FACTUR_X_PROFILES[profile].guidelineId);
  close(out, 'ram:GuidelineSpecifiedDocumentContextParameter');
  close(out, 'rsm:ExchangedDocumentContext');
}

function exchangedDocument(out: XmlWriter, terms: InvoiceTerms, scope: ProfileScope): void {
  open(out, 'rsm:ExchangedDocument');
  text(out, 'ram:ID', terms.number);
  text(out, 'ram:TypeCode', terms.typeCode);
  dateTime(out, 'ram:IssueDateTime', terms.issueDate);
  if (!scope.summary) {
    for (const note of notesOf(terms, scope)) {
      open(out, 'ram:IncludedNote');
      text(out, 'ram:Content', note.content);
      text(out, 'ram:SubjectCode', note.subjectCode);
      close(out, 'ram:IncludedNote');
    }
  }
  close(out, 'rsm:ExchangedDocument');
}

/**
 * Writes the UN/CEFACT CII D16B XML of an invoice for a Factur-X profile,
 * elements in the order of the profile's XSD. What the profile cannot carry
 * has been refused before (see `checkProfileCarries`); what it leaves out by
 * design is not written.
 */
export function writeCii(terms: InvoiceTerms, profile: FacturXProfile): string {
  const scope = profileScope(profile);
  const out = xmlWriter();
  open(out, 'rsm:CrossIndustryInvoice', NAMESPACES);
  documentContext(out, terms, profile);
  exchangedDocument(out, terms, scope);
  open(out, 'rsm:SupplyChainTradeTransaction');
  if (scope.lines) for (const entry of terms.lines) line(out, entry, scope);
  agreement(out, terms, scope);
  delivery(out, terms, scope);
  settlement(out, terms, scope);
  close(out, 'rsm:SupplyChainTradeTransaction');
  close(out, 'rsm:CrossIndustryInvoice');
  return writtenXml(out);
}
