import type { ReceivedAddress, ReceivedIdentifier } from '../ReceivedInvoice.js';
import type { AllowanceChargeNodes } from './allowancesAndCharges.js';
import { definedFields } from './definedFields.js';
import type { DateNode } from './fieldReader.js';
import type { InvoiceContent } from './InvoiceContent.js';
import { invoiceContentOf, type PartyNodes } from './invoiceContentOf.js';
import type { LineNodes } from './receivedLine.js';
import { compactText, identifierOf } from './receivedParty.js';
import { type PeriodNodes, periodNodes } from './receivedPeriod.js';
import type { TotalsNodes } from './receivedTotals.js';
import type { VatNodes } from './receivedVat.js';
import {
  attributeOf,
  child,
  children,
  descendant,
  joinedTexts,
  textOf,
  textsOf,
  type XmlValue,
} from './xmlNode.js';

function ciiAddress(node: XmlValue | undefined): ReceivedAddress | undefined {
  if (node === undefined) return undefined;
  return definedFields({
    lines: textsOf(['LineOne', 'LineTwo', 'LineThree'].map((name) => child(node, name))),
    postalCode: textOf(child(node, 'PostcodeCode')),
    city: textOf(child(node, 'CityName')),
    subdivision: textOf(child(node, 'CountrySubDivisionName')),
    countryCode: textOf(child(node, 'CountryID')),
  });
}

/** The tax registration of a party with the given scheme (`VA` VAT, `FC` other). */
function taxRegistration(node: XmlValue | undefined, scheme: string): string | undefined {
  const registration = children(node, 'SpecifiedTaxRegistration').find(
    (candidate) => attributeOf(child(candidate, 'ID'), 'schemeID') === scheme,
  );
  return textOf(child(registration, 'ID'));
}

function ciiParty(node: XmlValue | undefined): PartyNodes {
  const contact = child(node, 'DefinedTradeContact');
  const legal = child(node, 'SpecifiedLegalOrganization');
  const identifiers: ReceivedIdentifier[] = [
    ...textsOf(children(node, 'ID')).map((id) => ({ id })),
    ...children(node, 'GlobalID').flatMap((id) => {
      const identifier = identifierOf(id);
      return identifier === undefined ? [] : [identifier];
    }),
  ];
  return {
    name: child(node, 'Name'),
    parts: {
      tradeName: textOf(child(legal, 'TradingBusinessName')),
      vatNumber: taxRegistration(node, 'VA'),
      taxRegistration: taxRegistration(node, 'FC'),
      legalRegistration: identifierOf(child(legal, 'ID')),
      identifiers,
      electronicAddress: identifierOf(descendant(node, 'URIUniversalCommunication', 'URIID')),
      legalInformation: textOf(child(node, 'Description')),
      address: ciiAddress(child(node, 'PostalTradeAddress')),
      contactName: textOf(child(contact, 'PersonName')) ?? textOf(child(contact, 'DepartmentName')),
      phone: textOf(descendant(contact, 'TelephoneUniversalCommunication', 'CompleteNumber')),
      email: textOf(descendant(contact, 'EmailURIUniversalCommunication', 'URIID')),
    },
  };
}

/** A CII date element (`IssueDateTime`, `DueDateDateTime`…): its `DateTimeString` and format. */
function ciiDate(node: XmlValue | undefined): DateNode {
  const value = child(node, 'DateTimeString');
  return { text: textOf(value), format: attributeOf(value, 'format') };
}

function ciiPeriod(node: XmlValue | undefined): PeriodNodes | undefined {
  return periodNodes(node, 'StartDateTime', 'EndDateTime', ciiDate);
}

/** An `ApplicableTradeTax` or `CategoryTradeTax`. */
function ciiVat(tax: XmlValue | undefined): VatNodes {
  return { category: child(tax, 'CategoryCode'), rate: child(tax, 'RateApplicablePercent') };
}

/** A `SpecifiedTradeAllowanceCharge` of the document or of a line. */
function ciiAllowanceCharge(node: XmlValue): AllowanceChargeNodes {
  return {
    indicator: textOf(descendant(node, 'ChargeIndicator', 'Indicator')),
    amount: child(node, 'ActualAmount'),
    baseAmount: child(node, 'BasisAmount'),
    percent: child(node, 'CalculationPercent'),
    reason: child(node, 'Reason'),
    reasonCode: child(node, 'ReasonCode'),
    vat: ciiVat(child(node, 'CategoryTradeTax')),
  };
}

