import type { z } from 'zod';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { orderFulfilment } from './internal/orderFulfilment.js';
import type { LineQuantity } from './LineQuantity.js';

/** Delivery notes of sales orders. */
const delivery = orderFulfilment({
  orderKind: 'salesOrder',
  kind: 'deliveryNote',
  relation: 'deliveredFrom',
  earlier: 'deliveries',
  date: 'deliveryDate',
});

/**
 * Options of {@link deliverOrder}.
 *
 * @example
 * ```ts
 * import type { DeliverOrderOptions } from '@tpe/invoicing';
 *
 * const options: DeliverOrderOptions = { id: 'DN-1', deliveryDate: '2026-03-10', lines: [{ lineId: '1', quantity: '6' }] };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface DeliverOrderOptions {
  /** The caller's id of the new delivery note. */
  readonly id: string;
  /** The day the goods are delivered (BT-72 of the invoice to come). */
  readonly deliveryDate: string;
  /** The quantities delivered per order line; everything that remains when absent. */
  readonly lines?: readonly LineQuantity[] | undefined;
}

/**
 * A zod schema for {@link DeliverOrderOptions}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { deliverOrderOptionsSchema } from '@tpe/invoicing';
 *
 * deliverOrderOptionsSchema.safeParse({ id: 'DN-1', deliveryDate: '2026-03-10' }).success; // true
 * deliverOrderOptionsSchema.safeParse({ id: 'DN-1', deliveryDate: '10/03/2026' }).success; // false
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const deliverOrderOptionsSchema: z.ZodType<DeliverOrderOptions> = delivery.optionsSchema;

/**
 * Makes the delivery note (bon de livraison) of a full or partial delivery of
 * a sales order, after the deliveries already made.
 *
 * **Details**: each line copies the order line (item, price, VAT) with the
 * quantity delivered and its `source`; line allowances and charges are
 * prorated to the quantity, the delivery completing a line taking the last
 * cents. The delivery note links to the order (`deliveredFrom`). Among
 * `deliveries`, only the delivery notes count (pass all your documents if
 * you like).
 *
 * @param order - a sales order, not cancelled nor closed
 * @param deliveries - the delivery notes already made from it
 * @param options - the new note's id, the delivery date, the quantities
 * @returns a new delivery note in `draft`; nothing given is changed
 * @throws {@link TpeError} `QUANTITY_EXCEEDS_REMAINING` for more than
 *   remains on a line (`details.lineId`, `requested`, `remaining`) or when
 *   nothing remains; `INVALID_INPUT` for an unknown or repeated line, a
 *   quantity not above zero (`quantity_not_positive`), a document that is not
 *   a sales order; `DOCUMENT_CANCELLED` for a cancelled order;
 *   `INVALID_TRANSITION` for a closed one
 *
 * @example
 * ```ts
 * import { deliverOrder } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = { id: '1', label: 'Chaise', quantity: '10', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const order = { id: 'SO-1', kind: 'salesOrder', status: 'confirmed', currency: 'EUR', seller, lines: [line] } as const;
 *
 * const first = deliverOrder(order, [], { id: 'DN-1', deliveryDate: '2026-03-10', lines: [{ lineId: '1', quantity: '6' }] });
 * first.lines.map((delivered) => [delivered.id, delivered.quantity]); // [['1', '6']]
 * deliverOrder(order, [first], { id: 'DN-2', deliveryDate: '2026-03-17' }).lines[0]?.quantity; // '4'
 * deliverOrder(order, [first], { id: 'DN-2', deliveryDate: '2026-03-17', lines: [{ lineId: '1', quantity: '5' }] }); // throws TpeError QUANTITY_EXCEEDS_REMAINING
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function deliverOrder(
  order: CommercialDocument,
  deliveries: readonly CommercialDocument[],
  options: DeliverOrderOptions,
): CommercialDocument {
  return delivery.fulfil(order, deliveries, options);
}
