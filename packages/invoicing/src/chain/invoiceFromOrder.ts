import { isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import { documentListSchema } from './internal/chainSchemas.js';
import { invoiceSlices } from './internal/invoiceSlices.js';
import { expectOpenOrder } from './internal/sourceGuards.js';
import { takenBy } from './internal/takenBy.js';
import { takeQuantities } from './internal/takeQuantities.js';
import { type LineQuantity, lineQuantitySchema } from './LineQuantity.js';

/**
 * Options of {@link invoiceFromOrder}.
 *
 * @example
 * ```ts
 * import type { InvoiceFromOrderOptions } from '@tpe/invoicing';
 *
 * const options: InvoiceFromOrderOptions = { id: 'INV-1', deliveryDate: '2026-03-10', lines: [{ lineId: '1', quantity: '6' }] };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface InvoiceFromOrderOptions {
  /** The caller's id of the new invoice. */
  readonly id: string;
  /** The quantities invoiced per order line; everything that remains to invoice when absent. */
  readonly lines?: readonly LineQuantity[] | undefined;
  /** The day of the delivery or of the service (BT-72), when it is not the issue date. */
  readonly deliveryDate?: string | undefined;
}

/**
 * A zod schema for {@link InvoiceFromOrderOptions}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { invoiceFromOrderOptionsSchema } from '@tpe/invoicing';
 *
 * invoiceFromOrderOptionsSchema.safeParse({ id: 'INV-1' }).success; // true
 * invoiceFromOrderOptionsSchema.safeParse({ id: 'INV-1', lines: [{ lineId: '1', quantity: 2 }] }).success; // false
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const invoiceFromOrderOptionsSchema: z.ZodType<InvoiceFromOrderOptions> = z.strictObject({
  id: idSchema,
  lines: z.array(lineQuantitySchema).max(100_000).optional(),
  deliveryDate: isoDateSchema.optional(),
});

const argumentsSchema = z.strictObject({
  order: commercialDocumentSchema,
  invoices: documentListSchema,
  options: invoiceFromOrderOptionsSchema,
});

/**
 * Makes the invoice of all or part of a sales order, after the invoices
 * already made from it: a draft to issue with `issue()`.
 *
 * **Details**: each line copies the order line (item, price, VAT) with the
 * quantity invoiced and its `source`. Line allowances and charges are
 * prorated to the quantity, and the order's document-level allowances and
 * charges to the value invoiced (at the order's line net amounts); the
 * rounding is cumulative, so the invoices that together take the whole order
 * carry each allowance to the cent. The invoice keeps the order's parties,
 * references (BT-10, BT-13) and payment term, and links to it
 * (`invoicedFrom`). Among `invoices`, only invoices not cancelled count;
 * deposit invoices are deducted with {@link deductDeposits}.
 *
 * @param order - a sales order, not cancelled nor closed
 * @param invoices - the invoices already made from it
 * @param options - the invoice's id, the quantities, the delivery date
 * @returns a new invoice in `draft`; nothing given is changed
 * @throws {@link TpeError} `QUANTITY_EXCEEDS_REMAINING` for more than
 *   remains to invoice on a line, or when nothing remains; `INVALID_INPUT`
 *   for an unknown or repeated line, a quantity not above zero, a document
 *   that is not a sales order; `DOCUMENT_CANCELLED` for a cancelled order;
 *   `INVALID_TRANSITION` for a closed one
 *
 * @example
 * ```ts
 * import { computeDocumentTotals, invoiceFromOrder } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = { id: '1', label: 'Chaise', quantity: '10', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const order = { id: 'SO-1', kind: 'salesOrder', status: 'confirmed', currency: 'EUR', seller, lines: [line] } as const;
 *
 * const first = invoiceFromOrder(order, [], { id: 'INV-1', lines: [{ lineId: '1', quantity: '6' }] });
 * computeDocumentTotals(first).taxInclusiveAmount; // '647.28' (6 × 89.90 = 539.40, VAT 107.88)
 * invoiceFromOrder(order, [first], { id: 'INV-2' }).lines[0]?.quantity; // '4'
 * invoiceFromOrder(order, [first], { id: 'INV-2', lines: [{ lineId: '1', quantity: '4.5' }] }); // throws TpeError QUANTITY_EXCEEDS_REMAINING
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function invoiceFromOrder(
  order: CommercialDocument,
  invoices: readonly CommercialDocument[],
  options: InvoiceFromOrderOptions,
): CommercialDocument {
  const read = parseWithSchema(argumentsSchema, { order, invoices, options });
  expectOpenOrder(read.order, ['salesOrder'], 'invoice', ['order']);
  const before = takenBy(read.order, read.invoices, ['invoice']);
  const slices = takeQuantities(read.order, before, read.options.lines, ['options', 'lines']);
  return invoiceSlices(read.order, before, slices, {
    id: read.options.id,
    kind: 'invoice',
    ...(read.options.deliveryDate === undefined ? {} : { deliveryDate: read.options.deliveryDate }),
    links: [{ documentId: read.order.id, relation: 'invoicedFrom' }],
  });
}
