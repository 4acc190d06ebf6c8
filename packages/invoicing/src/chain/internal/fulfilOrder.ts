import type { CommercialDocument } from '../../model/CommercialDocument.js';
import type { LineQuantity } from '../LineQuantity.js';
import { draftFrom } from './draftFrom.js';
import { lineFromSlice } from './sliceLines.js';
import { expectOpenOrder } from './sourceGuards.js';
import { takenBy } from './takenBy.js';
import { takeQuantities } from './takeQuantities.js';

/** How an order is fulfilled: delivered to a customer or received from a supplier. */
export interface Fulfilment {
  readonly orderKind: 'salesOrder' | 'supplierOrder';
  readonly kind: 'deliveryNote' | 'goodsReceipt';
  readonly relation: 'deliveredFrom' | 'receivedFrom';
}

/**
 * The delivery note or goods receipt taking `lines` (everything remaining
 * when absent) of an order, after the earlier ones among `documents`.
 */
export function fulfilOrder(
  fulfilment: Fulfilment,
  order: CommercialDocument,
  documents: readonly CommercialDocument[],
  request: {
    readonly id: string;
    readonly date: string;
    readonly lines?: readonly LineQuantity[] | undefined;
  },
): CommercialDocument {
  expectOpenOrder(order, [fulfilment.orderKind], fulfilment.kind, ['order']);
  const done = takenBy(order, documents, [fulfilment.kind]);
  const slices = takeQuantities(order, done, request.lines, ['options', 'lines']);
  return draftFrom(order, {
    id: request.id,
    kind: fulfilment.kind,
    lines: slices.map((slice) => lineFromSlice(order, slice)),
    deliveryDate: request.date,
    links: [{ documentId: order.id, relation: fulfilment.relation }],
  });
}
