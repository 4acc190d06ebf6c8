import type { ReceivedAddress, ReceivedNote } from '../ReceivedInvoice.js';
import type { AllowanceChargeNodes } from './allowancesAndCharges.js';
import { definedFields } from './definedFields.js';
import type { DateNode } from './fieldReader.js';
import type { InvoiceContent } from './InvoiceContent.js';
import { invoiceContentOf, type PartyNodes } from './invoiceContentOf.js';
import type { LineNodes } from './receivedLine.js';
import { compactText, identifierOf } from './receivedParty.js';
import { type PeriodNodes, periodNodes } from './receivedPeriod.js';
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

function ublParty(node: XmlValue | undefined): PartyNodes {
  const party = child(node, 'Party');
  const legal = child(party, 'PartyLegalEntity');
  const contact = child(party, 'Contact');
  const schemes = children(party, 'PartyTaxScheme');
  const isVat = (scheme: XmlValue) => textOf(descendant(scheme, 'TaxScheme', 'ID')) === 'VAT';
  const tradeName = textOf(descendant(party, 'PartyName', 'Name'));
  const registrationName = textOf(child(legal, 'RegistrationName'));
  return {
    name: child(legal, 'RegistrationName') ?? descendant(party, 'PartyName', 'Name'),
    parts: {
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
    },
  };
}

/** A UBL date element: its text, `YYYY-MM-DD`. */
function ublDate(node: XmlValue | undefined): DateNode {
  return { text: textOf(node) };
}

function ublPeriod(node: XmlValue | undefined): PeriodNodes | undefined {
  return periodNodes(node, 'StartDate', 'EndDate', ublDate);
}

/** A `TaxCategory` or `ClassifiedTaxCategory`. */
function ublVat(category: XmlValue | undefined): VatNodes {
  return { category: child(category, 'ID'), rate: child(category, 'Percent') };
}

/** An `AllowanceCharge` of the document or of a line. */
function ublAllowanceCharge(node: XmlValue): AllowanceChargeNodes {
  return {
    indicator: textOf(child(node, 'ChargeIndicator')),
    amount: child(node, 'Amount'),
    baseAmount: child(node, 'BaseAmount'),
    percent: child(node, 'MultiplierFactorNumeric'),
    reason: child(node, 'AllowanceChargeReason'),
    reasonCode: child(node, 'AllowanceChargeReasonCode'),
    vat: ublVat(child(node, 'TaxCategory')),
  };
}

