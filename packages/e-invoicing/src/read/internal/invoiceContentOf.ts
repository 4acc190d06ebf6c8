import type { ReceivedNote } from '../ReceivedInvoice.js';
import { type AllowanceChargeNodes, allowancesAndCharges } from './allowancesAndCharges.js';
import { definedFields } from './definedFields.js';
import {
  type DateNode,
  dateOf,
  type FieldReader,
  fieldReader,
  requiredDate,
  requiredText,
  throwIssues,
} from './fieldReader.js';
import type { InvoiceContent } from './InvoiceContent.js';
import { type LineNodes, lineOf } from './receivedLine.js';
import { type PartyParts, receivedParty } from './receivedParty.js';
import { type PaymentMeansNodes, paymentMeansOf } from './receivedPaymentMeans.js';
import { type PeriodNodes, periodOf } from './receivedPeriod.js';
import { type ReferencesNodes, referencesOf } from './receivedReferences.js';
import { type TotalsNodes, totalsOf } from './receivedTotals.js';
import { type VatBreakdownNodes, vatBreakdownOf } from './receivedVat.js';
import { textOf, type XmlValue } from './xmlNode.js';

/** A party as a syntax finds it: its name element, and the rest already read. */
export interface PartyNodes {
  readonly name: XmlValue | undefined;
  readonly parts: Omit<PartyParts, 'name'>;
}

/**
 * The elements of an invoice as a syntax (CII, UBL) locates them: what
 * needs no checking already read, every figure, date and mandatory element
 * left for {@link invoiceContentOf} to read the same way for both.
 */
export interface InvoiceNodes {
  readonly syntax: InvoiceContent['syntax'];
  readonly specificationId: XmlValue | undefined;
  readonly businessProcess: XmlValue | undefined;
  readonly number: XmlValue | undefined;
  readonly typeCode: XmlValue | undefined;
  readonly issueDate: DateNode;
  readonly dueDate: DateNode;
  readonly deliveryDate: DateNode;
  readonly period: PeriodNodes | undefined;
  readonly currency: XmlValue | undefined;
  readonly vatCurrency: XmlValue | undefined;
  readonly seller: PartyNodes;
  readonly buyer: PartyNodes;
  readonly taxRepresentativeVatNumber: string | undefined;
  readonly lines: readonly LineNodes[];
  readonly allowancesAndCharges: readonly AllowanceChargeNodes[];
  readonly vatBreakdown: readonly VatBreakdownNodes[];
  readonly totals: TotalsNodes;
  readonly paymentMeans: readonly PaymentMeansNodes[];
  readonly paymentTerms: string | undefined;
  readonly paymentReference: string | undefined;
  readonly notes: readonly ReceivedNote[];
  readonly references: ReferencesNodes;
}

function partyOf(reader: FieldReader, nodes: PartyNodes, role: 'seller' | 'buyer', label: string) {
  return receivedParty({
    name: requiredText(reader, nodes.name, [role, 'name'], label),
    ...nodes.parts,
  });
}

/**
 * Reads the elements a syntax located into the received invoice content,
 * in the order of EN 16931, every problem recorded before any is thrown.
 *
 * @throws {@link TpeError} `INVALID_INVOICE` with an issue per mandatory
 *   element missing or value unreadable
 */
export function invoiceContentOf(nodes: InvoiceNodes): InvoiceContent {
  const reader = fieldReader();
  // the currency first: the amounts are in it
  const currency = requiredText(
    reader,
    nodes.currency,
    ['currency'],
    'the invoice currency (BT-5)',
  );
  const content: InvoiceContent = definedFields({
    syntax: nodes.syntax,
    specificationId: textOf(nodes.specificationId),
    businessProcess: textOf(nodes.businessProcess),
    number: requiredText(reader, nodes.number, ['number'], 'the invoice number (BT-1)'),
    typeCode: requiredText(reader, nodes.typeCode, ['typeCode'], 'the invoice type code (BT-3)'),
    issueDate: requiredDate(reader, nodes.issueDate, ['issueDate'], 'the issue date (BT-2)'),
    dueDate: dateOf(reader, nodes.dueDate, ['dueDate'], 'the due date (BT-9)'),
    deliveryDate: dateOf(reader, nodes.deliveryDate, ['deliveryDate'], 'the delivery date (BT-72)'),
    period: periodOf(reader, nodes.period, ['period']),
    currency,
    vatCurrency: textOf(nodes.vatCurrency),
    seller: partyOf(reader, nodes.seller, 'seller', 'the seller name (BT-27)'),
    buyer: partyOf(reader, nodes.buyer, 'buyer', 'the buyer name (BT-44)'),
    taxRepresentativeVatNumber: nodes.taxRepresentativeVatNumber,
    lines: nodes.lines.map((line, index) => lineOf(reader, line, index)),
    ...allowancesAndCharges(reader, nodes.allowancesAndCharges, [], true),
    vatBreakdown: nodes.vatBreakdown.map((group, index) => vatBreakdownOf(reader, group, index)),
    totals: totalsOf(reader, nodes.totals),
    paymentMeans: nodes.paymentMeans.map((means, index) => paymentMeansOf(reader, means, index)),
    paymentTerms: nodes.paymentTerms,
    paymentReference: nodes.paymentReference,
    notes: nodes.notes,
    references: referencesOf(reader, nodes.references),
  });
  throwIssues(reader);
  return content;
}
