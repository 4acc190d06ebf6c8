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
  each,
  element,
  type Markup,
  optionalElement,
  textElement,
  xmlDocument,
} from '../../mapping/xmlMarkup.js';
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

const ram = (
  name: string,
  value: string | undefined,
  attributes?: Record<string, string | undefined>,
) => textElement(`ram:${name}`, value, attributes);

/** A date in the CII form: `udt:DateTimeString` with format 102 (`YYYYMMDD`). */
function dateTime(name: string, date: string | undefined, prefix = 'udt'): Markup | undefined {
  if (date === undefined) return undefined;
  return element(`ram:${name}`, [
    textElement(`${prefix}:DateTimeString`, date.replaceAll('-', ''), { format: '102' }),
  ]);
}

function indicator(charge: boolean): Markup {
  return element('ram:ChargeIndicator', [textElement('udt:Indicator', String(charge))]);
}

function address(value: Address, scope: ProfileScope): Markup {
  if (scope.summary)
    return element('ram:PostalTradeAddress', [ram('CountryID', value.countryCode)]);
  return element('ram:PostalTradeAddress', [
    ram('PostcodeCode', value.postalCode === '' ? undefined : value.postalCode),
    ram('LineOne', value.lines[0]),
    ram('LineTwo', value.lines[1]),
    ram('LineThree', value.lines[2]),
    ram('CityName', value.city),
    ram('CountryID', value.countryCode),
    ram('CountrySubDivisionName', value.subdivision),
  ]);
}

function legalOrganization(
  siren: string | undefined,
  tradeName: string | undefined,
  scope: ProfileScope,
) {
  return optionalElement('ram:SpecifiedLegalOrganization', [
    ram('ID', siren, { schemeID: '0002' }),
    scope.summary ? undefined : ram('TradingBusinessName', tradeName),
  ]);
}

function taxRegistrations(vatNumber: string | undefined, taxRegistration: string | undefined) {
  return each(
    [
      vatNumber === undefined ? undefined : { scheme: 'VA', value: vatNumber },
      taxRegistration === undefined ? undefined : { scheme: 'FC', value: taxRegistration },
    ],
    (registration) =>
      registration === undefined
        ? undefined
        : element('ram:SpecifiedTaxRegistration', [
            ram('ID', registration.value, { schemeID: registration.scheme }),
          ]),
  );
}

function seller(terms: SellerTerms, scope: ProfileScope): Markup {
  if (scope.summary) {
    return element('ram:SellerTradeParty', [
      ram('Name', terms.name),
      legalOrganization(terms.siren, undefined, scope),
      address(terms.address, scope),
      taxRegistrations(terms.vatNumber, terms.taxRegistration),
    ]);
  }
  return element('ram:SellerTradeParty', [
    ram('GlobalID', terms.siret, { schemeID: '0009' }),
    ram('Name', terms.name),
    scope.details ? ram('Description', terms.legalInformation) : undefined,
    legalOrganization(terms.siren, terms.tradeName, scope),
    scope.details
      ? optionalElement('ram:DefinedTradeContact', [
          optionalElement('ram:TelephoneUniversalCommunication', [
            ram('CompleteNumber', terms.phone),
          ]),
          optionalElement('ram:EmailURIUniversalCommunication', [ram('URIID', terms.email)]),
        ])
      : undefined,
    address(terms.address, scope),
    terms.electronicAddress === undefined
      ? undefined
      : element('ram:URIUniversalCommunication', [
          ram('URIID', terms.electronicAddress.value, { schemeID: terms.electronicAddress.scheme }),
        ]),
    taxRegistrations(terms.vatNumber, terms.taxRegistration),
  ]);
}

function buyer(terms: BuyerTerms, scope: ProfileScope): Markup {
  if (scope.summary) {
    return element('ram:BuyerTradeParty', [
      ram('Name', terms.name),
      legalOrganization(terms.siren, undefined, scope),
    ]);
  }
  return element('ram:BuyerTradeParty', [
    terms.id.scheme === undefined ? ram('ID', terms.id.value) : undefined,
    terms.id.scheme === undefined
      ? undefined
      : ram('GlobalID', terms.id.value, { schemeID: terms.id.scheme }),
    ram('Name', terms.name),
    legalOrganization(terms.siren, undefined, scope),
    scope.details
      ? optionalElement('ram:DefinedTradeContact', [
          optionalElement('ram:EmailURIUniversalCommunication', [ram('URIID', terms.email)]),
        ])
      : undefined,
    address(terms.address, scope),
    terms.electronicAddress === undefined
      ? undefined
      : element('ram:URIUniversalCommunication', [
          ram('URIID', terms.electronicAddress.value, { schemeID: terms.electronicAddress.scheme }),
        ]),
    taxRegistrations(terms.vatNumber, undefined),
  ]);
}

