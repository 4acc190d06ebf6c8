import type {
  ReceivedAddress,
  ReceivedIdentifier,
  ReceivedLine,
  ReceivedParty,
  ReceivedPaymentMeans,
  ReceivedTotals,
  ReceivedVatBreakdown,
} from '../ReceivedInvoice.js';
import { ciiAllowancesAndCharges, ciiDate, ciiVat, requiredCiiDate } from './ciiFields.js';
import { definedFields } from './definedFields.js';
import {
  amountOf,
  decimalOf,
  type FieldPath,
  type FieldReader,
  fieldReader,
  requiredAmount,
  requiredDecimal,
  requiredText,
  throwIssues,
  vatCategoryOf,
} from './fieldReader.js';
import type { InvoiceContent } from './InvoiceContent.js';
import { compactText, identifierOf, receivedParty } from './receivedParty.js';
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

function ciiParty(
  reader: FieldReader,
  node: XmlValue | undefined,
  path: FieldPath,
  label: string,
): ReceivedParty {
  const contact = child(node, 'DefinedTradeContact');
  const legal = child(node, 'SpecifiedLegalOrganization');
  const identifiers: ReceivedIdentifier[] = [
    ...textsOf(children(node, 'ID')).map((id) => ({ id })),
    ...children(node, 'GlobalID').flatMap((id) => {
      const identifier = identifierOf(id);
      return identifier === undefined ? [] : [identifier];
    }),
  ];
  return receivedParty({
    name: requiredText(reader, child(node, 'Name'), [...path, 'name'], label),
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
  });
}

function ciiPeriod(
  reader: FieldReader,
  node: XmlValue | undefined,
  path: FieldPath,
): ReceivedLine['period'] {
  if (node === undefined) return undefined;
  return definedFields({
    start: ciiDate(reader, child(node, 'StartDateTime'), [...path, 'start'], 'a period start'),
    end: ciiDate(reader, child(node, 'EndDateTime'), [...path, 'end'], 'a period end'),
  });
}

function ciiLine(reader: FieldReader, item: XmlValue, index: number): ReceivedLine {
  const path = ['lines', index];
  const line = child(item, 'AssociatedDocumentLineDocument');
  const product = child(item, 'SpecifiedTradeProduct');
  const agreement = child(item, 'SpecifiedLineTradeAgreement');
  const netPrice = child(agreement, 'NetPriceProductTradePrice');
  const grossPrice = child(agreement, 'GrossPriceProductTradePrice');
  const quantity = descendant(item, 'SpecifiedLineTradeDelivery', 'BilledQuantity');
  const settlement = child(item, 'SpecifiedLineTradeSettlement');
  const unitCode = attributeOf(quantity, 'unitCode');
  return definedFields({
    id: requiredText(reader, child(line, 'LineID'), [...path, 'id'], 'a line identifier (BT-126)'),
    name: requiredText(reader, child(product, 'Name'), [...path, 'name'], 'an item name (BT-153)'),
    description: textOf(child(product, 'Description')),
    sellerItemId: textOf(child(product, 'SellerAssignedID')),
    buyerItemId: textOf(child(product, 'BuyerAssignedID')),
    standardItemId: identifierOf(child(product, 'GlobalID')),
    note: textOf(descendant(line, 'IncludedNote', 'Content')),
    quantity: requiredDecimal(reader, quantity, [...path, 'quantity'], 'a quantity (BT-129)'),
    unitCode: requiredText(reader, unitCode, [...path, 'unitCode'], 'a unit code (BT-130)'),
    netPrice: requiredDecimal(
      reader,
      child(netPrice, 'ChargeAmount'),
      [...path, 'netPrice'],
      'an item net price (BT-146)',
    ),
    grossPrice: decimalOf(
      reader,
      child(grossPrice, 'ChargeAmount'),
      [...path, 'grossPrice'],
      'an item gross price (BT-148)',
    ),
    priceDiscount: decimalOf(
      reader,
      descendant(grossPrice, 'AppliedTradeAllowanceCharge', 'ActualAmount'),
      [...path, 'priceDiscount'],
      'an item price discount (BT-147)',
    ),
    baseQuantity: decimalOf(
      reader,
      child(netPrice, 'BasisQuantity') ?? child(grossPrice, 'BasisQuantity'),
      [...path, 'baseQuantity'],
      'an item price base quantity (BT-149)',
    ),
    netAmount: requiredAmount(
      reader,
      descendant(settlement, 'SpecifiedTradeSettlementLineMonetarySummation', 'LineTotalAmount'),
      [...path, 'netAmount'],
      'a line net amount (BT-131)',
    ),
    ...ciiAllowancesAndCharges(
      reader,
      children(settlement, 'SpecifiedTradeAllowanceCharge'),
      path,
      false,
    ),
    vat: ciiVat(
      reader,
      child(settlement, 'ApplicableTradeTax'),
      [...path, 'vat'],
      'a line VAT category (BT-151)',
    ),
    orderLineReference: textOf(descendant(agreement, 'BuyerOrderReferencedDocument', 'LineID')),
    period: ciiPeriod(reader, child(settlement, 'BillingSpecifiedPeriod'), [...path, 'period']),
  });
}

