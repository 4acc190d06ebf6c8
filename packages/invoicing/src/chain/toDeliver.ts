import { parseWithSchema } from '@tpe/core';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { documentListSchema } from './internal/chainSchemas.js';
import { openLines } from './internal/openLines.js';
import type { OpenLine } from './OpenLine.js';

/**
 * The order lines left to deliver: for every open sales order (`draft` or
 * `confirmed`) among `documents`, each line its delivery notes have not
 * fully delivered.
 *
 * **When to use**: the "to deliver" list of a small business, computed from
 * its documents rather than kept by hand; pass all the documents, the links
 * between them are followed.
 *
 * @param documents - any documents: orders, delivery notes, others are ignored
 * @returns one row per line left to deliver, in the order of the documents and lines
 * @throws {@link TpeError} `INVALID_INPUT` for a malformed document
 *
 * @example
 * ```ts
 * import { deliverOrder, toDeliver } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const chairs = { id: '1', label: 'Chaise', quantity: '10', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const table = { id: '2', label: 'Table', quantity: '1', unitCode: 'C62', unitPrice: '450.00', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const order = { id: 'SO-1', kind: 'salesOrder', status: 'confirmed', currency: 'EUR', seller, lines: [chairs, table] } as const;
 * const note = deliverOrder(order, [], { id: 'DN-1', deliveryDate: '2026-03-10', lines: [{ lineId: '1', quantity: '6' }, { lineId: '2', quantity: '1' }] });
 *
 * toDeliver([order, note]).map((row) => [row.document.id, row.line.id, row.ordered, row.done, row.remaining]);
 * // [['SO-1', '1', '10', '6', '4']]
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function toDeliver(documents: readonly CommercialDocument[]): OpenLine[] {
  return openLines(parseWithSchema(documentListSchema, documents), 'salesOrder', ['deliveryNote']);
}
