import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import { documentListSchema } from './internal/chainSchemas.js';
import { invoiceFulfilments } from './internal/invoiceFulfilments.js';

/**
 * Options of {@link invoiceFromDeliveries}.
 *
 * @example
 * ```ts
 * import type { InvoiceFromDeliveriesOptions } from '@tpe/invoicing';
 *
 * const options: InvoiceFromDeliveriesOptions = { id: 'INV-1', deliveryNotes: [] };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface InvoiceFromDeliveriesOptions {
  /** The caller's id of the new invoice. */
  readonly id: string;
  /** The delivery notes of the order to invoice, at least one, none already invoiced. */
  readonly deliveryNotes: readonly CommercialDocument[];
}

/**
 * A zod schema for {@link InvoiceFromDeliveriesOptions}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { invoiceFromDeliveriesOptionsSchema } from '@tpe/invoicing';
 *
 * invoiceFromDeliveriesOptionsSchema.safeParse({ id: 'INV-1', deliveryNotes: [] }).success; // true
 * invoiceFromDeliveriesOptionsSchema.safeParse({ id: 'INV-1' }).success; // false
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const invoiceFromDeliveriesOptionsSchema: z.ZodType<InvoiceFromDeliveriesOptions> =
  z.strictObject({ id: idSchema, deliveryNotes: documentListSchema });

const argumentsSchema = z.strictObject({
  order: commercialDocumentSchema,
  invoices: documentListSchema,
  options: invoiceFromDeliveriesOptionsSchema,
});

/**
 * Makes one invoice of what several delivery notes of a sales order
 * delivered (a grouped invoice): one line per order line, for the quantity
 * the notes delivered.
 *
 * **Details**: lines, prices, allowances and charges as in
 * {@link invoiceFromOrder}; the invoice links to the order and to each
 * delivery note (`invoicedFrom`), so a note cannot be invoiced twice, and
 * its delivery date (BT-72) is the last of the notes'. French law lets
 * deliveries of one calendar month be invoiced together, at the latest at
 * the end of that month.
 *
 * @param order - the sales order the notes deliver
 * @param invoices - the invoices already made from it
 * @param options - the invoice's id and the delivery notes
 * @returns a new invoice in `draft`; nothing given is changed
 * @throws {@link TpeError} `QUANTITY_EXCEEDS_REMAINING` for a note already
 *   invoiced (`already_invoiced`) or quantities beyond what remains to
 *   invoice; `INVALID_INPUT` for no note, a note given twice, a note of
 *   another order (`not_from_order`) or not a delivery note
 *
 * @example
 * ```ts
 * import { deliverOrder, invoiceFromDeliveries } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = { id: '1', label: 'Chaise', quantity: '10', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const order = { id: 'SO-1', kind: 'salesOrder', status: 'confirmed', currency: 'EUR', seller, lines: [line] } as const;
 * const first = deliverOrder(order, [], { id: 'DN-1', deliveryDate: '2026-03-10', lines: [{ lineId: '1', quantity: '6' }] });
 * const second = deliverOrder(order, [first], { id: 'DN-2', deliveryDate: '2026-03-17', lines: [{ lineId: '1', quantity: '3' }] });
 *
 * const invoice = invoiceFromDeliveries(order, [], { id: 'INV-1', deliveryNotes: [first, second] });
 * [invoice.lines[0]?.quantity, invoice.deliveryDate]; // ['9', '2026-03-17']
 * invoiceFromDeliveries(order, [invoice], { id: 'INV-2', deliveryNotes: [second] }); // throws TpeError QUANTITY_EXCEEDS_REMAINING
 * ```
 *
 * @see CGI art. 289 I 3 (grouped invoice of the deliveries of one month)
 * @category Document chain
 * @since 0.1.0
 */
export function invoiceFromDeliveries(
  order: CommercialDocument,
  invoices: readonly CommercialDocument[],
  options: InvoiceFromDeliveriesOptions,
): CommercialDocument {
  const read = parseWithSchema(argumentsSchema, { order, invoices, options });
  return invoiceFulfilments(
    {
      orderKind: 'salesOrder',
      noteKind: 'deliveryNote',
      invoiceKind: 'invoice',
      notesOption: 'deliveryNotes',
    },
    read.order,
    read.invoices,
    read.options.deliveryNotes,
    { id: read.options.id },
  );
}
