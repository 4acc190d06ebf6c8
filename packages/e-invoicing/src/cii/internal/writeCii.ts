import type { Address, VatBreakdownEntry } from '@tpe/invoicing';
import { eachAllowanceCharge } from '../../mapping/eachAllowanceCharge.js';
import type {
  AllowanceChargeTerms,
  BuyerTerms,
  InvoiceNote,
  InvoiceTerms,
  LineTerms,
  SellerTerms,
  VatTerms,
} from '../../mapping/InvoiceTerms.js';
import { type XmlWriter, xmlWriter } from '../../mapping/xmlWriter.js';
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
  out.open(name);
  out.text(dateString, date.replaceAll('-', ''), 'format', '102');
  out.close(name);
}

function indicator(out: XmlWriter, charge: boolean): void {
  out.open('ram:ChargeIndicator');
  out.text('udt:Indicator', String(charge));
  out.close('ram:ChargeIndicator');
}

function address(out: XmlWriter, value: Address, scope: ProfileScope): void {
  out.open('ram:PostalTradeAddress');
  if (!scope.summary) {
    out.text('ram:PostcodeCode', value.postalCode === '' ? undefined : value.postalCode);
    out.text('ram:LineOne', value.lines[0]);
    out.text('ram:LineTwo', value.lines[1]);
    out.text('ram:LineThree', value.lines[2]);
    out.text('ram:CityName', value.city);
  }
  out.text('ram:CountryID', value.countryCode);
  if (!scope.summary) out.text('ram:CountrySubDivisionName', value.subdivision);
  out.close('ram:PostalTradeAddress');
}

function legalOrganization(
  out: XmlWriter,
  siren: string | undefined,
  tradeName: string | undefined,
): void {
  const start = out.open('ram:SpecifiedLegalOrganization');
  out.text('ram:ID', siren, 'schemeID', '0002');
  out.text('ram:TradingBusinessName', tradeName);
  out.closeOptional('ram:SpecifiedLegalOrganization', start);
}

function taxRegistration(out: XmlWriter, value: string | undefined, scheme: 'VA' | 'FC'): void {
  if (value === undefined) return;
  out.open('ram:SpecifiedTaxRegistration');
  out.text('ram:ID', value, 'schemeID', scheme);
  out.close('ram:SpecifiedTaxRegistration');
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
    const contact = out.open('ram:DefinedTradeContact');
    const phone = out.open('ram:TelephoneUniversalCommunication');
    out.text('ram:CompleteNumber', party.phone);
    out.closeOptional('ram:TelephoneUniversalCommunication', phone);
    const email = out.open('ram:EmailURIUniversalCommunication');
    out.text('ram:URIID', party.email);
    out.closeOptional('ram:EmailURIUniversalCommunication', email);
    out.closeOptional('ram:DefinedTradeContact', contact);
  }
  address(out, party.address, scope);
  const electronic = party.electronicAddress;
  if (electronic !== undefined) {
    out.open('ram:URIUniversalCommunication');
    out.text('ram:URIID', electronic.value, 'schemeID', electronic.scheme);
    out.close('ram:URIUniversalCommunication');
  }
}

function seller(out: XmlWriter, terms: SellerTerms, scope: ProfileScope): void {
  out.open('ram:SellerTradeParty');
  if (scope.summary) {
    out.text('ram:Name', terms.name);
    legalOrganization(out, terms.siren, undefined);
    address(out, terms.address, scope);
  } else {
    out.text('ram:GlobalID', terms.siret, 'schemeID', '0009');
    out.text('ram:Name', terms.name);
    if (scope.details) out.text('ram:Description', terms.legalInformation);
    legalOrganization(out, terms.siren, terms.tradeName);
    contactAndAddresses(out, terms, scope);
  }
  taxRegistration(out, terms.vatNumber, 'VA');
  taxRegistration(out, terms.taxRegistration, 'FC');
  out.close('ram:SellerTradeParty');
}

