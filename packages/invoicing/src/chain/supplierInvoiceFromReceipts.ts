import { isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import { documentListSchema } from './internal/chainSchemas.js';
import { invoiceFulfilments } from './internal/invoiceFulfilments.js';

/**
 * Options of {@link supplierInvoiceFromReceipts}.
 *
 * @example
 * ```ts
 * import type { SupplierInvoiceFromReceiptsOptions } from '@tpe/invoicing';
 *
 * const options: SupplierInvoiceFromReceiptsOptions = { id: 'SI-1', number: 'FA-88123', issueDate: '2026-03-31', receipts: [] };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface SupplierInvoiceFromReceiptsOptions {
  /** The caller's id of the recorded invoice. */
  readonly id: string;
  /** The supplier's invoice number (BT-1). */
  readonly number: string;
  /** The supplier's invoice date (BT-2). */
  readonly issueDate: string;
  /** The payment due date printed on it (BT-9). */
  readonly dueDate?: string | undefined;
  /** The goods receipts it invoices, at least one, none already invoiced. */
  readonly receipts: readonly CommercialDocument[];
}

/**
 * A zod schema for {@link SupplierInvoiceFromReceiptsOptions}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { supplierInvoiceFromReceiptsOptionsSchema } from '@tpe/invoicing';
 *
 * supplierInvoiceFromReceiptsOptionsSchema.safeParse({ id: 'SI-1', number: 'FA-88123', issueDate: '2026-03-31', receipts: [] }).success; // true
 * supplierInvoiceFromReceiptsOptionsSchema.safeParse({ id: 'SI-1', issueDate: '2026-03-31', receipts: [] }).success; // false
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const supplierInvoiceFromReceiptsOptionsSchema: z.ZodType<SupplierInvoiceFromReceiptsOptions> =
  z.strictObject({
    id: idSchema,
    number: idSchema,
    issueDate: isoDateSchema,
    dueDate: isoDateSchema.optional(),
    receipts: documentListSchema,
  });

const argumentsSchema = z.strictObject({
  order: commercialDocumentSchema,
  supplierInvoices: documentListSchema,
  options: supplierInvoiceFromReceiptsOptionsSchema,
});

/**
 * Records a supplier's invoice for what some goods receipts of a supplier
 * order received: one line per order line, for the quantities received, at
 * the order's prices, with the supplier's number and date.
 *
 * **Details**: as {@link invoiceFromDeliveries} on the purchase side; the
 * invoice is `received`, linked to the order and to each receipt
 * (`invoicedFrom`), so a receipt cannot be invoiced twice. Compare its
 * totals with the supplier's document before approving it: a different
 * price is corrected on the returned draft.
 *
 * @param order - the supplier order the receipts come from
 * @param supplierInvoices - the supplier invoices already recorded for it
 * @param options - the id, the supplier's number and dates, the receipts
 * @returns a new supplier invoice in `received`
 * @throws {@link TpeError} `QUANTITY_EXCEEDS_REMAINING` for a receipt
 *   already invoiced (`already_invoiced`) or quantities beyond what remains
 *   to invoice; `INVALID_INPUT` for no receipt, a receipt given twice, of
 *   another order (`not_from_order`) or not a goods receipt
 *
 * @example
 * ```ts
 * import { receiveGoods, supplierInvoiceFromReceipts } from '@tpe/invoicing';
 *
 * const buyer = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = { id: '1', label: 'Chaise', quantity: '20', unitCode: 'C62', unitPrice: '41.50', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const order = { id: 'PO-1', kind: 'supplierOrder', status: 'confirmed', currency: 'EUR', seller: buyer, lines: [line] } as const;
 * const receipt = receiveGoods(order, [], { id: 'GR-1', receiptDate: '2026-03-05', lines: [{ lineId: '1', quantity: '12' }] });
 *
 * const bill = supplierInvoiceFromReceipts(order, [], { id: 'SI-1', number: 'FA-88123', issueDate: '2026-03-31', receipts: [receipt] });
 * [bill.kind, bill.status, bill.number, bill.lines[0]?.quantity]; // ['supplierInvoice', 'received', 'FA-88123', '12']
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function supplierInvoiceFromReceipts(
  order: CommercialDocument,
  supplierInvoices: readonly CommercialDocument[],
  options: SupplierInvoiceFromReceiptsOptions,
): CommercialDocument {
  const read = parseWithSchema(argumentsSchema, { order, supplierInvoices, options });
  const { id, number, issueDate, dueDate, receipts } = read.options;
  return invoiceFulfilments(
    {
      orderKind: 'supplierOrder',
      noteKind: 'goodsReceipt',
      invoiceKind: 'supplierInvoice',
      notesOption: 'receipts',
    },
    read.order,
    read.supplierInvoices,
    receipts,
    { id, number, issueDate, ...(dueDate === undefined ? {} : { dueDate }) },
  );
}
