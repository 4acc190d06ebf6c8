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
  each,
  element,
  type Markup,
  optionalElement,
  textElement,
  xmlDocument,
} from '../../mapping/xmlMarkup.js';

const CAC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';
const CBC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';

/** UNTDID 2005 "invoice document issue date": VAT due when the invoice is issued (BT-8). */
const VAT_DUE_ON_INVOICE_DATE = '3';

const cbc = (
  name: string,
  value: string | undefined,
  attributes?: Record<string, string | undefined>,
) => textElement(`cbc:${name}`, value, attributes);
const cac = (name: string, children: readonly (Markup | undefined)[]) =>
  element(`cac:${name}`, children);
const optionalCac = (name: string, children: readonly (Markup | undefined)[]) =>
  optionalElement(`cac:${name}`, children);

/** The writing of one document: its currency for the amounts and whether it is a credit note. */
interface Context {
  readonly currency: string;
  readonly creditNote: boolean;
}

function amount(name: string, value: string | undefined, context: Context): Markup | undefined {
  return cbc(name, value, { currencyID: context.currency });
}

function postalAddress(name: string, value: Address): Markup {
  return cac(name, [
    cbc('StreetName', value.lines[0]),
    cbc('AdditionalStreetName', value.lines[1]),
    cbc('CityName', value.city),
    cbc('PostalZone', value.postalCode === '' ? undefined : value.postalCode),
    cbc('CountrySubentity', value.subdivision),
    value.lines[2] === undefined ? undefined : cac('AddressLine', [cbc('Line', value.lines[2])]),
    cac('Country', [cbc('IdentificationCode', value.countryCode)]),
  ]);
}

function endpoint(address: SchemedId | undefined): Markup | undefined {
  return address === undefined
    ? undefined
    : cbc('EndpointID', address.value, { schemeID: address.scheme });
}

function partyTaxScheme(companyId: string | undefined, scheme: string): Markup | undefined {
  return companyId === undefined
    ? undefined
    : cac('PartyTaxScheme', [cbc('CompanyID', companyId), cac('TaxScheme', [cbc('ID', scheme)])]);
}

function seller(terms: SellerTerms): Markup {
  return cac('AccountingSupplierParty', [
    cac('Party', [
      endpoint(terms.electronicAddress),
      terms.siret === undefined
        ? undefined
        : cac('PartyIdentification', [cbc('ID', terms.siret, { schemeID: '0009' })]),
      terms.tradeName === undefined ? undefined : cac('PartyName', [cbc('Name', terms.tradeName)]),
      postalAddress('PostalAddress', terms.address),
      partyTaxScheme(terms.vatNumber, 'VAT'),
      partyTaxScheme(terms.taxRegistration, 'FC'),
      cac('PartyLegalEntity', [
        cbc('RegistrationName', terms.name),
        cbc('CompanyID', terms.siren, { schemeID: '0002' }),
        cbc('CompanyLegalForm', terms.legalInformation),
      ]),
      optionalCac('Contact', [cbc('Telephone', terms.phone), cbc('ElectronicMail', terms.email)]),
    ]),
  ]);
}

function buyer(terms: BuyerTerms): Markup {
  return cac('AccountingCustomerParty', [
    cac('Party', [
      endpoint(terms.electronicAddress),
      cac('PartyIdentification', [cbc('ID', terms.id.value, { schemeID: terms.id.scheme })]),
      postalAddress('PostalAddress', terms.address),
      partyTaxScheme(terms.vatNumber, 'VAT'),
      cac('PartyLegalEntity', [
        cbc('RegistrationName', terms.name),
        cbc('CompanyID', terms.siren, { schemeID: '0002' }),
      ]),
      optionalCac('Contact', [cbc('ElectronicMail', terms.email)]),
    ]),
  ]);
}