function categoryTax(vat: VatTerms): Markup {
  return element('ram:CategoryTradeTax', [
    ram('TypeCode', 'VAT'),
    ram('CategoryCode', vat.category),
    ram('RateApplicablePercent', vat.rate),
  ]);
}

/** An allowance or charge; a line's has no VAT of its own (`vat` undefined), it takes the line's. */
function allowanceCharge(entry: AllowanceChargeTerms, charge: boolean): Markup {
  return element('ram:SpecifiedTradeAllowanceCharge', [
    indicator(charge),
    ram('CalculationPercent', entry.percent),
    ram('BasisAmount', entry.baseAmount),
    ram('ActualAmount', entry.amount),
    ram('ReasonCode', entry.reasonCode),
    ram('Reason', entry.reason),
    entry.vat === undefined ? undefined : categoryTax(entry.vat),
  ]);
}

function line(terms: LineTerms, scope: ProfileScope): Markup {
  const basis = (quantity: string | undefined) =>
    ram('BasisQuantity', quantity, { unitCode: terms.unitCode });
  return element('ram:IncludedSupplyChainTradeLineItem', [
    element('ram:AssociatedDocumentLineDocument', [ram('LineID', terms.id)]),
    element('ram:SpecifiedTradeProduct', [
      scope.details ? ram('SellerAssignedID', terms.itemReference) : undefined,
      ram('Name', terms.name),
      scope.details ? ram('Description', terms.description) : undefined,
    ]),
    element('ram:SpecifiedLineTradeAgreement', [
      terms.grossPrice === undefined
        ? undefined
        : element('ram:GrossPriceProductTradePrice', [
            ram('ChargeAmount', terms.grossPrice),
            basis(terms.priceBaseQuantity),
            terms.priceDiscount === undefined
              ? undefined
              : element('ram:AppliedTradeAllowanceCharge', [
                  indicator(false),
                  ram('ActualAmount', terms.priceDiscount),
                ]),
          ]),
      element('ram:NetPriceProductTradePrice', [
        ram('ChargeAmount', terms.netPrice),
        basis(terms.priceBaseQuantity),
      ]),
    ]),
    element('ram:SpecifiedLineTradeDelivery', [
      ram('BilledQuantity', terms.quantity, { unitCode: terms.unitCode }),
    ]),
    element('ram:SpecifiedLineTradeSettlement', [
      element('ram:ApplicableTradeTax', [
        ram('TypeCode', 'VAT'),
        ram('CategoryCode', terms.vat.category),
        ram('RateApplicablePercent', terms.vat.rate),
      ]),
      terms.period === undefined
        ? undefined
        : element('ram:BillingSpecifiedPeriod', [
            dateTime('StartDateTime', terms.period.start),
            dateTime('EndDateTime', terms.period.end),
          ]),
      each(terms.allowances, (entry) => allowanceCharge(entry, false)),
      each(terms.charges, (entry) => allowanceCharge(entry, true)),
      element('ram:SpecifiedTradeSettlementLineMonetarySummation', [
        ram('LineTotalAmount', terms.netAmount),
      ]),
    ]),
  ]);
}

function vatBreakdown(entry: VatBreakdownEntry, vatOnDebits: boolean): Markup {
  return element('ram:ApplicableTradeTax', [
    ram('CalculatedAmount', entry.vatAmount),
    ram('TypeCode', 'VAT'),
    ram('ExemptionReason', entry.exemptionReason),
    ram('BasisAmount', entry.taxableAmount),
    ram('CategoryCode', entry.category),
    ram('ExemptionReasonCode', entry.exemptionCode),
    ram('DueDateTypeCode', vatOnDebits ? VAT_DUE_ON_INVOICE_DATE : undefined),
    ram('RateApplicablePercent', entry.category === 'O' ? undefined : entry.rate),
  ]);
}

function agreement(terms: InvoiceTerms, scope: ProfileScope): Markup {
  return element('ram:ApplicableHeaderTradeAgreement', [
    ram('BuyerReference', terms.buyerReference),
    seller(terms.seller, scope),
    buyer(terms.buyer, scope),
    optionalElement('ram:BuyerOrderReferencedDocument', [
      ram('IssuerAssignedID', terms.orderReference),
    ]),
  ]);
}

function delivery(terms: InvoiceTerms, scope: ProfileScope): Markup {
  if (scope.summary) return element('ram:ApplicableHeaderTradeDelivery', []);
  const { place, date } = terms.delivery;
  return element('ram:ApplicableHeaderTradeDelivery', [
    place === undefined
      ? undefined
      : element('ram:ShipToTradeParty', [ram('Name', place.name), address(place.address, scope)]),
    date === undefined
      ? undefined
      : element('ram:ActualDeliverySupplyChainEvent', [dateTime('OccurrenceDateTime', date)]),
  ]);
}

