import { parseWithSchema } from '@tpe/core';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { documentListSchema } from './internal/chainSchemas.js';
import { openLines } from './internal/openLines.js';
import type { OpenLine } from './OpenLine.js';

/**
 * The supplier order lines left to receive: for every open supplier order
 * (`draft` or `confirmed`) among `documents`, each line its goods
 * receipts have not fully received.
 *
 * @param documents - any documents: supplier orders, goods receipts, others are ignored
 * @returns one row per line left to receive, in the order of the documents and lines
 * @throws {@link TpeError} `INVALID_INPUT` for a malformed document
 *
 * @example
 * ```ts
 * import { receiveGoods, toReceive } from '@tpe/invoicing';
 *
 * const buyer = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const chairs = { id: '1', label: 'Chaise', quantity: '20', unitCode: 'C62', unitPrice: '41.50', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const order = { id: 'PO-1', kind: 'supplierOrder', status: 'confirmed', currency: 'EUR', seller: buyer, lines: [chairs] } as const;
 * const receipt = receiveGoods(order, [], { id: 'GR-1', receiptDate: '2026-03-05', lines: [{ lineId: '1', quantity: '12' }] });
 *
 * toReceive([order, receipt]).map((row) => [row.document.id, row.remaining]); // [['PO-1', '8']]
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function toReceive(documents: readonly CommercialDocument[]): OpenLine[] {
  return openLines(parseWithSchema(documentListSchema, documents), 'supplierOrder', [
    'goodsReceipt',
  ]);
}