function ublLine(line: XmlValue, quantityName: string): LineNodes {
  const item = child(line, 'Item');
  const price = child(line, 'Price');
  const priceDiscount = child(price, 'AllowanceCharge');
  const quantity = child(line, quantityName);
  return {
    id: child(line, 'ID'),
    name: child(item, 'Name'),
    description: child(item, 'Description'),
    sellerItemId: descendant(item, 'SellersItemIdentification', 'ID'),
    buyerItemId: descendant(item, 'BuyersItemIdentification', 'ID'),
    standardItemId: descendant(item, 'StandardItemIdentification', 'ID'),
    note: child(line, 'Note'),
    quantity,
    unitCode: attributeOf(quantity, 'unitCode'),
    netPrice: child(price, 'PriceAmount'),
    grossPrice: child(priceDiscount, 'BaseAmount'),
    priceDiscount: child(priceDiscount, 'Amount'),
    baseQuantity: child(price, 'BaseQuantity'),
    netAmount: child(line, 'LineExtensionAmount'),
    allowancesAndCharges: children(line, 'AllowanceCharge').map(ublAllowanceCharge),
    vat: ublVat(child(item, 'ClassifiedTaxCategory')),
    orderLineReference: descendant(line, 'OrderLineReference', 'LineID'),
    period: ublPeriod(child(line, 'InvoicePeriod')),
  };
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
  const credit = rootName === 'CreditNote';
  const means = children(root, 'PaymentMeans');
  const currencyNode = child(root, 'DocumentCurrencyCode');
  const vatCurrencyNode = child(root, 'TaxCurrencyCode');
  const currency = textOf(currencyNode) ?? '';
  const vatCurrency = textOf(vatCurrencyNode);
  const taxTotals = children(root, 'TaxTotal');
  const taxTotalIn = (code: string | undefined) =>
    taxTotals.find((total) => attributeOf(child(total, 'TaxAmount'), 'currencyID') === code);
  const taxTotal =
    taxTotalIn(currency) ?? taxTotals.find((total) => child(total, 'TaxSubtotal') !== undefined);
  const accountingTaxTotal =
    vatCurrency === undefined || vatCurrency === currency ? undefined : taxTotalIn(vatCurrency);
  const totals = child(root, 'LegalMonetaryTotal');
  return invoiceContentOf({
    syntax: 'UBL',
    specificationId: child(root, 'CustomizationID'),
    businessProcess: child(root, 'ProfileID'),
    number: child(root, 'ID'),
    typeCode: child(root, credit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode'),
    issueDate: ublDate(child(root, 'IssueDate')),
    // a credit note states its due date with the payment means
    dueDate: ublDate(
      credit
        ? means.map((entry) => child(entry, 'PaymentDueDate')).find((date) => textOf(date))
        : child(root, 'DueDate'),
    ),
    deliveryDate: ublDate(descendant(root, 'Delivery', 'ActualDeliveryDate')),
    period: ublPeriod(child(root, 'InvoicePeriod')),
    currency: currencyNode,
    vatCurrency: vatCurrencyNode,
    seller: ublParty(child(root, 'AccountingSupplierParty')),
    buyer: ublParty(child(root, 'AccountingCustomerParty')),
    taxRepresentativeVatNumber: compactText(
      descendant(root, 'TaxRepresentativeParty', 'PartyTaxScheme', 'CompanyID'),
    ),
    lines: children(root, credit ? 'CreditNoteLine' : 'InvoiceLine').map((line) =>
      ublLine(line, credit ? 'CreditedQuantity' : 'InvoicedQuantity'),
    ),
    allowancesAndCharges: children(root, 'AllowanceCharge').map(ublAllowanceCharge),
    vatBreakdown: children(taxTotal, 'TaxSubtotal').map((subtotal) => {
      const category = child(subtotal, 'TaxCategory');
      return {
        ...ublVat(category),
        taxableAmount: child(subtotal, 'TaxableAmount'),
        vatAmount: child(subtotal, 'TaxAmount'),
        exemptionReason: child(category, 'TaxExemptionReason'),
        exemptionCode: child(category, 'TaxExemptionReasonCode'),
      };
    }),
    totals: {
      lineNetTotal: child(totals, 'LineExtensionAmount'),
      allowanceTotal: child(totals, 'AllowanceTotalAmount'),
      chargeTotal: child(totals, 'ChargeTotalAmount'),
      taxExclusiveAmount: child(totals, 'TaxExclusiveAmount'),
      vatTotal: child(taxTotal, 'TaxAmount'),
      vatTotalInAccountingCurrency: child(accountingTaxTotal, 'TaxAmount'),
      taxInclusiveAmount: child(totals, 'TaxInclusiveAmount'),
      prepaidAmount: child(totals, 'PrepaidAmount'),
      roundingAmount: child(totals, 'PayableRoundingAmount'),
      amountDue: child(totals, 'PayableAmount'),
    },
    paymentMeans: means.map((entry) => {
      const account = child(entry, 'PayeeFinancialAccount');
      const mandate = child(entry, 'PaymentMandate');
      const code = child(entry, 'PaymentMeansCode');
      return {
        typeCode: code,
        information: attributeOf(code, 'name'),
        iban: compactText(child(account, 'ID')),
        accountName: textOf(child(account, 'Name')),
        bic: textOf(descendant(account, 'FinancialInstitutionBranch', 'ID')),
        debitedAccount: compactText(descendant(mandate, 'PayerFinancialAccount', 'ID')),
        mandateReference: textOf(child(mandate, 'ID')),
      };
    }),
    paymentTerms: joinedTexts(children(child(root, 'PaymentTerms'), 'Note')),
    paymentReference: means.map((entry) => textOf(child(entry, 'PaymentID'))).find(Boolean),
    notes: children(root, 'Note').flatMap((note) => {
      const text = textOf(note);
      return text === undefined ? [] : [ublNote(text)];
    }),
    references: {
      buyerReference: textOf(child(root, 'BuyerReference')),
      orderReference: referenceId(root, 'OrderReference'),
      salesOrderReference: textOf(descendant(root, 'OrderReference', 'SalesOrderID')),
      contractReference: referenceId(root, 'ContractDocumentReference'),
      projectReference: referenceId(root, 'ProjectReference'),
      despatchAdviceReference: referenceId(root, 'DespatchDocumentReference'),
      receivingAdviceReference: referenceId(root, 'ReceiptDocumentReference'),
      precedingInvoices: children(root, 'BillingReference').map((reference) => {
        const invoice = child(reference, 'InvoiceDocumentReference');
        return {
          number: textOf(child(invoice, 'ID')),
          issueDate: ublDate(child(invoice, 'IssueDate')),
        };
      }),
    },
  });
}
