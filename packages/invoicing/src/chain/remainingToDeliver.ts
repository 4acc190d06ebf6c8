import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import { documentListSchema } from './internal/chainSchemas.js';
import { progressOf } from './internal/progress.js';
import { expectKind } from './internal/sourceGuards.js';
import { takenBy } from './internal/takenBy.js';
import type { LineProgress } from './LineProgress.js';

const argumentsSchema = z.strictObject({
  order: commercialDocumentSchema,
  deliveryNotes: documentListSchema,
});

/**
 * What remains to deliver on each line of a sales order: ordered, delivered
 * by the delivery notes made from it, remaining.
 *
 * @param order - a sales order
 * @param deliveryNotes - its delivery notes (documents of other kinds are ignored)
 * @returns one row per order line, in its order
 * @throws {@link TpeError} `INVALID_INPUT` for a document that is not a sales order
 *
 * @example
 * ```ts
 * import { deliverOrder, remainingToDeliver } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = { id: '1', label: 'Chaise', quantity: '10', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const order = { id: 'SO-1', kind: 'salesOrder', status: 'confirmed', currency: 'EUR', seller, lines: [line] } as const;
 * const note = deliverOrder(order, [], { id: 'DN-1', deliveryDate: '2026-03-10', lines: [{ lineId: '1', quantity: '6' }] });
 *
 * remainingToDeliver(order, [note]);
 * // [{ lineId: '1', label: 'Chaise', ordered: '10', done: '6', remaining: '4' }]
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function remainingToDeliver(
  order: CommercialDocument,
  deliveryNotes: readonly CommercialDocument[],
): LineProgress[] {
  const read = parseWithSchema(argumentsSchema, { order, deliveryNotes });
  expectKind(read.order, ['salesOrder'], ['order']);
  return progressOf(read.order, takenBy(read.order, read.deliveryNotes, ['deliveryNote']));
}