function buyer(out: XmlWriter, terms: BuyerTerms, scope: ProfileScope): void {
  out.open('ram:BuyerTradeParty');
  if (scope.summary) {
    out.text('ram:Name', terms.name);
    legalOrganization(out, terms.siren, undefined);
  } else {
    const { id } = terms;
    if (id.scheme === undefined) out.text('ram:ID', id.value);
    else out.text('ram:GlobalID', id.value, 'schemeID', id.scheme);
    out.text('ram:Name', terms.name);
    legalOrganization(out, terms.siren, undefined);
    contactAndAddresses(out, terms, scope);
    taxRegistration(out, terms.vatNumber, 'VA');
  }
  out.close('ram:BuyerTradeParty');
}

function categoryTax(out: XmlWriter, name: string, vat: VatTerms): void {
  out.open(name);
  out.text('ram:TypeCode', 'VAT');
  out.text('ram:CategoryCode', vat.category);
  out.text('ram:RateApplicablePercent', vat.rate);
  out.close(name);
}

/** An allowance or charge; a line's has no VAT of its own (`vat` undefined), it takes the line's. */
function allowanceCharge(out: XmlWriter, entry: AllowanceChargeTerms, charge: boolean): void {
  out.open('ram:SpecifiedTradeAllowanceCharge');
  indicator(out, charge);
  out.text('ram:CalculationPercent', entry.percent);
  out.text('ram:BasisAmount', entry.baseAmount);
  out.text('ram:ActualAmount', entry.amount);
  out.text('ram:ReasonCode', entry.reasonCode);
  out.text('ram:Reason', entry.reason);
  if (entry.vat !== undefined) categoryTax(out, 'ram:CategoryTradeTax', entry.vat);
  out.close('ram:SpecifiedTradeAllowanceCharge');
}

function line(out: XmlWriter, terms: LineTerms, scope: ProfileScope): void {
  out.open('ram:IncludedSupplyChainTradeLineItem');
  out.open('ram:AssociatedDocumentLineDocument');
  out.text('ram:LineID', terms.id);
  out.close('ram:AssociatedDocumentLineDocument');
  out.open('ram:SpecifiedTradeProduct');
  if (scope.details) out.text('ram:SellerAssignedID', terms.itemReference);
  out.text('ram:Name', terms.name);
  if (scope.details) out.text('ram:Description', terms.description);
  out.close('ram:SpecifiedTradeProduct');
  out.open('ram:SpecifiedLineTradeAgreement');
  if (terms.grossPrice !== undefined) {
    out.open('ram:GrossPriceProductTradePrice');
    out.text('ram:ChargeAmount', terms.grossPrice);
    out.text('ram:BasisQuantity', terms.priceBaseQuantity, 'unitCode', terms.unitCode);
    if (terms.priceDiscount !== undefined) {
      out.open('ram:AppliedTradeAllowanceCharge');
      indicator(out, false);
      out.text('ram:ActualAmount', terms.priceDiscount);
      out.close('ram:AppliedTradeAllowanceCharge');
    }
    out.close('ram:GrossPriceProductTradePrice');
  }
  out.open('ram:NetPriceProductTradePrice');
  out.text('ram:ChargeAmount', terms.netPrice);
  out.text('ram:BasisQuantity', terms.priceBaseQuantity, 'unitCode', terms.unitCode);
  out.close('ram:NetPriceProductTradePrice');
  out.close('ram:SpecifiedLineTradeAgreement');
  out.open('ram:SpecifiedLineTradeDelivery');
  out.text('ram:BilledQuantity', terms.quantity, 'unitCode', terms.unitCode);
  out.close('ram:SpecifiedLineTradeDelivery');
  out.open('ram:SpecifiedLineTradeSettlement');
  categoryTax(out, 'ram:ApplicableTradeTax', terms.vat);
  if (terms.period !== undefined) {
    out.open('ram:BillingSpecifiedPeriod');
    dateTime(out, 'ram:StartDateTime', terms.period.start);
    dateTime(out, 'ram:EndDateTime', terms.period.end);
    out.close('ram:BillingSpecifiedPeriod');
  }
  eachAllowanceCharge(terms, (entry, charge) => allowanceCharge(out, entry, charge));
  out.open('ram:SpecifiedTradeSettlementLineMonetarySummation');
  out.text('ram:LineTotalAmount', terms.netAmount);
  out.close('ram:SpecifiedTradeSettlementLineMonetarySummation');
  out.close('ram:SpecifiedLineTradeSettlement');
  out.close('ram:IncludedSupplyChainTradeLineItem');
}

