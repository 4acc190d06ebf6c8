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
  invoices: documentListSchema,
});

/**
 * What remains to invoice on each line of an order: ordered, invoiced by the
 * invoices made from it (supplier invoices for a supplier order), remaining.
 *
 * **Details**: invoices that are cancelled do not count, nor do deposit
 * invoices (they are deducted from the final invoice) or credit notes. A
 * situation invoice line in percent (`P1`) counts for that percentage of the
 * order line's quantity.
 *
 * @param order - a sales order or a supplier order
 * @param invoices - its invoices (documents of other kinds are ignored)
 * @returns one row per order line, in its order
 * @throws {@link TpeError} `INVALID_INPUT` for a document that is not an order
 *
 * @example
 * ```ts
 * import { invoiceFromOrder, remainingToInvoice } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = { id: '1', label: 'Chaise', quantity: '10', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const order = { id: 'SO-1', kind: 'salesOrder', status: 'confirmed', currency: 'EUR', seller, lines: [line] } as const;
 * const invoice = invoiceFromOrder(order, [], { id: 'INV-1', lines: [{ lineId: '1', quantity: '2.5' }] });
 *
 * remainingToInvoice(order, [invoice]);
 * // [{ lineId: '1', label: 'Chaise', ordered: '10', done: '2.5', remaining: '7.5' }]
 * remainingToInvoice(order, [{ ...invoice, status: 'cancelled' }])[0]?.remaining; // '10'
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function remainingToInvoice(
  order: CommercialDocument,
  invoices: readonly CommercialDocument[],
): LineProgress[] {
  const read = parseWithSchema(argumentsSchema, { order, invoices });
  expectKind(read.order, ['salesOrder', 'supplierOrder'], ['order']);
  const invoiceKind = read.order.kind === 'salesOrder' ? 'invoice' : 'supplierInvoice';
  return progressOf(read.order, takenBy(read.order, read.invoices, [invoiceKind]));
}
