import { currencyCodeSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema, notesSchema, referenceSchema } from '../internal/fields.js';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { type Seller, sellerSchema } from '../model/Seller.js';
import { type Supplier, supplierSchema } from '../model/Supplier.js';
import type { ItemQuantity } from './ItemQuantity.js';
import { documentFromItems, itemLinesSchema } from './internal/documentFromItems.js';
import { checkUniqueLineIds } from './internal/linesFromItems.js';

/**
 * Input of {@link createSupplierOrder}.
 *
 * @example
 * ```ts
 * import type { CreateSupplierOrderInput } from '@tpe/invoicing';
 *
 * const input: CreateSupplierOrderInput = {
 *   id: 'PO-1',
 *   buyer: { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' },
 *   supplier: { id: 'S-1', name: 'Grossiste SA', countryCode: 'FR', address: { lines: ['5 quai Perrache'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' } },
 *   lines: [{ item: { reference: 'CH-01', label: 'Chaise', unitCode: 'C62', unitPrice: '89.90', purchaseCost: '41.50', vat: { category: 'S', rate: '20' }, nature: 'goods' }, quantity: '20' }],
 * };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface CreateSupplierOrderInput {
  /** The caller's id of the new supplier order. */
  readonly id: string;
  /** Our business, the buyer (the document's `seller` field). */
  readonly buyer: Seller;
  /** The supplier. */
  readonly supplier: Supplier;
  /**
   * The items and quantities, at least one; each line at the `unitPrice`
   * given, or else the item's `purchaseCost`.
   */
  readonly lines: readonly ItemQuantity[];
  /** ISO 4217 code; `"EUR"` by default. */
  readonly currency?: string | undefined;
  /** Our purchase order number, printed on the supplier's invoice (BT-13). */
  readonly orderReference?: string | undefined;
  /** Free notes. */
  readonly notes?: readonly string[] | undefined;
}

/**
 * A zod schema for {@link CreateSupplierOrderInput}: unknown keys refused,
 * at least one line, line ids unique (`duplicate_line_id`), each line with a
 * price (`unit_price_missing` when neither `unitPrice` nor the item's
 * `purchaseCost` is given).
 *
 * @example
 * ```ts
 * import { createSupplierOrderInputSchema } from '@tpe/invoicing';
 *
 * createSupplierOrderInputSchema.safeParse({ id: 'PO-1', lines: [] }).success; // false
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const createSupplierOrderInputSchema: z.ZodType<CreateSupplierOrderInput> = z
  .strictObject({
    id: idSchema,
    buyer: sellerSchema,
    supplier: supplierSchema,
    lines: itemLinesSchema,
    currency: currencyCodeSchema.optional(),
    orderReference: referenceSchema.optional(),
    notes: notesSchema.optional(),
  })
  .check(checkUniqueLineIds)
  .check((context) => {
    context.value.lines.forEach((request, index) => {
      if (request.unitPrice === undefined && request.item.purchaseCost === undefined) {
        context.issues.push({
          code: 'custom',
          message: `Line ${index}: give its unit price or the item's purchase cost`,
          input: request,
          path: ['lines', index, 'unitPrice'],
          params: { code: 'unit_price_missing' },
        });
      }
    });
  });

/**
 * Creates a supplier order (commande fournisseur) in `draft` from catalogue
 * items and quantities, priced at the supplier's price (`unitPrice`) or the
 * item's purchase cost.
 *
 * **Details**: on purchase documents our business is the buyer, held in the
 * `seller` field, and the counterparty is `supplier`. Receive the goods with
 * {@link receiveGoods}, then record the supplier's invoice with
 * {@link supplierInvoiceFromReceipts}.
 *
 * @param input - our business, the supplier, items and quantities
 * @returns a new supplier order in `draft`
 * @throws {@link TpeError} `INVALID_INPUT` (see {@link createSupplierOrderInputSchema})
 *
 * @example
 * ```ts
 * import { createSupplierOrder } from '@tpe/invoicing';
 *
 * const buyer = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const supplier = { id: 'S-1', name: 'Grossiste SA', countryCode: 'FR', address: { lines: ['5 quai Perrache'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' } } as const;
 * const chair = { reference: 'CH-01', label: 'Chaise', unitCode: 'C62', unitPrice: '89.90', purchaseCost: '41.50', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 *
 * const order = createSupplierOrder({ id: 'PO-1', buyer, supplier, lines: [{ item: chair, quantity: '20' }] });
 * [order.kind, order.status, order.lines[0]?.unitPrice]; // ['supplierOrder', 'draft', '41.50']
 * createSupplierOrder({ id: 'PO-2', buyer, supplier, lines: [{ item: { ...chair, purchaseCost: undefined }, quantity: '1' }] }); // throws TpeError INVALID_INPUT
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function createSupplierOrder(input: CreateSupplierOrderInput): CommercialDocument {
  const read = parseWithSchema(createSupplierOrderInputSchema, input);
  return documentFromItems(
    'supplierOrder',
    read,
    { seller: read.buyer, supplier: read.supplier },
    (request) => request.unitPrice ?? request.item.purchaseCost ?? request.item.unitPrice,
    read.orderReference === undefined ? {} : { orderReference: read.orderReference },
  );
}
