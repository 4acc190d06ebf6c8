import { compareDates, DECIMAL_KINDS, isIsoDate, toScaledBigInt } from '@tpe/core';
import {
  isUnitCode,
  LIST_LIMITS,
  NON_NEGATIVE_QUANTITY,
  TEXT_LIMITS,
} from '../../model/internal/fields.js';
import {
  addUnits,
  divideUnits,
  isZeroUnits,
  multiplyUnits,
  subtractUnits,
  type Units,
} from '../../model/internal/units.js';
import { readAllowanceCharge } from './readAllowanceCharge.js';
import { decimalsWithin, unitsAt } from './readDecimals.js';
import { isRecord, readArray, readOptionalText, readText, refuse } from './readShape.js';
import type { VatBreakdownBuilder } from './VatBreakdownBuilder.js';

const QUANTITY = DECIMAL_KINDS.quantity;
const PRICE = DECIMAL_KINDS.price;

/** 10^0 … 10^22, exact in a float (not frozen: V8 reads a frozen array by index slower). */
const POWERS_OF_TEN: readonly number[] = Array.from(
  { length: 23 },
  (_, exponent) => 10 ** exponent,
);

function readId(value: unknown): void {
  readText(value, 1, TEXT_LIMITS.id);
}

function readOptionalPrice(value: unknown): void {
  if (value !== undefined) unitsAt(value as string, decimalsWithin(value, PRICE));
}

function readDate(value: unknown): void {
  if (!isIsoDate(value)) refuse();
}

/** The rules of the informative gross price and discount (BT-148, BT-147). */
function readGrossPrice(unitPrice: string, grossPrice: unknown, priceDiscount: unknown): void {
  readOptionalPrice(grossPrice);
  readOptionalPrice(priceDiscount);
  if (grossPrice === undefined) {
    if (priceDiscount !== undefined) refuse();
    return;
  }
  const net =
    toScaledBigInt(grossPrice as string, 6) -
    toScaledBigInt((priceDiscount as string | undefined) ?? '0', 6);
  if (net !== toScaledBigInt(unitPrice, 6)) refuse();
}

function readSource(value: unknown): void {
  if (value === undefined) return;
  if (!isRecord(value)) refuse();
  for (const key in value) {
    if (key !== 'documentId' && key !== 'lineId') refuse();
  }
  readId(value.documentId);
  readId(value.lineId);
}

function readPeriod(value: unknown): void {
  if (value === undefined) return;
  if (!isRecord(value)) refuse();
  for (const key in value) {
    if (key !== 'start' && key !== 'end') refuse();
  }
  readDate(value.start);
  readDate(value.end);
  if (compareDates(value.start as string, value.end as string) > 0) refuse();
}

/** The sum of a line's allowances or charges, in cents. */
function readLineAllowances(value: unknown): Units {
  if (value === undefined) return 0;
  const list = readArray(value, LIST_LIMITS.lineAllowances);
  let cents: Units = 0;
  for (let index = 0; index < list.length; index++) {
    cents = addUnits(cents, readAllowanceCharge(list[index], undefined));
  }
  return cents;
}

/**
 * Reads one line exactly as `documentLineSchema` accepts it (and refuses a
 * negative quantity unless `negativeAllowed`), leaves its VAT in `vat` and
 * answers its net amount in cents (BT-131): `quantity × unitPrice ×
 * 10^(baseScale + 2) / (priceBaseQuantity × 10^(quantityScale + priceScale))`
 * rounded half away from zero, less allowances, plus charges.
 */
export function readLine(line: unknown, negativeAllowed: boolean, vat: VatBreakdownBuilder): Units {
  if (!isRecord(line)) refuse();
  for (const key in line) {
    switch (key) {
      // The keys every line has first: each case is one comparison.
      case 'id':
      case 'label':
      case 'quantity':
      case 'unitCode':
      case 'unitPrice':
      case 'vat':
      case 'nature':
      case 'allowances':
      case 'charges':
      case 'itemReference':
      case 'description':
      case 'priceBaseQuantity':
      case 'grossPrice':
      case 'priceDiscount':
      case 'purchaseCost':
      case 'source':
      case 'period':
        break;
      default:
        refuse();
    }
  }
  readId(line.id);
  if (line.itemReference !== undefined) readId(line.itemReference);
  readText(line.label, 1, TEXT_LIMITS.name);
  readOptionalText(line.description, 1, TEXT_LIMITS.text);
  if (!isUnitCode(line.unitCode)) refuse();
  if (line.nature !== 'goods' && line.nature !== 'service') refuse();
  readOptionalPrice(line.purchaseCost);
  readSource(line.source);
  readPeriod(line.period);
  vat.read(line.vat);

  const quantity = line.quantity;
  const quantityScale = decimalsWithin(quantity, QUANTITY);
  const quantityUnits = unitsAt(quantity as string, quantityScale);
  if (!negativeAllowed && (quantity as string).charCodeAt(0) === 45 /* - */) refuse();
  const unitPrice = line.unitPrice;
  const priceScale = decimalsWithin(unitPrice, PRICE);
  const priceUnits = unitsAt(unitPrice as string, priceScale);
  if (line.grossPrice !== undefined || line.priceDiscount !== undefined) {
    readGrossPrice(unitPrice as string, line.grossPrice, line.priceDiscount);
  }
  let baseUnits: Units = 1;
  let baseScale = 0;
  const baseQuantity = line.priceBaseQuantity;
  if (baseQuantity !== undefined) {
    baseScale = decimalsWithin(baseQuantity, NON_NEGATIVE_QUANTITY);
    baseUnits = unitsAt(baseQuantity as string, baseScale);
    if (isZeroUnits(baseUnits)) refuse();
  }
  // cents = Q × P × 10^(baseScale + 2) / (B × 10^(quantityScale + priceScale))
  const shift = baseScale + 2 - quantityScale - priceScale;
  let gross = multiplyUnits(quantityUnits, priceUnits);
  if (shift > 0) gross = multiplyUnits(gross, POWERS_OF_TEN[shift] as number);
  const divisor = shift < 0 ? multiplyUnits(baseUnits, POWERS_OF_TEN[-shift] as number) : baseUnits;
  const allowances = readLineAllowances(line.allowances);
  const charges = readLineAllowances(line.charges);
  return addUnits(subtractUnits(divideUnits(gross, divisor), allowances), charges);
}