function ciiVatBreakdown(reader: FieldReader, tax: XmlValue, index: number): ReceivedVatBreakdown {
  const path = ['vatBreakdown', index];
  return definedFields({
    category: vatCategoryOf(
      reader,
      child(tax, 'CategoryCode'),
      [...path, 'category'],
      'a VAT breakdown category (BT-118)',
    ),
    rate: decimalOf(
      reader,
      child(tax, 'RateApplicablePercent'),
      [...path, 'rate'],
      'a VAT breakdown rate (BT-119)',
    ),
    taxableAmount: requiredAmount(
      reader,
      child(tax, 'BasisAmount'),
      [...path, 'taxableAmount'],
      'a VAT taxable amount (BT-116)',
    ),
    vatAmount: requiredAmount(
      reader,
      child(tax, 'CalculatedAmount'),
      [...path, 'vatAmount'],
      'a VAT amount (BT-117)',
    ),
    exemptionReason: textOf(child(tax, 'ExemptionReason')),
    exemptionCode: textOf(child(tax, 'ExemptionReasonCode')),
  });
}

function ciiTotals(
  reader: FieldReader,
  node: XmlValue | undefined,
  currency: string,
  vatCurrency: string | undefined,
): ReceivedTotals {
  const path = ['totals'];
  const vatTotals = children(node, 'TaxTotalAmount');
  const inCurrency = (code: string | undefined): XmlValue | undefined =>
    vatTotals.find((total) => (attributeOf(total, 'currencyID') ?? currency) === code);
  const amount = (name: string, field: keyof ReceivedTotals, label: string) =>
    amountOf(reader, child(node, name), [...path, field], label);
  const required = (name: string, field: keyof ReceivedTotals, label: string) =>
    requiredAmount(reader, child(node, name), [...path, field], label);
  return definedFields({
    lineNetTotal: amount('LineTotalAmount', 'lineNetTotal', 'the sum of line net amounts (BT-106)'),
    allowanceTotal: amount(
      'AllowanceTotalAmount',
      'allowanceTotal',
      'the allowance total (BT-107)',
    ),
    chargeTotal: amount('ChargeTotalAmount', 'chargeTotal', 'the charge total (BT-108)'),
    taxExclusiveAmount: required(
      'TaxBasisTotalAmount',
      'taxExclusiveAmount',
      'the total without VAT (BT-109)',
    ),
    vatTotal: amountOf(
      reader,
      inCurrency(currency) ?? (vatTotals.length === 1 ? vatTotals[0] : undefined),
      [...path, 'vatTotal'],
      'the VAT total (BT-110)',
    ),
    vatTotalInAccountingCurrency:
      vatCurrency === undefined || vatCurrency === currency
        ? undefined
        : amountOf(
            reader,
            inCurrency(vatCurrency),
            [...path, 'vatTotalInAccountingCurrency'],
            'the VAT total in accounting currency (BT-111)',
          ),
    taxInclusiveAmount: required(
      'GrandTotalAmount',
      'taxInclusiveAmount',
      'the total with VAT (BT-112)',
    ),
    prepaidAmount: amount('TotalPrepaidAmount', 'prepaidAmount', 'the paid amount (BT-113)'),
    roundingAmount: amount('RoundingAmount', 'roundingAmount', 'the rounding amount (BT-114)'),
    amountDue: required('DuePayableAmount', 'amountDue', 'the amount due (BT-115)'),
  });
}

function ciiPaymentMeans(
  reader: FieldReader,
  means: XmlValue,
  index: number,
  mandateReference: string | undefined,
): ReceivedPaymentMeans {
  const account = child(means, 'PayeePartyCreditorFinancialAccount');
  const debited = compactText(descendant(means, 'PayerPartyDebtorFinancialAccount', 'IBANID'));
  return definedFields({
    typeCode: requiredText(
      reader,
      child(means, 'TypeCode'),
      ['paymentMeans', index, 'typeCode'],
      'a payment means code (BT-81)',
    ),
    information: textOf(child(means, 'Information')),
    iban: compactText(child(account, 'IBANID')) ?? compactText(child(account, 'ProprietaryID')),
    accountName: textOf(child(account, 'AccountName')),
    bic: textOf(descendant(means, 'PayeeSpecifiedCreditorFinancialInstitution', 'BICID')),
    debitedAccount: debited,
    mandateReference: debited === undefined ? undefined : mandateReference,
  });
}