function summation(terms: InvoiceTerms, scope: ProfileScope): Markup {
  const { totals, currency } = terms;
  const full = !scope.summary;
  return element('ram:SpecifiedTradeSettlementHeaderMonetarySummation', [
    full ? ram('LineTotalAmount', totals.lineNetTotal) : undefined,
    full ? ram('ChargeTotalAmount', totals.chargeTotal) : undefined,
    full ? ram('AllowanceTotalAmount', totals.allowanceTotal) : undefined,
    ram('TaxBasisTotalAmount', totals.taxExclusiveAmount),
    ram('TaxTotalAmount', totals.vatTotal, { currencyID: currency }),
    scope.details && totals.roundingAmount !== '0.00'
      ? ram('RoundingAmount', totals.roundingAmount)
      : undefined,
    ram('GrandTotalAmount', totals.taxInclusiveAmount),
    full ? ram('TotalPrepaidAmount', totals.prepaidAmount) : undefined,
    ram('DuePayableAmount', totals.amountDue),
  ]);
}

function settlement(terms: InvoiceTerms, scope: ProfileScope): Markup {
  if (scope.summary) {
    return element('ram:ApplicableHeaderTradeSettlement', [
      ram('InvoiceCurrencyCode', terms.currency),
      summation(terms, scope),
    ]);
  }
  const means = terms.paymentMeans;
  return element('ram:ApplicableHeaderTradeSettlement', [
    ram('PaymentReference', means?.remittanceInformation),
    ram('InvoiceCurrencyCode', terms.currency),
    means === undefined
      ? undefined
      : element('ram:SpecifiedTradeSettlementPaymentMeans', [
          ram('TypeCode', means.code),
          element('ram:PayeePartyCreditorFinancialAccount', [
            ram('IBANID', means.iban),
            scope.details ? ram('AccountName', means.accountName) : undefined,
          ]),
          scope.details
            ? optionalElement('ram:PayeeSpecifiedCreditorFinancialInstitution', [
                ram('BICID', means.bic),
              ])
            : undefined,
        ]),
    each(terms.totals.vatBreakdown, (entry) => vatBreakdown(entry, terms.vatOnDebits)),
    each(terms.allowances, (entry) => allowanceCharge(entry, false)),
    each(terms.charges, (entry) => allowanceCharge(entry, true)),
    optionalElement('ram:SpecifiedTradePaymentTerms', [
      ram('Description', terms.paymentTerms),
      dateTime('DueDateDateTime', terms.dueDate),
    ]),
    summation(terms, scope),
    each(terms.precedingInvoices, (invoice) =>
      element('ram:InvoiceReferencedDocument', [
        ram('IssuerAssignedID', invoice.number),
        dateTime('FormattedIssueDateTime', invoice.issueDate, 'qdt'),
      ]),
    ),
  ]);
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

/**
 * Writes the UN/CEFACT CII D16B XML of an invoice for a Factur-X profile,
 * elements in the order of the profile's XSD. What the profile cannot carry
 * has been refused before (see `checkProfileCarries`); what it leaves out by
 * design is not written.
 */
export function writeCii(terms: InvoiceTerms, profile: FacturXProfile): string {
  const scope = profileScope(profile);
  const root = element(
    'rsm:CrossIndustryInvoice',
    [
      element('rsm:ExchangedDocumentContext', [
        element('ram:BusinessProcessSpecifiedDocumentContextParameter', [
          ram('ID', terms.businessProcess),
        ]),
        element('ram:GuidelineSpecifiedDocumentContextParameter', [
          ram('ID', FACTUR_X_PROFILES[profile].guidelineId),
        ]),
      ]),
      element('rsm:ExchangedDocument', [
        ram('ID', terms.number),
        ram('TypeCode', terms.typeCode),
        dateTime('IssueDateTime', terms.issueDate),
        scope.summary
          ? undefined
          : each(notesOf(terms, scope), (note) =>
              element('ram:IncludedNote', [
                ram('Content', note.content),
                ram('SubjectCode', note.subjectCode),
              ]),
            ),
      ]),
      element('rsm:SupplyChainTradeTransaction', [
        scope.lines ? each(terms.lines, (entry) => line(entry, scope)) : undefined,
        agreement(terms, scope),
        delivery(terms, scope),
        settlement(terms, scope),
      ]),
    ],
    NAMESPACES,
  );
  return xmlDocument(root);
}