function ciiLine(item: XmlValue): LineNodes {
  const line = child(item, 'AssociatedDocumentLineDocument');
  const product = child(item, 'SpecifiedTradeProduct');
  const agreement = child(item, 'SpecifiedLineTradeAgreement');
  const netPrice = child(agreement, 'NetPriceProductTradePrice');
  const grossPrice = child(agreement, 'GrossPriceProductTradePrice');
  const quantity = descendant(item, 'SpecifiedLineTradeDelivery', 'BilledQuantity');
  const settlement = child(item, 'SpecifiedLineTradeSettlement');
  return {
    id: child(line, 'LineID'),
    name: child(product, 'Name'),
    description: child(product, 'Description'),
    sellerItemId: child(product, 'SellerAssignedID'),
    buyerItemId: child(product, 'BuyerAssignedID'),
    standardItemId: child(product, 'GlobalID'),
    note: descendant(line, 'IncludedNote', 'Content'),
    quantity,
    unitCode: attributeOf(quantity, 'unitCode'),
    netPrice: child(netPrice, 'ChargeAmount'),
    grossPrice: child(grossPrice, 'ChargeAmount'),
    priceDiscount: descendant(grossPrice, 'AppliedTradeAllowanceCharge', 'ActualAmount'),
    baseQuantity: child(netPrice, 'BasisQuantity') ?? child(grossPrice, 'BasisQuantity'),
    netAmount: descendant(
      settlement,
      'SpecifiedTradeSettlementLineMonetarySummation',
      'LineTotalAmount',
    ),
    allowancesAndCharges: children(settlement, 'SpecifiedTradeAllowanceCharge').map(
      ciiAllowanceCharge,
    ),
    vat: ciiVat(child(settlement, 'ApplicableTradeTax')),
    orderLineReference: descendant(agreement, 'BuyerOrderReferencedDocument', 'LineID'),
    period: ciiPeriod(child(settlement, 'BillingSpecifiedPeriod')),
  };
}

/** The totals of the `SpecifiedTradeSettlementHeaderMonetarySummation`; the VAT totals told apart by currency. */
function ciiTotals(
  node: XmlValue | undefined,
  currency: string,
  vatCurrency: string | undefined,
): TotalsNodes {
  const vatTotals = children(node, 'TaxTotalAmount');
  const inCurrency = (code: string | undefined): XmlValue | undefined =>
    vatTotals.find((total) => (attributeOf(total, 'currencyID') ?? currency) === code);
  return {
    lineNetTotal: child(node, 'LineTotalAmount'),
    allowanceTotal: child(node, 'AllowanceTotalAmount'),
    chargeTotal: child(node, 'ChargeTotalAmount'),
    taxExclusiveAmount: child(node, 'TaxBasisTotalAmount'),
    vatTotal: inCurrency(currency) ?? (vatTotals.length === 1 ? vatTotals[0] : undefined),
    vatTotalInAccountingCurrency:
      vatCurrency === undefined || vatCurrency === currency ? undefined : inCurrency(vatCurrency),
    taxInclusiveAmount: child(node, 'GrandTotalAmount'),
    prepaidAmount: child(node, 'TotalPrepaidAmount'),
    roundingAmount: child(node, 'RoundingAmount'),
    amountDue: child(node, 'DuePayableAmount'),
  };
}

/**
 * Reads a UN/CEFACT CII D16B invoice (`rsm:CrossIndustryInvoice`, the XML of
 * Factur-X and ZUGFeRD 2) into the received invoice content.
 *
 * @throws {@link TpeError} `INVALID_INVOICE` with an issue per mandatory
 *   element missing or value unreadable
 */
