import type { z } from 'zod';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { orderFulfilment } from './internal/orderFulfilment.js';
import type { LineQuantity } from './LineQuantity.js';

/** Goods receipts of supplier orders. */
const receipt = orderFulfilment({
  orderKind: 'supplierOrder',
  kind: 'goodsReceipt',
  relation: 'receivedFrom',
  earlier: 'receipts',
  date: 'receiptDate',
});

/**
 * Options of {@link receiveGoods}.
 *
 * @example
 * ```ts
 * import type { ReceiveGoodsOptions } from '@tpe/invoicing';
 *
 * const options: ReceiveGoodsOptions = { id: 'GR-1', receiptDate: '2026-03-05', lines: [{ lineId: '1', quantity: '12' }] };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface ReceiveGoodsOptions {
  /** The caller's id of the new goods receipt. */
  readonly id: string;
  /** The day the goods arrived. */
  readonly receiptDate: string;
  /** The quantities received per order line; everything that remains when absent. */
  readonly lines?: readonly LineQuantity[] | undefined;
}

/**
 * A zod schema for {@link ReceiveGoodsOptions}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { receiveGoodsOptionsSchema } from '@tpe/invoicing';
 *
 * receiveGoodsOptionsSchema.safeParse({ id: 'GR-1', receiptDate: '2026-03-05' }).success; // true
 * receiveGoodsOptionsSchema.safeParse({ id: 'GR-1' }).success; // false
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const receiveGoodsOptionsSchema: z.ZodType<ReceiveGoodsOptions> = receipt.optionsSchema;

/**
 * Records a full or partial receipt of the goods of a supplier order (bon de
 * réception), after the receipts already made.
 *
 * **Details**: as {@link deliverOrder} on the purchase side: each line
 * copies the order line with the quantity received and its `source`; the
 * receipt's `deliveryDate` is the receipt date and it links to the order
 * (`receivedFrom`).
 *
 * @param order - a supplier order, not cancelled nor closed
 * @param receipts - the goods receipts already made from it
 * @param options - the receipt's id and date, the quantities
 * @returns a new goods receipt in `draft`
 * @throws {@link TpeError} `QUANTITY_EXCEEDS_REMAINING` for more than
 *   remains to receive on a line, or when nothing remains; `INVALID_INPUT`
 *   for an unknown or repeated line, a quantity not above zero, a document
 *   that is not a supplier order; `DOCUMENT_CANCELLED`, `INVALID_TRANSITION`
 *   for a cancelled or closed order
 *
 * @example
 * ```ts
 * import { receiveGoods } from '@tpe/invoicing';
 *
 * const buyer = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = { id: '1', label: 'Chaise', quantity: '20', unitCode: 'C62', unitPrice: '41.50', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const order = { id: 'PO-1', kind: 'supplierOrder', status: 'confirmed', currency: 'EUR', seller: buyer, lines: [line] } as const;
 *
 * const first = receiveGoods(order, [], { id: 'GR-1', receiptDate: '2026-03-05', lines: [{ lineId: '1', quantity: '12' }] });
 * [first.kind, first.deliveryDate, first.lines[0]?.quantity]; // ['goodsReceipt', '2026-03-05', '12']
 * receiveGoods(order, [first], { id: 'GR-2', receiptDate: '2026-03-09', lines: [{ lineId: '1', quantity: '9' }] }); // throws TpeError QUANTITY_EXCEEDS_REMAINING
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function receiveGoods(
  order: CommercialDocument,
  receipts: readonly CommercialDocument[],
  options: ReceiveGoodsOptions,
): CommercialDocument {
  return receipt.fulfil(order, receipts, options);
}
