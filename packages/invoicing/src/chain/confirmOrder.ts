import { parseWithSchema } from '@tpe/core';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import { invalidTransition } from './internal/chainErrors.js';
import { expectKind } from './internal/sourceGuards.js';

/**
 * Records that a draft sales order or supplier order is confirmed (status
 * `confirmed`): the customer's order is accepted, or ours is sent to the
 * supplier.
 *
 * **Details**: deliveries, receipts and invoices may be made from a draft
 * order too; confirming tells the orders agreed from the ones still
 * discussed.
 *
 * @param order - a sales or supplier order in `draft`
 * @returns a new order; the input is not changed
 * @throws {@link TpeError} `INVALID_TRANSITION` unless the order is a draft;
 *   `INVALID_INPUT` for a document that is not an order
 *
 * @example
 * ```ts
 * import { confirmOrder } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const draft = { id: 'SO-1', kind: 'salesOrder', status: 'draft', currency: 'EUR', seller, lines: [] } as const;
 * confirmOrder(draft).status; // 'confirmed'
 * confirmOrder({ ...draft, status: 'cancelled' }); // throws TpeError INVALID_TRANSITION
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function confirmOrder(order: CommercialDocument): CommercialDocument {
  const read = parseWithSchema(commercialDocumentSchema, order);
  expectKind(read, ['salesOrder', 'supplierOrder'], []);
  if (read.status !== 'draft') throw invalidTransition(read, 'confirmed');
  return { ...read, status: 'confirmed' };
}
