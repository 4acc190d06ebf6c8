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
  receipts: documentListSchema,
});

/**
 * What remains to receive on each line of a supplier order: ordered,
 * received by the goods receipts made from it, remaining.
 *
 * @param order - a supplier order
 * @param receipts - its goods receipts (documents of other kinds are ignored)
 * @returns one row per order line, in its order
 * @throws {@link TpeError} `INVALID_INPUT` for a document that is not a supplier order
 *
 * @example
 * ```ts
 * import { receiveGoods, remainingToReceive } from '@tpe/invoicing';
 *
 * const buyer = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = { id: '1', label: 'Chaise', quantity: '20', unitCode: 'C62', unitPrice: '41.50', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const order = { id: 'PO-1', kind: 'supplierOrder', status: 'confirmed', currency: 'EUR', seller: buyer, lines: [line] } as const;
 * const receipt = receiveGoods(order, [], { id: 'GR-1', receiptDate: '2026-03-05', lines: [{ lineId: '1', quantity: '12' }] });
 *
 * remainingToReceive(order, [receipt]);
 * // [{ lineId: '1', label: 'Chaise', ordered: '20', done: '12', remaining: '8' }]
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function remainingToReceive(
  order: CommercialDocument,
  receipts: readonly CommercialDocument[],
): LineProgress[] {
  const read = parseWithSchema(argumentsSchema, { order, receipts });
  expectKind(read.order, ['supplierOrder'], ['order']);
  return progressOf(read.order, takenBy(read.order, read.receipts, ['goodsReceipt']));
}