function vatBreakdown(out: XmlWriter, entry: VatBreakdownEntry, vatOnDebits: boolean): void {
  out.open('ram:ApplicableTradeTax');
  out.text('ram:CalculatedAmount', entry.vatAmount);
  out.text('ram:TypeCode', 'VAT');
  out.text('ram:ExemptionReason', entry.exemptionReason);
  out.text('ram:BasisAmount', entry.taxableAmount);
  out.text('ram:CategoryCode', entry.category);
  out.text('ram:ExemptionReasonCode', entry.exemptionCode);
  out.text('ram:DueDateTypeCode', vatOnDebits ? VAT_DUE_ON_INVOICE_DATE : undefined);
  out.text('ram:RateApplicablePercent', entry.category === 'O' ? undefined : entry.rate);
  out.close('ram:ApplicableTradeTax');
}

function agreement(out: XmlWriter, terms: InvoiceTerms, scope: ProfileScope): void {
  out.open('ram:ApplicableHeaderTradeAgreement');
  out.text('ram:BuyerReference', terms.buyerReference);
  seller(out, terms.seller, scope);
  buyer(out, terms.buyer, scope);
  if (terms.orderReference !== undefined) {
    out.open('ram:BuyerOrderReferencedDocument');
    out.text('ram:IssuerAssignedID', terms.orderReference);
    out.close('ram:BuyerOrderReferencedDocument');
  }
  out.close('ram:ApplicableHeaderTradeAgreement');
}

function delivery(out: XmlWriter, terms: InvoiceTerms, scope: ProfileScope): void {
  out.open('ram:ApplicableHeaderTradeDelivery');
  const { place, date } = terms.delivery;
  if (!scope.summary && place !== undefined) {
    out.open('ram:ShipToTradeParty');
    out.text('ram:Name', place.name);
    address(out, place.address, scope);
    out.close('ram:ShipToTradeParty');
  }
  if (!scope.summary && date !== undefined) {
    out.open('ram:ActualDeliverySupplyChainEvent');
    dateTime(out, 'ram:OccurrenceDateTime', date);
    out.close('ram:ActualDeliverySupplyChainEvent');
  }
  out.close('ram:ApplicableHeaderTradeDelivery');
}

function summation(out: XmlWriter, terms: InvoiceTerms, scope: ProfileScope): void {
  const { totals } = terms;
  const full = !scope.summary;
  out.open('ram:SpecifiedTradeSettlementHeaderMonetarySummation');
  if (full) {
    out.text('ram:LineTotalAmount', totals.lineNetTotal);
    out.text('ram:ChargeTotalAmount', totals.chargeTotal);
    out.text('ram:AllowanceTotalAmount', totals.allowanceTotal);
  }
  out.text('ram:TaxBasisTotalAmount', totals.taxExclusiveAmount);
  out.text('ram:TaxTotalAmount', totals.vatTotal, 'currencyID', terms.currency);
  if (scope.details && totals.roundingAmount !== '0.00') {
    out.text('ram:RoundingAmount', totals.roundingAmount);
  }
  out.text('ram:GrandTotalAmount', totals.taxInclusiveAmount);
  if (full) out.text('ram:TotalPrepaidAmount', totals.prepaidAmount);
  out.text('ram:DuePayableAmount', totals.amountDue);
  out.close('ram:SpecifiedTradeSettlementHeaderMonetarySummation');
}