function taxCategory(
  name: string,
  vat: VatTerms,
  exemption?: Pick<VatBreakdownEntry, 'exemptionCode' | 'exemptionReason'>,
): Markup {
  return cac(name, [
    cbc('ID', vat.category),
    cbc('Percent', vat.rate),
    cbc('TaxExemptionReasonCode', exemption?.exemptionCode),
    cbc('TaxExemptionReason', exemption?.exemptionReason),
    cac('TaxScheme', [cbc('ID', 'VAT')]),
  ]);
}

/** An allowance or charge; a line's has no VAT of its own (`vat` undefined), it takes the line's. */
function allowanceCharge(entry: AllowanceChargeTerms, charge: boolean, context: Context): Markup {
  return cac('AllowanceCharge', [
    cbc('ChargeIndicator', String(charge)),
    cbc('AllowanceChargeReasonCode', entry.reasonCode),
    cbc('AllowanceChargeReason', entry.reason),
    cbc('MultiplierFactorNumeric', entry.percent),
    amount('Amount', entry.amount, context),
    amount('BaseAmount', entry.baseAmount, context),
    entry.vat === undefined ? undefined : taxCategory('TaxCategory', entry.vat),
  ]);
}

function line(terms: LineTerms, context: Context): Markup {
  const allowances = [
    each(terms.allowances, (entry) => allowanceCharge(entry, false, context)),
    each(terms.charges, (entry) => allowanceCharge(entry, true, context)),
  ];
  return cac(context.creditNote ? 'CreditNoteLine' : 'InvoiceLine', [
    cbc('ID', terms.id),
    cbc(context.creditNote ? 'CreditedQuantity' : 'InvoicedQuantity', terms.quantity, {
      unitCode: terms.unitCode,
    }),
    amount('LineExtensionAmount', terms.netAmount, context),
    terms.period === undefined
      ? undefined
      : cac('InvoicePeriod', [
          cbc('StartDate', terms.period.start),
          cbc('EndDate', terms.period.end),
        ]),
    ...allowances,
    cac('Item', [
      cbc('Description', terms.description),
      cbc('Name', terms.name),
      terms.itemReference === undefined
        ? undefined
        : cac('SellersItemIdentification', [cbc('ID', terms.itemReference)]),
      taxCategory('ClassifiedTaxCategory', terms.vat),
    ]),
    cac('Price', [
      amount('PriceAmount', terms.netPrice, context),
      cbc('BaseQuantity', terms.priceBaseQuantity, { unitCode: terms.unitCode }),
      terms.grossPrice === undefined
        ? undefined
        : cac('AllowanceCharge', [
            cbc('ChargeIndicator', 'false'),
            amount('Amount', terms.priceDiscount ?? '0', context),
            amount('BaseAmount', terms.grossPrice, context),
          ]),
    ]),
  ]);
}

function delivery(terms: InvoiceTerms): Markup | undefined {
  const { date, place } = terms.delivery;
  return optionalCac('Delivery', [
    cbc('ActualDeliveryDate', date),
    place === undefined
      ? undefined
      : cac('DeliveryLocation', [postalAddress('Address', place.address)]),
    place === undefined
      ? undefined
      : cac('DeliveryParty', [cac('PartyName', [cbc('Name', place.name)])]),
  ]);
}

function paymentMeans(terms: InvoiceTerms): Markup | undefined {
  const means = terms.paymentMeans;
  if (means === undefined) return undefined;
  return cac('PaymentMeans', [
    cbc('PaymentMeansCode', means.code),
    cbc('PaymentID', means.remittanceInformation),
    cac('PayeeFinancialAccount', [
      cbc('ID', means.iban),
      cbc('Name', means.accountName),
      means.bic === undefined
        ? undefined
        : cac('FinancialInstitutionBranch', [cbc('ID', means.bic)]),
    ]),
  ]);
}

