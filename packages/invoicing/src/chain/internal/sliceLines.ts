import type { CommercialDocument } from '../../model/CommercialDocument.js';
import type { DocumentLine } from '../../model/DocumentLine.js';
import { prorateAdjustments } from './prorate.js';
import { decimalOf, formatQuantity } from './quantities.js';
import type { Slice } from './takeQuantities.js';

/**
 * The line of a new document taking a slice of a line of `source`: the same
 * item, price and VAT, the slice's quantity, the line's allowances and
 * charges prorated to the slice, and `source` pointing at the line. The new
 * line keeps the source line's id.
 */
export function lineFromSlice(source: CommercialDocument, slice: Slice): DocumentLine {
  const { source: _source, allowances, charges, ...item } = slice.line;
  const whole = decimalOf(slice.line.quantity);
  const after = slice.before.plus(slice.quantity);
  const lineAllowances = prorateAdjustments(allowances ?? [], slice.before, after, whole);
  const lineCharges = prorateAdjustments(charges ?? [], slice.before, after, whole);
  return {
    ...item,
    quantity: formatQuantity(slice.quantity),
    ...(lineAllowances.length > 0 ? { allowances: lineAllowances } : {}),
    ...(lineCharges.length > 0 ? { charges: lineCharges } : {}),
    source: { documentId: source.id, lineId: slice.line.id },
  };
}

/** Every line of `source`, whole, as lines of a document converted from it. */
export function copyLines(source: CommercialDocument): DocumentLine[] {
  return source.lines.map(({ source: _source, ...line }) => ({
    ...line,
    source: { documentId: source.id, lineId: line.id },
  }));
}
