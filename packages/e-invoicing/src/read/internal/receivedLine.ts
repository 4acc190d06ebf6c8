import type { ReceivedLine } from '../ReceivedInvoice.js';
import { type AllowanceChargeNodes, allowancesAndCharges } from './allowancesAndCharges.js';
import { definedFields } from './definedFields.js';
import {
  decimalOf,
  type FieldReader,
  requiredAmount,
  requiredDecimal,
  requiredText,
} from './fieldReader.js';
import { identifierOf } from './receivedParty.js';
import { type PeriodNodes, periodOf } from './receivedPeriod.js';
import { type VatNodes, vatOf } from './receivedVat.js';
import { textOf, type XmlValue } from './xmlNode.js';

/** The elements of an invoice line (BG-25), as a syntax names them. */
export interface LineNodes {
  readonly id: XmlValue | undefined;
  readonly name: XmlValue | undefined;
  readonly description: XmlValue | undefined;
  readonly sellerItemId: XmlValue | undefined;
  readonly buyerItemId: XmlValue | undefined;
  readonly standardItemId: XmlValue | undefined;
  readonly note: XmlValue | undefined;
  readonly quantity: XmlValue | undefined;
  /** The `unitCode` attribute of the quantity. */
  readonly unitCode: string | undefined;
  readonly netPrice: XmlValue | undefined;
  readonly grossPrice: XmlValue | undefined;
  readonly priceDiscount: XmlValue | undefined;
  readonly baseQuantity: XmlValue | undefined;
  readonly netAmount: XmlValue | undefined;
  readonly allowancesAndCharges: readonly AllowanceChargeNodes[];
  readonly vat: VatNodes;
  readonly orderLineReference: XmlValue | undefined;
  readonly period: PeriodNodes | undefined;
}

/** The line at `index`. */
export function lineOf(reader: FieldReader, nodes: LineNodes, index: number): ReceivedLine {
  const path = ['lines', index];
  return definedFields({
    id: requiredText(reader, nodes.id, [...path, 'id'], 'a line identifier (BT-126)'),
    name: requiredText(reader, nodes.name, [...path, 'name'], 'an item name (BT-153)'),
    description: textOf(nodes.description),
    sellerItemId: textOf(nodes.sellerItemId),
    buyerItemId: textOf(nodes.buyerItemId),
    standardItemId: identifierOf(nodes.standardItemId),
    note: textOf(nodes.note),
    quantity: requiredDecimal(reader, nodes.quantity, [...path, 'quantity'], 'a quantity (BT-129)'),
    unitCode: requiredText(reader, nodes.unitCode, [...path, 'unitCode'], 'a unit code (BT-130)'),
    netPrice: requiredDecimal(
      reader,
      nodes.netPrice,
      [...path, 'netPrice'],
      'an item net price (BT-146)',
    ),
    grossPrice: decimalOf(
      reader,
      nodes.grossPrice,
      [...path, 'grossPrice'],
      'an item gross price (BT-148)',
    ),
    priceDiscount: decimalOf(
      reader,
      nodes.priceDiscount,
      [...path, 'priceDiscount'],
      'an item price discount (BT-147)',
    ),
    baseQuantity: decimalOf(
      reader,
      nodes.baseQuantity,
      [...path, 'baseQuantity'],
      'an item price base quantity (BT-149)',
    ),
    netAmount: requiredAmount(
      reader,
      nodes.netAmount,
      [...path, 'netAmount'],
      'a line net amount (BT-131)',
    ),
    ...allowancesAndCharges(reader, nodes.allowancesAndCharges, path, false),
    vat: vatOf(reader, nodes.vat, [...path, 'vat'], 'a line VAT category (BT-151)'),
    orderLineReference: textOf(nodes.orderLineReference),
    period: periodOf(reader, nodes.period, [...path, 'period']),
  });
}
