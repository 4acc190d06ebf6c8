import type {
  ReceivedAddress,
  ReceivedLine,
  ReceivedNote,
  ReceivedParty,
  ReceivedPaymentMeans,
  ReceivedTotals,
  ReceivedVat,
  ReceivedVatBreakdown,
} from '../ReceivedInvoice.js';
import { type AllowancesAndCharges, allowancesAndCharges } from './allowancesAndCharges.js';
import { definedFields } from './definedFields.js';
import {
  amountOf,
  dateOf,
  decimalOf,
  type FieldPath,
  type FieldReader,
  fieldReader,
  requiredAmount,
  requiredDate,
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

/** The UBL convention for a note's subject code (BT-21): `#PMT#text`. */
const SUBJECT_NOTE = /^#([A-Z0-9]{1,3})#([\s\S]*)$/;

function ublNote(text: string): ReceivedNote {
  const match = SUBJECT_NOTE.exec(text);
  return match === null ? { text } : { text: match[2] ?? '', subjectCode: match[1] };
}

function ublAddress(node: XmlValue | undefined): ReceivedAddress | undefined {
  if (node === undefined) return undefined;
  return definedFields({
    lines: textsOf([
      child(node, 'StreetName'),
      child(node, 'AdditionalStreetName'),
      descendant(node, 'AddressLine', 'Line'),
    ]),
    postalCode: textOf(child(node, 'PostalZone')),
    city: textOf(child(node, 'CityName')),
    subdivision: textOf(child(node, 'CountrySubentity')),
    countryCode: textOf(descendant(node, 'Country', 'IdentificationCode')),
  });
}

function ublParty(
  reader: FieldReader,
  node: XmlValue | undefined,
  path: FieldPath,
  label: string,
): ReceivedParty {
  const party = child(node, 'Party');
  const legal = child(party, 'PartyLegalEntity');
  const contact = child(party, 'Contact');
  const schemes = children(party, 'PartyTaxScheme');
  const isVat = (scheme: XmlValue) => textOf(descendant(scheme, 'TaxScheme', 'ID')) === 'VAT';
  const tradeName = textOf(descendant(party, 'PartyName', 'Name'));
  const registrationName = textOf(child(legal, 'RegistrationName'));
  return receivedParty({
    name: requiredText(
      reader,
      child(legal, 'RegistrationName') ?? descendant(party, 'PartyName', 'Name'),
      [...path, 'name'],
      label,
    ),
    tradeName:
      registrationName === undefined || tradeName === registrationName ? undefined : tradeName,
    vatNumber: textOf(child(schemes.find(isVat), 'CompanyID')),
    taxRegistration: textOf(
      child(
        schemes.find((scheme) => !isVat(scheme)),
        'CompanyID',
      ),
    ),
    legalRegistration: identifierOf(child(legal, 'CompanyID')),
    identifiers: children(party, 'PartyIdentification').flatMap((identification) => {
      const identifier = identifierOf(child(identification, 'ID'));
      return identifier === undefined ? [] : [identifier];
    }),
    electronicAddress: identifierOf(child(party, 'EndpointID')),
    legalInformation: textOf(child(legal, 'CompanyLegalForm')),
    address: ublAddress(child(party, 'PostalAddress')),
    contactName: textOf(child(contact, 'Name')),
    phone: textOf(child(contact, 'Telephone')),
    email: textOf(child(contact, 'ElectronicMail')),
  });
}

function ublVat(
  reader: FieldReader,
  category: XmlValue | undefined,
  path: FieldPath,
  label: string,
): ReceivedVat {
  return definedFields({
    category: vatCategoryOf(reader, child(category, 'ID'), [...path, 'category'], label),
    rate: decimalOf(reader, child(category, 'Percent'), [...path, 'rate'], 'a VAT rate'),
  });
}

function ublAllowancesAndCharges(
  reader: FieldReader,
  nodes: readonly XmlValue[],
  owner: FieldPath,
  withVat: boolean,
): AllowancesAndCharges {
  return allowancesAndCharges(
    reader,
    nodes,
    owner,
    (node) => textOf(child(node, 'ChargeIndicator')),
    (node, path) =>
      definedFields({
        amount: requiredAmount(
          reader,
          child(node, 'Amount'),
          [...path, 'amount'],
          'the amount of an allowance or charge',
        ),
        baseAmount: amountOf(
          reader,
          child(node, 'BaseAmount'),
          [...path, 'baseAmount'],
          'the base amount of an allowance or charge',
        ),
        percent: decimalOf(
          reader,
          child(node, 'MultiplierFactorNumeric'),
          [...path, 'percent'],
          'the percentage of an allowance or charge',
        ),
        reason: textOf(child(node, 'AllowanceChargeReason')),
        reasonCode: textOf(child(node, 'AllowanceChargeReasonCode')),
        vat: withVat
          ? ublVat(
              reader,
              child(node, 'TaxCategory'),
              [...path, 'vat'],
              'the VAT category of an allowance or charge',
            )
          : undefined,
      }),
  );
}

function ublPeriod(
  reader: FieldReader,
  node: XmlValue | undefined,
  path: FieldPath,
): ReceivedLine['period'] {
  if (node === undefined) return undefined;
  return definedFields({
    start: dateOf(reader, textOf(child(node, 'StartDate')), [...path, 'start'], 'a period start'),
    end: dateOf(reader, textOf(child(node, 'EndDate')), [...path, 'end'], 'a period end'),
  });
}

function ublLine(
  reader: FieldReader,
  line: XmlValue,
  index: number,
  quantityName: string,
): ReceivedLine {
  const path = ['lines', index];
  const item = child(line, 'Item');
  const price = child(line, 'Price');
  const priceDiscount = child(price, 'AllowanceCharge');
  const quantity = child(line, quantityName);
  return definedFields({
    id: requiredText(reader, child(line, 'ID'), [...path, 'id'], 'a line identifier (BT-126)'),
    name: requiredText(reader, child(item, 'Name'), [...path, 'name'], 'an item name (BT-153)'),
    description: textOf(child(item, 'Description')),
    sellerItemId: textOf(descendant(item, 'SellersItemIdentification', 'ID')),
    buyerItemId: textOf(descendant(item, 'BuyersItemIdentification', 'ID')),
    standardItemId: identifierOf(descendant(item, 'StandardItemIdentification', 'ID')),
    note: textOf(child(line, 'Note')),
    quantity: requiredDecimal(reader, quantity, [...path, 'quantity'], 'a quantity (BT-129)'),
    unitCode: requiredText(
      reader,
      attributeOf(quantity, 'unitCode'),
      [...path, 'unitCode'],
      'a unit code (BT-130)',
    ),
    netPrice: requiredDecimal(
      reader,
      child(price, 'PriceAmount'),
      [...path, 'netPrice'],
      'an item net price (BT-146)',
    ),
    grossPrice: decimalOf(
      reader,
      child(priceDiscount, 'BaseAmount'),
      [...path, 'grossPrice'],
      'an item gross price (BT-148)',
    ),
    priceDiscount: decimalOf(
      reader,
      child(priceDiscount, 'Amount'),
      [...path, 'priceDiscount'],
      'an item price discount (BT-147)',
    ),
    baseQuantity: decimalOf(
      reader,
      child(price, 'BaseQuantity'),
      [...path, 'baseQuantity'],
      'an item price base quantity (BT-149)',
    ),
    netAmount: requiredAmount(
      reader,
      child(line, 'LineExtensionAmount'),
      [...path, 'netAmount'],
      'a line net amount (BT-131)',
    ),
    ...ublAllowancesAndCharges(reader, children(line, 'AllowanceCharge'), path, false),
    vat: ublVat(
      reader,
      child(item, 'ClassifiedTaxCategory'),
      [...path, 'vat'],
      'a line VAT category (BT-151)',
    ),
    orderLineReference: textOf(descendant(line, 'OrderLineReference', 'LineID')),
    period: ublPeriod(reader, child(line, 'InvoicePeriod'), [...path, 'period']),
  });
}

function ublVatBreakdown(
  reader: FieldReader,
  subtotal: XmlValue,
  index: number,
): ReceivedVatBreakdown {
  const path = ['vatBreakdown', index];
  const category = child(subtotal, 'TaxCategory');
  return definedFields({
    ...ublVat(reader, category, path, 'a VAT breakdown category (BT-118)'),
    taxableAmount: requiredAmount(
      reader,
      child(subtotal, 'TaxableAmount'),
      [...path, 'taxableAmount'],
      'a VAT taxable amount (BT-116)',
    ),
    vatAmount: requiredAmount(
      reader,
      child(subtotal, 'TaxAmount'),
      [...path, 'vatAmount'],
      'a VAT amount (BT-117)',
    ),
    exemptionReason: textOf(child(category, 'TaxExemptionReason')),
    exemptionCode: textOf(child(category, 'TaxExemptionReasonCode')),
  });
}

function ublTotals(
  reader: FieldReader,
  node: XmlValue | undefined,
  vatTotal: XmlValue | undefined,
  vatTotalInAccountingCurrency: XmlValue | undefined,
): ReceivedTotals {
  const path = ['totals'];
  const amount = (name: string, field: keyof ReceivedTotals, label: string) =>
    amountOf(reader, child(node, name), [...path, field], label);
  const required = (name: string, field: keyof ReceivedTotals, label: string) =>
    requiredAmount(reader, child(node, name), [...path, field], label);
  return definedFields({
    lineNetTotal: amount(
      'LineExtensionAmount',
      'lineNetTotal',
      'the sum of line net amounts (BT-106)',
    ),
    allowanceTotal: amount(
      'AllowanceTotalAmount',
      'allowanceTotal',
      'the allowance total (BT-107)',
    ),
    chargeTotal: amount('ChargeTotalAmount', 'chargeTotal', 'the charge total (BT-108)'),
    taxExclusiveAmount: required(
      'TaxExclusiveAmount',
      'taxExclusiveAmount',
      'the total without VAT (BT-109)',
    ),
    vatTotal: amountOf(reader, vatTotal, [...path, 'vatTotal'], 'the VAT total (BT-110)'),
    vatTotalInAccountingCurrency: amountOf(
      reader,
      vatTotalInAccountingCurrency,
      [...path, 'vatTotalInAccountingCurrency'],
      'the VAT total in accounting currency (BT-111)',
    ),
    taxInclusiveAmount: required(
      'TaxInclusiveAmount',
      'taxInclusiveAmount',
      'the total with VAT (BT-112)',
    ),
    prepaidAmount: amount('PrepaidAmount', 'prepaidAmount', 'the paid amount (BT-113)'),
    roundingAmount: amount(
      'PayableRoundingAmount',
      'roundingAmount',
      'the rounding amount (BT-114)',
    ),
    amountDue: required('PayableAmount', 'amountDue', 'the amount due (BT-115)'),
  });
}

function ublPaymentMeans(
  reader: FieldReader,
  means: XmlValue,
  index: number,
): ReceivedPaymentMeans {
  const account = child(means, 'PayeeFinancialAccount');
  const mandate = child(means, 'PaymentMandate');
  const code = child(means, 'PaymentMeansCode');
  return definedFields({
    typeCode: requiredText(
      reader,
      code,
      ['paymentMeans', index, 'typeCode'],
      'a payment means code (BT-81)',
    ),
    information: attributeOf(code, 'name'),
    iban: compactText(child(account, 'ID')),
    accountName: textOf(child(account, 'Name')),
    bic: textOf(descendant(account, 'FinancialInstitutionBranch', 'ID')),
    debitedAccount: compactText(descendant(mandate, 'PayerFinancialAccount', 'ID')),
    mandateReference: textOf(child(mandate, 'ID')),
  });
}

/** The `DocumentReference`-like element's `ID` under `name`. */
function referenceId(node: XmlValue | undefined, name: string): string | undefined {
  return textOf(descendant(node, name, 'ID'));
}

/**
 * Reads a UBL 2.1 `Invoice` or `CreditNote` (EN 16931 binding) into the
 * received invoice content.
 *
 * @throws {@link TpeError} `INVALID_INVOICE` with an issue per mandatory
 *   element missing or value unreadable
 */
export function readUbl(root: XmlValue, rootName: 'Invoice' | 'CreditNote'): InvoiceContent {
  const reader = fieldReader();
  const credit = rootName === 'CreditNote';
  const currency = requiredText(
    reader,
    child(root, 'DocumentCurrencyCode'),
    ['currency'],
    'the invoice currency (BT-5)',
  );
  const vatCurrency = textOf(child(root, 'TaxCurrencyCode'));
  const taxTotals = children(root, 'TaxTotal');
  const taxTotalIn = (code: string | undefined) =>
    taxTotals.find((total) => attributeOf(child(total, 'TaxAmount'), 'currencyID') === code);
  const taxTotal =
    taxTotalIn(currency) ?? taxTotals.find((total) => child(total, 'TaxSubtotal') !== undefined);
  const accountingTaxTotal =
    vatCurrency === undefined || vatCurrency === currency ? undefined : taxTotalIn(vatCurrency);
  const means = children(root, 'PaymentMeans');
  const dueDate = credit
    ? means.map((entry) => textOf(child(entry, 'PaymentDueDate'))).find(Boolean)
    : textOf(child(root, 'DueDate'));
  const content: InvoiceContent = definedFields({
    syntax: 'UBL' as const,
    specificationId: textOf(child(root, 'CustomizationID')),
    businessProcess: textOf(child(root, 'ProfileID')),
    number: requiredText(reader, child(root, 'ID'), ['number'], 'the invoice number (BT-1)'),
    typeCode: requiredText(
      reader,
      child(root, credit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode'),
      ['typeCode'],
      'the invoice type code (BT-3)',
    ),
    issueDate: requiredDate(
      reader,
      textOf(child(root, 'IssueDate')),
      ['issueDate'],
      'the issue date (BT-2)',
    ),
    dueDate: dateOf(reader, dueDate, ['dueDate'], 'the due date (BT-9)'),
    deliveryDate: dateOf(
      reader,
      textOf(descendant(root, 'Delivery', 'ActualDeliveryDate')),
      ['deliveryDate'],
      'the delivery date (BT-72)',
    ),
    period: ublPeriod(reader, child(root, 'InvoicePeriod'), ['period']),
    currency,
    vatCurrency,
    seller: ublParty(
      reader,
      child(root, 'AccountingSupplierParty'),
      ['seller'],
      'the seller name (BT-27)',
    ),
    buyer: ublParty(
      reader,
      child(root, 'AccountingCustomerParty'),
      ['buyer'],
      'the buyer name (BT-44)',
    ),
    taxRepresentativeVatNumber: compactText(
      descendant(root, 'TaxRepresentativeParty', 'PartyTaxScheme', 'CompanyID'),
    ),
    lines: children(root, credit ? 'CreditNoteLine' : 'InvoiceLine').map((line, index) =>
      ublLine(reader, line, index, credit ? 'CreditedQuantity' : 'InvoicedQuantity'),
    ),
    ...ublAllowancesAndCharges(reader, children(root, 'AllowanceCharge'), [], true),
    vatBreakdown: children(taxTotal, 'TaxSubtotal').map((subtotal, index) =>
      ublVatBreakdown(reader, subtotal, index),
    ),
    totals: ublTotals(
      reader,
      child(root, 'LegalMonetaryTotal'),
      child(taxTotal, 'TaxAmount'),
      child(accountingTaxTotal, 'TaxAmount'),
    ),
    paymentMeans: means.map((entry, index) => ublPaymentMeans(reader, entry, index)),
    paymentTerms: joinedTexts(children(child(root, 'PaymentTerms'), 'Note')),
    paymentReference: means.map((entry) => textOf(child(entry, 'PaymentID'))).find(Boolean),
    notes: children(root, 'Note').flatMap((note) => {
      const text = textOf(note);
      return text === undefined ? [] : [ublNote(text)];
    }),
    references: definedFields({
      buyerReference: textOf(child(root, 'BuyerReference')),
      orderReference: referenceId(root, 'OrderReference'),
      salesOrderReference: textOf(descendant(root, 'OrderReference', 'SalesOrderID')),
      contractReference: referenceId(root, 'ContractDocumentReference'),
      projectReference: referenceId(root, 'ProjectReference'),
      despatchAdviceReference: referenceId(root, 'DespatchDocumentReference'),
      receivingAdviceReference: referenceId(root, 'ReceiptDocumentReference'),
      precedingInvoices: children(root, 'BillingReference').flatMap((reference, index) => {
        const invoice = child(reference, 'InvoiceDocumentReference');
        const number = textOf(child(invoice, 'ID'));
        if (number === undefined) return [];
        const issueDate = dateOf(
          reader,
          textOf(child(invoice, 'IssueDate')),
          ['references', 'precedingInvoices', index, 'issueDate'],
          'a preceding invoice date (BT-26)',
        );
        return [definedFields({ number, issueDate })];
      }),
    }),
  });
  throwIssues(reader);
  return content;
}
