import type { AllowanceCharge, DocumentAllowanceCharge } from '../AllowanceCharge.js';
import type { DeductedDeposit } from '../CommercialDocument.js';
import type { DocumentLine } from '../DocumentLine.js';
import type { LineVat } from '../VatCategory.js';

/**
 * Copies of the content of a document already read by its schema or by
 * `computeDocumentTotals` (lines, allowances, charges, deducted deposits),
 * as the schema outputs them: keys in the order of its shape, a key given as
 * `undefined` kept, an absent one left out.
 */

/** A new array of the copies of a list's items. */
export function copyList<Item>(items: readonly Item[], copy: (item: Item) => Item): Item[] {
  const copies: Item[] = new Array(items.length);
  for (let index = 0; index < items.length; index++) copies[index] = copy(items[index] as Item);
  return copies;
}

function copyVat(vat: LineVat): LineVat {
  const copy: Record<string, unknown> = { category: vat.category };
  if ('rate' in vat) copy.rate = vat.rate;
  if ('exemptionReason' in vat) copy.exemptionReason = vat.exemptionReason;
  if ('exemptionCode' in vat) copy.exemptionCode = vat.exemptionCode;
  return copy as unknown as LineVat;
}

function copyAllowanceFields(entry: AllowanceCharge): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  if ('amount' in entry) copy.amount = entry.amount;
  if ('baseAmount' in entry) copy.baseAmount = entry.baseAmount;
  if ('percent' in entry) copy.percent = entry.percent;
  if ('reason' in entry) copy.reason = entry.reason;
  if ('reasonCode' in entry) copy.reasonCode = entry.reasonCode;
  return copy;
}

function copyLineAllowance(entry: AllowanceCharge): AllowanceCharge {
  return copyAllowanceFields(entry) as AllowanceCharge;
}

/** A document-level allowance or charge, as `documentAllowanceChargeSchema` outputs it. */
export function copyDocumentAllowance(entry: DocumentAllowanceCharge): DocumentAllowanceCharge {
  const copy = copyAllowanceFields(entry);
  copy.vat = copyVat(entry.vat);
  return copy as unknown as DocumentAllowanceCharge;
}

function copyLineAllowances(
  entries: readonly AllowanceCharge[] | undefined,
): AllowanceCharge[] | undefined {
  return entries === undefined ? undefined : copyList(entries, copyLineAllowance);
}

/** A line, as `documentLineSchema` outputs it. */
export function copyLine(line: DocumentLine): DocumentLine {
  const copy: Record<string, unknown> = { id: line.id };
  if ('itemReference' in line) copy.itemReference = line.itemReference;
  copy.label = line.label;
  if ('description' in line) copy.description = line.description;
  copy.quantity = line.quantity;
  copy.unitCode = line.unitCode;
  copy.unitPrice = line.unitPrice;
  if ('priceBaseQuantity' in line) copy.priceBaseQuantity = line.priceBaseQuantity;
  if ('grossPrice' in line) copy.grossPrice = line.grossPrice;
  if ('priceDiscount' in line) copy.priceDiscount = line.priceDiscount;
  if ('allowances' in line) copy.allowances = copyLineAllowances(line.allowances);
  if ('charges' in line) copy.charges = copyLineAllowances(line.charges);
  copy.vat = copyVat(line.vat);
  copy.nature = line.nature;
  if ('purchaseCost' in line) copy.purchaseCost = line.purchaseCost;
  if ('source' in line) {
    const { source } = line;
    copy.source =
      source === undefined ? undefined : { documentId: source.documentId, lineId: source.lineId };
  }
  if ('period' in line) {
    const { period } = line;
    copy.period = period === undefined ? undefined : { start: period.start, end: period.end };
  }
  return copy as unknown as DocumentLine;
}

/** A deducted deposit, as the document schema outputs it. */
export function copyDeposit(deposit: DeductedDeposit): DeductedDeposit {
  return {
    documentId: deposit.documentId,
    number: deposit.number,
    issueDate: deposit.issueDate,
    amount: deposit.amount,
  };
}
