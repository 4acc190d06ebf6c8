import type { Decimal } from '@tpe/core';
import type { CommercialDocument } from '../../model/CommercialDocument.js';
import { documentAdjustmentsFor, fractionsOf } from './documentAdjustments.js';
import { type DraftFields, draftFrom } from './draftFrom.js';
import { ZERO } from './quantities.js';
import { lineFromSlice } from './sliceLines.js';
import type { Slice } from './takeQuantities.js';

/**
 * The invoice (or supplier invoice) of the slices of an order after what
 * `before` records as already invoiced: the sliced lines, the order's
 * document-level allowances and charges prorated, its payment term, then
 * `fields`.
 */
export function invoiceSlices(
  order: CommercialDocument,
  before: ReadonlyMap<string, Decimal>,
  slices: readonly Slice[],
  fields: Omit<DraftFields, 'lines'>,
): CommercialDocument {
  const after = new Map(before);
  for (const slice of slices) {
    after.set(slice.line.id, (before.get(slice.line.id) ?? ZERO).plus(slice.quantity));
  }
  return draftFrom(order, {
    ...fields,
    lines: slices.map((slice) => lineFromSlice(order, slice)),
    ...documentAdjustmentsFor(order, fractionsOf(order, before), fractionsOf(order, after)),
    ...(order.paymentTerm === undefined ? {} : { paymentTerm: order.paymentTerm }),
  });
}