/**
 * Reads a UN/CEFACT CII D16B invoice (`rsm:CrossIndustryInvoice`, the XML of
 * Factur-X and ZUGFeRD 2) into the received invoice content.
 *
 * @throws {@link TpeError} `INVALID_INVOICE` with an issue per mandatory
 *   element missing or value unreadable
 */
export function readCii(root: XmlValue): InvoiceContent {
  const reader = fieldReader();
  const context = child(root, 'ExchangedDocumentContext');
  const document = child(root, 'ExchangedDocument');
  const transaction = child(root, 'SupplyChainTradeTransaction');
  const agreement = child(transaction, 'ApplicableHeaderTradeAgreement');
  const delivery = child(transaction, 'ApplicableHeaderTradeDelivery');
  const settlement = child(transaction, 'ApplicableHeaderTradeSettlement');
  const terms = children(settlement, 'SpecifiedTradePaymentTerms');
  const currency = requiredText(
    reader,
    child(settlement, 'InvoiceCurrencyCode'),
    ['currency'],
    'the invoice currency (BT-5)',
  );
  const vatCurrency = textOf(child(settlement, 'TaxCurrencyCode'));
  const mandateReference = joinedTexts(terms.map((term) => child(term, 'DirectDebitMandateID')));
  const dueDateNode = terms.map((term) => child(term, 'DueDateDateTime')).find(Boolean);
  const content: InvoiceContent = definedFields({
    syntax: 'CII' as const,
    specificationId: textOf(
      descendant(context, 'GuidelineSpecifiedDocumentContextParameter', 'ID'),
    ),
    businessProcess: textOf(
      descendant(context, 'BusinessProcessSpecifiedDocumentContextParameter', 'ID'),
    ),
    number: requiredText(reader, child(document, 'ID'), ['number'], 'the invoice number (BT-1)'),
    typeCode: requiredText(
      reader,
      child(document, 'TypeCode'),
      ['typeCode'],
      'the invoice type code (BT-3)',
    ),
    issueDate: requiredCiiDate(
      reader,
      child(document, 'IssueDateTime'),
      ['issueDate'],
      'the issue date (BT-2)',
    ),
    dueDate: ciiDate(reader, dueDateNode, ['dueDate'], 'the due date (BT-9)'),
    deliveryDate: ciiDate(
      reader,
      descendant(delivery, 'ActualDeliverySupplyChainEvent', 'OccurrenceDateTime'),
      ['deliveryDate'],
      'the delivery date (BT-72)',
    ),
    period: ciiPeriod(reader, child(settlement, 'BillingSpecifiedPeriod'), ['period']),
    currency,
    vatCurrency,
    seller: ciiParty(
      reader,
      child(agreement, 'SellerTradeParty'),
      ['seller'],
      'the seller name (BT-27)',
    ),
    buyer: ciiParty(
      reader,
      child(agreement, 'BuyerTradeParty'),
      ['buyer'],
      'the buyer name (BT-44)',
    ),
    taxRepresentativeVatNumber: compactText(
      descendant(agreement, 'SellerTaxRepresentativeTradeParty', 'SpecifiedTaxRegistration', 'ID'),
    ),
    lines: children(transaction, 'IncludedSupplyChainTradeLineItem').map((item, index) =>
      ciiLine(reader, item, index),
    ),
    ...ciiAllowancesAndCharges(
      reader,
      children(settlement, 'SpecifiedTradeAllowanceCharge'),
      [],
      true,
    ),
    vatBreakdown: children(settlement, 'ApplicableTradeTax').map((tax, index) =>
      ciiVatBreakdown(reader, tax, index),
    ),
    totals: ciiTotals(
      reader,
      child(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation'),
      currency,
      vatCurrency,
    ),
    paymentMeans: children(settlement, 'SpecifiedTradeSettlementPaymentMeans').map((means, index) =>
      ciiPaymentMeans(reader, means, index, mandateReference),
    ),
    paymentTerms: joinedTexts(terms.map((term) => child(term, 'Description'))),
    paymentReference: textOf(child(settlement, 'PaymentReference')),
    notes: children(document, 'IncludedNote').flatMap((note) => {
      const text = joinedTexts(children(note, 'Content'));
      return text === undefined
        ? []
        : [definedFields({ text, subjectCode: textOf(child(note, 'SubjectCode')) })];
    }),
    references: definedFields({
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
      precedingInvoices: children(settlement, 'InvoiceReferencedDocument').flatMap(
        (reference, index) => {
          const number = textOf(child(reference, 'IssuerAssignedID'));
          if (number === undefined) return [];
          const issueDate = ciiDate(
            reader,
            child(reference, 'FormattedIssueDateTime'),
            ['references', 'precedingInvoices', index, 'issueDate'],
            'a preceding invoice date (BT-26)',
          );
          return [definedFields({ number, issueDate })];
        },
      ),
    }),
  });
  throwIssues(reader);
  return content;
}
