import { parseWithSchema } from '@tpe/core';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { documentListSchema } from './internal/chainSchemas.js';
import { openLines, openOrders } from './internal/openLines.js';

/**
 * The sales orders in progress: open (`draft` or `confirmed`) with some
 * line left to deliver or to invoice, among `documents`.
 *
 * **When to use**: the "commandes en cours" list; see {@link toDeliver} and
 * {@link toInvoice} for what is left on each line.
 *
 * @param documents - any documents: orders, delivery notes, invoices, others are ignored
 * @returns the orders in progress, in the order given
 * @throws {@link TpeError} `INVALID_INPUT` for a malformed document
 *
 * @example
 * ```ts
 * import { deliverOrder, invoiceFromDeliveries, ordersInProgress } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const chairs = { id: '1', label: 'Chaise', quantity: '10', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const done = { id: 'SO-1', kind: 'salesOrder', status: 'confirmed', currency: 'EUR', seller, lines: [chairs] } as const;
 * const open = { ...done, id: 'SO-2' };
 * const note = deliverOrder(done, [], { id: 'DN-1', deliveryDate: '2026-03-10' });
 * const invoice = invoiceFromDeliveries(done, [], { id: 'INV-1', deliveryNotes: [note] });
 *
 * ordersInProgress([done, open, note, invoice]).map((order) => order.id); // ['SO-2']
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function ordersInProgress(documents: readonly CommercialDocument[]): CommercialDocument[] {
  const read = parseWithSchema(documentListSchema, documents);
  const open = new Set(
    [
      ...openLines(read, 'salesOrder', ['deliveryNote']),
      ...openLines(read, 'salesOrder', ['invoice']),
    ].map((row) => row.document.id),
  );
  return openOrders(read, 'salesOrder').filter((order) => open.has(order.id));
}
