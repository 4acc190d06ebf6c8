import { DECIMAL_KINDS, formatScaledUnits, isCurrencyCode, isIsoDate } from '@tpe/core';
import { LIST_LIMITS, NON_NEGATIVE_AMOUNT, TEXT_LIMITS } from '../../internal/fields.js';
import { isRecord, readArray, readText, refuse } from '../../internal/readShape.js';
import { addUnits, isZeroUnits, subtractUnits, type Units } from '../../internal/units.js';
import { DOCUMENT_KINDS, INVOICE_KINDS } from '../../model/DocumentKind.js';
import type { DocumentTotals, LineNetAmount, VatBreakdownEntry } from '../DocumentTotals.js';
import { readAllowanceCharge } from './readAllowanceCharge.js';
import { readCents } from './readDecimals.js';
import { readLine } from './readLine.js';
import { VatBreakdownBuilder } from './VatBreakdownBuilder.js';

const ZERO = '0.00';
/** Whether each document kind may have negative quantities (invoices only). */
const NEGATIVE_QUANTITIES: ReadonlyMap<unknown, boolean> = new Map(
  DOCUMENT_KINDS.map((kind) => [kind, INVOICE_KINDS.has(kind)]),
);

/** Line ids are compared pairwise up to this many lines, through a set beyond. */
const PAIRWISE_LIMIT = 32;

function hasDuplicateIds(lines: readonly LineNetAmount[]): boolean {
  const count = lines.length;
  if (count <= PAIRWISE_LIMIT) {
    for (let index = 1; index < count; index++) {
      const id = (lines[index] as LineNetAmount).id;
      for (let before = 0; before < index; before++) {
        if ((lines[before] as LineNetAmount).id === id) return true;
      }
    }
    return false;
  }
  const ids = new Set<string>();
  for (const line of lines) ids.add(line.id);
  return ids.size !== count;
}

/** The deposits deducted (BT-113) in cents, read as the document schema reads them. */
function readDeposits(value: unknown): Units {
  if (value === undefined) return 0;
  const deposits = readArray(value, LIST_LIMITS.documentAllowances);
  let cents: Units = 0;
  for (let index = 0; index < deposits.length; index++) {
    const deposit = deposits[index];
    if (!isRecord(deposit)) refuse();
    for (const key in deposit) {
      if (key !== 'documentId' && key !== 'number' && key !== 'issueDate' && key !== 'amount') {
        refuse();
      }
    }
    readText(deposit.documentId, 1, TEXT_LIMITS.id);
    readText(deposit.number, 1, TEXT_LIMITS.id);
    if (!isIsoDate(deposit.issueDate)) refuse();
    cents = addUnits(cents, readCents(deposit.amount, NON_NEGATIVE_AMOUNT));
  }
  return cents;
}

/** The rounding amount (BT-114) in cents, read as the options schema reads it. */
function readRoundingCents(options: unknown): Units {
  if (options === undefined) return 0;
  if (!isRecord(options)) refuse();
  for (const key in options) {
    if (key !== 'roundingAmount') refuse();
  }
  return options.roundingAmount === undefined
    ? 0
    : readCents(options.roundingAmount, DECIMAL_KINDS.amount);
}

/**
 * Reads the document and the options and computes the totals in one pass, or
 * throws (a refusal, or a core decimal error) for anything the schemas refuse.
 */
function readAndCompute(document: unknown, options: unknown): DocumentTotals {
  const roundingCents = readRoundingCents(options);
  if (!isRecord(document)) refuse();
  const negativeAllowed = NEGATIVE_QUANTITIES.get(document.kind);
  if (negativeAllowed === undefined) refuse();
  if (!isCurrencyCode(document.currency)) refuse();
  const lines = readArray(document.lines, LIST_LIMITS.lines);
  const vat = new VatBreakdownBuilder();
  const lineAmounts: LineNetAmount[] = new Array(lines.length);
  let lineNetCents: Units = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const cents = readLine(line, negativeAllowed, vat);
    const netAmount = formatScaledUnits(cents, 2);
    vat.add(cents, netAmount);
    lineNetCents = addUnits(lineNetCents, cents);
    lineAmounts[index] = { id: (line as { readonly id: string }).id, netAmount };
  }
  if (hasDuplicateIds(lineAmounts)) refuse();

  let allowanceCents: Units = 0;
  if (document.allowances !== undefined) {
    const allowances = readArray(document.allowances, LIST_LIMITS.documentAllowances);
    for (let index = 0; index < allowances.length; index++) {
      const cents = readAllowanceCharge(allowances[index], vat);
      vat.subtract(cents);
      allowanceCents = addUnits(allowanceCents, cents);
    }
  }
  let chargeCents: Units = 0;
  if (document.charges !== undefined) {
    const charges = readArray(document.charges, LIST_LIMITS.documentAllowances);
    for (let index = 0; index < charges.length; index++) {
      const cents = readAllowanceCharge(charges[index], vat);
      vat.add(cents);
      chargeCents = addUnits(chargeCents, cents);
    }
  }
  const prepaidCents = readDeposits(document.deductedDeposits);

  const vatBreakdown = vat.close();
  const vatCents = vat.vatCents;
  // One line: its net amount is the total, already written.
  const lineNetTotal =
    lineAmounts.length === 1
      ? (lineAmounts[0] as LineNetAmount).netAmount
      : formatScaledUnits(lineNetCents, 2);
  const adjusted = !isZeroUnits(allowanceCents) || !isZeroUnits(chargeCents);
  const taxExclusiveCents = adjusted
    ? addUnits(subtractUnits(lineNetCents, allowanceCents), chargeCents)
    : lineNetCents;
  const taxInclusiveCents = addUnits(taxExclusiveCents, vatCents);
  const taxInclusiveAmount = formatScaledUnits(taxInclusiveCents, 2);
  const settled = !isZeroUnits(prepaidCents) || !isZeroUnits(roundingCents);
  return {
    lines: lineAmounts,
    lineNetTotal,
    allowanceTotal: isZeroUnits(allowanceCents) ? ZERO : formatScaledUnits(allowanceCents, 2),
    chargeTotal: isZeroUnits(chargeCents) ? ZERO : formatScaledUnits(chargeCents, 2),
    taxExclusiveAmount: adjusted ? formatScaledUnits(taxExclusiveCents, 2) : lineNetTotal,
    // One group: its VAT is the total, already written.
    vatTotal:
      vatBreakdown.length === 1
        ? (vatBreakdown[0] as VatBreakdownEntry).vatAmount
        : formatScaledUnits(vatCents, 2),
    taxInclusiveAmount,
    prepaidAmount: isZeroUnits(prepaidCents) ? ZERO : formatScaledUnits(prepaidCents, 2),
    roundingAmount: isZeroUnits(roundingCents) ? ZERO : formatScaledUnits(roundingCents, 2),
    amountDue: settled
      ? formatScaledUnits(
          addUnits(subtractUnits(taxInclusiveCents, prepaidCents), roundingCents),
          2,
        )
      : taxInclusiveAmount,
    vatBreakdown,
  };
}

/**
 * The totals of a document, or `undefined` when the document or the options
 * are not accepted by their schemas (which then explain why).
 */
export function computeTotals(document: unknown, options: unknown): DocumentTotals | undefined {
  try {
    return readAndCompute(document, options);
  } catch {
    return undefined;
  }
}
