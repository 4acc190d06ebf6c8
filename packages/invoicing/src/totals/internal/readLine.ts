import { compareDates, DECIMAL_KINDS, isIsoDate, toScaledBigInt } from '@tpe/core';
import {
  isUnitCode,
  LIST_LIMITS,
  NON_NEGATIVE_QUANTITY,
  TEXT_LIMITS,
} from '../../internal/fields.js';
import { isRecord, readArray, readText, refuse } from '../../internal/readShape.js';
import {
  addUnits,
  divideUnits,
  isZeroUnits,
  multiplyUnits,
  subtractUnits,
  type Units,
} from '../../internal/units.js';
import { readAllowanceCharge } from './readAllowanceCharge.js';
import { decimalsWithin, unitsAt } from './readDecimals.js';
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

function readPrice(value: unknown): void {
  unitsAt(value as string, decimalsWithin(value, PRICE));
}

function readDate(value: unknown): void {
  if (!isIsoDate(value)) refuse();
}

/** The rules of the informative gross price and discount (BT-148, BT-147). */
function readGrossPrice(unitPrice: string, grossPrice: unknown, priceDiscount: unknown): void {
  if (grossPrice !== undefined) readPrice(grossPrice);
  if (priceDiscount !== undefined) readPrice(priceDiscount);
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
  if (!isRecord(value)) refuse();
  for (const key in value) {
    if (key !== 'documentId' && key !== 'lineId') refuse();
  }
  readId(value.documentId);
  readId(value.lineId);
}

function readPeriod(value: unknown): void {
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
  // Optional fields are tested here: the engine then spends its inlining on
  // what every line has.
  if (line.description !== undefined) readText(line.description, 1, TEXT_LIMITS.text);
  if (!isUnitCode(line.unitCode)) refuse();
  if (line.nature !== 'goods' && line.nature !== 'service') refuse();
  if (line.purchaseCost !== undefined) readPrice(line.purchaseCost);
  if (line.source !== undefined) readSource(line.source);
  if (line.period !== undefined) readPeriod(line.period);
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
  let cents = divideUnits(gross, divisor);
  if (line.allowances !== undefined)
    cents = subtractUnits(cents, readLineAllowances(line.allowances));
  if (line.charges !== undefined) cents = addUnits(cents, readLineAllowances(line.charges));
  return cents;
}