function paymentMeans(out: XmlWriter, terms: InvoiceTerms, scope: ProfileScope): void {
  const means = terms.paymentMeans;
  if (means === undefined) return;
  out.open('ram:SpecifiedTradeSettlementPaymentMeans');
  out.text('ram:TypeCode', means.code);
  out.open('ram:PayeePartyCreditorFinancialAccount');
  out.text('ram:IBANID', means.iban);
  if (scope.details) out.text('ram:AccountName', means.accountName);
  out.close('ram:PayeePartyCreditorFinancialAccount');
  if (scope.details && means.bic !== undefined) {
    out.open('ram:PayeeSpecifiedCreditorFinancialInstitution');
    out.text('ram:BICID', means.bic);
    out.close('ram:PayeeSpecifiedCreditorFinancialInstitution');
  }
  out.close('ram:SpecifiedTradeSettlementPaymentMeans');
}

function settlement(out: XmlWriter, terms: InvoiceTerms, scope: ProfileScope): void {
  out.open('ram:ApplicableHeaderTradeSettlement');
  if (scope.summary) {
    out.text('ram:InvoiceCurrencyCode', terms.currency);
    summation(out, terms, scope);
    out.close('ram:ApplicableHeaderTradeSettlement');
    return;
  }
  out.text('ram:PaymentReference', terms.paymentMeans?.remittanceInformation);
  out.text('ram:InvoiceCurrencyCode', terms.currency);
  paymentMeans(out, terms, scope);
  for (const entry of terms.totals.vatBreakdown) vatBreakdown(out, entry, terms.vatOnDebits);
  eachAllowanceCharge(terms, (entry, charge) => allowanceCharge(out, entry, charge));
  const paymentTerms = out.open('ram:SpecifiedTradePaymentTerms');
  out.text('ram:Description', terms.paymentTerms);
  dateTime(out, 'ram:DueDateDateTime', terms.dueDate);
  out.closeOptional('ram:SpecifiedTradePaymentTerms', paymentTerms);
  summation(out, terms, scope);
  for (const invoice of terms.precedingInvoices) {
    out.open('ram:InvoiceReferencedDocument');
    out.text('ram:IssuerAssignedID', invoice.number);
    dateTime(out, 'ram:FormattedIssueDateTime', invoice.issueDate, 'qdt:DateTimeString');
    out.close('ram:InvoiceReferencedDocument');
  }
  out.close('ram:ApplicableHeaderTradeSettlement');
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
  out.open('rsm:ExchangedDocumentContext');
  out.open('ram:BusinessProcessSpecifiedDocumentContextParameter');
  out.text('ram:ID', terms.businessProcess);
  out.close('ram:BusinessProcessSpecifiedDocumentContextParameter');
  out.open('ram:GuidelineSpecifiedDocumentContextParameter');
  out.text('ram:ID', FACTUR_X_PROFILES[profile].guidelineId);
  out.close('ram:GuidelineSpecifiedDocumentContextParameter');
  out.close('rsm:ExchangedDocumentContext');
}

function exchangedDocument(out: XmlWriter, terms: InvoiceTerms, scope: ProfileScope): void {
  out.open('rsm:ExchangedDocument');
  out.text('ram:ID', terms.number);
  out.text('ram:TypeCode', terms.typeCode);
  dateTime(out, 'ram:IssueDateTime', terms.issueDate);
  if (!scope.summary) {
    for (const note of notesOf(terms, scope)) {
      out.open('ram:IncludedNote');
      out.text('ram:Content', note.content);
      out.text('ram:SubjectCode', note.subjectCode);
      out.close('ram:IncludedNote');
    }
  }
  out.close('rsm:ExchangedDocument');
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
  out.open('rsm:CrossIndustryInvoice', NAMESPACES);
  documentContext(out, terms, profile);
  exchangedDocument(out, terms, scope);
  out.open('rsm:SupplyChainTradeTransaction');
  if (scope.lines) for (const entry of terms.lines) line(out, entry, scope);
  agreement(out, terms, scope);
  delivery(out, terms, scope);
  settlement(out, terms, scope);
  out.close('rsm:SupplyChainTradeTransaction');
  out.close('rsm:CrossIndustryInvoice');
  return out.written();
}