function taxTotal(terms: InvoiceTerms, context: Context): Markup {
  return cac('TaxTotal', [
    amount('TaxAmount', terms.totals.vatTotal, context),
    each(terms.totals.vatBreakdown, (entry) =>
      cac('TaxSubtotal', [
        amount('TaxableAmount', entry.taxableAmount, context),
        amount('TaxAmount', entry.vatAmount, context),
        taxCategory(
          'TaxCategory',
          { category: entry.category, rate: entry.category === 'O' ? undefined : entry.rate },
          entry,
        ),
      ]),
    ),
  ]);
}

function monetaryTotal(terms: InvoiceTerms, context: Context): Markup {
  const { totals } = terms;
  return cac('LegalMonetaryTotal', [
    amount('LineExtensionAmount', totals.lineNetTotal, context),
    amount('TaxExclusiveAmount', totals.taxExclusiveAmount, context),
    amount('TaxInclusiveAmount', totals.taxInclusiveAmount, context),
    amount('AllowanceTotalAmount', totals.allowanceTotal, context),
    amount('ChargeTotalAmount', totals.chargeTotal, context),
    amount('PrepaidAmount', totals.prepaidAmount, context),
    totals.roundingAmount === '0.00'
      ? undefined
      : amount('PayableRoundingAmount', totals.roundingAmount, context),
    amount('PayableAmount', totals.amountDue, context),
  ]);
}

/**
 * Writes the OASIS UBL 2.1 XML of an invoice (root `Invoice`) or a credit
 * note (root `CreditNote`) with the EN 16931 binding (CEN/TS 16931-3-2),
 * elements in the order of the UBL 2.1 schema. A note's subject code is
 * written before its text as `#CODE#`, as the binding says.
 */
export function writeUbl(terms: InvoiceTerms): string {
  const creditNote = terms.typeCode === '381';
  const context: Context = { currency: terms.currency, creditNote };
  const rootName = creditNote ? 'CreditNote' : 'Invoice';
  const root = element(
    rootName,
    [
      cbc('CustomizationID', 'urn:cen.eu:en16931:2017'),
      cbc('ProfileID', terms.businessProcess),
      cbc('ID', terms.number),
      cbc('IssueDate', terms.issueDate),
      creditNote ? undefined : cbc('DueDate', terms.dueDate),
      cbc(creditNote ? 'CreditNoteTypeCode' : 'InvoiceTypeCode', terms.typeCode),
      each(terms.notes, (note) =>
        cbc(
          'Note',
          note.subjectCode === undefined ? note.content : `#${note.subjectCode}#${note.content}`,
        ),
      ),
      cbc('DocumentCurrencyCode', terms.currency),
      cbc('BuyerReference', terms.buyerReference),
      terms.vatOnDebits
        ? cac('InvoicePeriod', [cbc('DescriptionCode', VAT_DUE_ON_INVOICE_DATE)])
        : undefined,
      terms.orderReference === undefined
        ? undefined
        : cac('OrderReference', [cbc('ID', terms.orderReference)]),
      each(terms.precedingInvoices, (invoice) =>
        cac('BillingReference', [
          cac('InvoiceDocumentReference', [
            cbc('ID', invoice.number),
            cbc('IssueDate', invoice.issueDate),
          ]),
        ]),
      ),
      seller(terms.seller),
      buyer(terms.buyer),
      delivery(terms),
      paymentMeans(terms),
      terms.paymentTerms === undefined
        ? undefined
        : cac('PaymentTerms', [cbc('Note', terms.paymentTerms)]),
      each(terms.allowances, (entry) => allowanceCharge(entry, false, context)),
      each(terms.charges, (entry) => allowanceCharge(entry, true, context)),
      taxTotal(terms, context),
      monetaryTotal(terms, context),
      each(terms.lines, (entry) => line(entry, context)),
    ],
    {
      xmlns: `urn:oasis:names:specification:ubl:schema:xsd:${rootName}-2`,
      'xmlns:cac': CAC,
      'xmlns:cbc': CBC,
    },
  );
  return xmlDocument(root);
}
