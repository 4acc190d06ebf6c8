import { parseWithSchema } from '@tpe/core';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { documentListSchema } from './internal/chainSchemas.js';
import { openLines } from './internal/openLines.js';
import type { OpenLine } from './OpenLine.js';

/**
 * The order lines left to invoice: for every open sales order (`draft` or
 * `confirmed`) among `documents`, each line its invoices (not cancelled)
 * have not fully invoiced.
 *
 * **Details**: deposit invoices and credit notes do not count (see
 * {@link remainingToInvoice}); a situation invoice in percent counts for
 * its share of the line.
 *
 * @param documents - any documents: orders, invoices, others are ignored
 * @returns one row per line left to invoice, in the order of the documents and lines
 * @throws {@link TpeError} `INVALID_INPUT` for a malformed document
 *
 * @example
 * ```ts
 * import { invoiceFromOrder, toInvoice } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const chairs = { id: '1', label: 'Chaise', quantity: '10', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const order = { id: 'SO-1', kind: 'salesOrder', status: 'confirmed', currency: 'EUR', seller, lines: [chairs] } as const;
 * const invoice = invoiceFromOrder(order, [], { id: 'INV-1', lines: [{ lineId: '1', quantity: '4' }] });
 *
 * toInvoice([order, invoice]).map((row) => [row.document.id, row.line.id, row.done, row.remaining]);
 * // [['SO-1', '1', '4', '6']]
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function toInvoice(documents: readonly CommercialDocument[]): OpenLine[] {
  return openLines(parseWithSchema(documentListSchema, documents), 'salesOrder', ['invoice']);
}