export function readCii(root: XmlValue): InvoiceContent {
  const context = child(root, 'ExchangedDocumentContext');
  const document = child(root, 'ExchangedDocument');
  const transaction = child(root, 'SupplyChainTradeTransaction');
  const agreement = child(transaction, 'ApplicableHeaderTradeAgreement');
  const delivery = child(transaction, 'ApplicableHeaderTradeDelivery');
  const settlement = child(transaction, 'ApplicableHeaderTradeSettlement');
  const terms = children(settlement, 'SpecifiedTradePaymentTerms');
  const mandateReference = joinedTexts(terms.map((term) => child(term, 'DirectDebitMandateID')));
  const currency = child(settlement, 'InvoiceCurrencyCode');
  const vatCurrency = child(settlement, 'TaxCurrencyCode');
  return invoiceContentOf({
    syntax: 'CII',
    specificationId: descendant(context, 'GuidelineSpecifiedDocumentContextParameter', 'ID'),
    businessProcess: descendant(context, 'BusinessProcessSpecifiedDocumentContextParameter', 'ID'),
    number: child(document, 'ID'),
    typeCode: child(document, 'TypeCode'),
    issueDate: ciiDate(child(document, 'IssueDateTime')),
    dueDate: ciiDate(terms.map((term) => child(term, 'DueDateDateTime')).find(Boolean)),
    deliveryDate: ciiDate(
      descendant(delivery, 'ActualDeliverySupplyChainEvent', 'OccurrenceDateTime'),
    ),
    period: ciiPeriod(child(settlement, 'BillingSpecifiedPeriod')),
    currency,
    vatCurrency,
    seller: ciiParty(child(agreement, 'SellerTradeParty')),
    buyer: ciiParty(child(agreement, 'BuyerTradeParty')),
    taxRepresentativeVatNumber: compactText(
      descendant(agreement, 'SellerTaxRepresentativeTradeParty', 'SpecifiedTaxRegistration', 'ID'),
    ),
    lines: children(transaction, 'IncludedSupplyChainTradeLineItem').map(ciiLine),
    allowancesAndCharges: children(settlement, 'SpecifiedTradeAllowanceCharge').map(
      ciiAllowanceCharge,
    ),
    vatBreakdown: children(settlement, 'ApplicableTradeTax').map((tax) => ({
      ...ciiVat(tax),
      taxableAmount: child(tax, 'BasisAmount'),
      vatAmount: child(tax, 'CalculatedAmount'),
      exemptionReason: child(tax, 'ExemptionReason'),
      exemptionCode: child(tax, 'ExemptionReasonCode'),
    })),
    totals: ciiTotals(
      child(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation'),
      textOf(currency) ?? '',
      textOf(vatCurrency),
    ),
    paymentMeans: children(settlement, 'SpecifiedTradeSettlementPaymentMeans').map((means) => {
      const account = child(means, 'PayeePartyCreditorFinancialAccount');
      const debited = compactText(descendant(means, 'PayerPartyDebtorFinancialAccount', 'IBANID'));
      return {
        typeCode: child(means, 'TypeCode'),
        information: textOf(child(means, 'Information')),
        iban: compactText(child(account, 'IBANID')) ?? compactText(child(account, 'ProprietaryID')),
        accountName: textOf(child(account, 'AccountName')),
        bic: textOf(descendant(means, 'PayeeSpecifiedCreditorFinancialInstitution', 'BICID')),
        debitedAccount: debited,
        mandateReference: debited === undefined ? undefined : mandateReference,
      };
    }),
    paymentTerms: joinedTexts(terms.map((term) => child(term, 'Description'))),
    paymentReference: textOf(child(settlement, 'PaymentReference')),
    notes: children(document, 'IncludedNote').flatMap((note) => {
      const text = joinedTexts(children(note, 'Content'));
      return text === undefined
        ? []
        : [definedFields({ text, subjectCode: textOf(child(note, 'SubjectCode')) })];
    }),
    references: {
      buyerReference: textOf(child(agreement, 'BuyerReference')),
      orderReference: textOf(
        descendant(agreement, 'BuyerOrderReferencedDocument', 'IssuerAssignedID'),
      ),
      salesOrderReference: textOf(
        descendant(agreement, 'SellerOrderReferencedDocument', 'IssuerAssignedID'),
      ),
      contractReference: textOf(
        descendant(agreement, 'ContractReferencedDocument', 'IssuerAssignedID'),
      ),
      projectReference: textOf(descendant(agreement, 'SpecifiedProcuringProject', 'ID')),
      despatchAdviceReference: textOf(
        descendant(delivery, 'DespatchAdviceReferencedDocument', 'IssuerAssignedID'),
      ),
      receivingAdviceReference: textOf(
        descendant(delivery, 'ReceivingAdviceReferencedDocument', 'IssuerAssignedID'),
      ),
      precedingInvoices: children(settlement, 'InvoiceReferencedDocument').map((reference) => ({
        number: textOf(child(reference, 'IssuerAssignedID')),
        issueDate: ciiDate(child(reference, 'FormattedIssueDateTime')),
      })),
    },
  });
}
