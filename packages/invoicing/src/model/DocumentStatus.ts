import { z } from 'zod';
import type { DocumentKind } from './DocumentKind.js';

/**
 * The status of a quote: `draft` → `sent` → `accepted` | `refused` | `expired`.
 *
 * @category Model
 * @since 0.1.0
 */
export type QuoteStatus = 'draft' | 'sent' | 'accepted' | 'refused' | 'expired';

/**
 * The status of a sales or supplier order: `draft` → `confirmed` → `closed`,
 * or `cancelled`.
 *
 * @category Model
 * @since 0.1.0
 */
export type OrderStatus = 'draft' | 'confirmed' | 'cancelled' | 'closed';

/**
 * The status of a delivery note or a goods receipt: `draft` → `issued`.
 *
 * @category Model
 * @since 0.1.0
 */
export type DeliveryStatus = 'draft' | 'issued';

/**
 * The status of an invoice, a deposit invoice or a credit note: `draft` →
 * `issued`, then `cancelled` only through a credit note.
 *
 * @category Model
 * @since 0.1.0
 */
export type InvoiceStatus = 'draft' | 'issued' | 'cancelled';

/**
 * The status of a pro forma: `draft` → `sent`.
 *
 * @category Model
 * @since 0.1.0
 */
export type ProFormaStatus = 'draft' | 'sent';

/**
 * The status of a supplier invoice: `received` → `approved`, or `cancelled`.
 *
 * @category Model
 * @since 0.1.0
 */
export type SupplierInvoiceStatus = 'received' | 'approved' | 'cancelled';

/**
 * The status of any document; which ones a kind allows is
 * {@link DOCUMENT_STATUSES}.
 *
 * @example
 * ```ts
 * import type { DocumentStatus } from '@tpe/invoicing';
 *
 * const status: DocumentStatus = 'issued';
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export type DocumentStatus =
  | QuoteStatus
  | OrderStatus
  | DeliveryStatus
  | InvoiceStatus
  | ProFormaStatus
  | SupplierInvoiceStatus;

/**
 * The statuses each {@link DocumentKind} allows, the first being the one a
 * new document starts with.
 *
 * @example
 * ```ts
 * import { DOCUMENT_STATUSES } from '@tpe/invoicing';
 *
 * DOCUMENT_STATUSES.quote; // ['draft', 'sent', 'accepted', 'refused', 'expired']
 * DOCUMENT_STATUSES.supplierInvoice[0]; // 'received'
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const DOCUMENT_STATUSES: Readonly<Record<DocumentKind, readonly DocumentStatus[]>> =
  Object.freeze({
    quote: Object.freeze(['draft', 'sent', 'accepted', 'refused', 'expired'] as const),
    salesOrder: Object.freeze(['draft', 'confirmed', 'cancelled', 'closed'] as const),
    deliveryNote: Object.freeze(['draft', 'issued'] as const),
    proForma: Object.freeze(['draft', 'sent'] as const),
    invoice: Object.freeze(['draft', 'issued', 'cancelled'] as const),
    depositInvoice: Object.freeze(['draft', 'issued', 'cancelled'] as const),
    creditNote: Object.freeze(['draft', 'issued', 'cancelled'] as const),
    supplierOrder: Object.freeze(['draft', 'confirmed', 'cancelled', 'closed'] as const),
    goodsReceipt: Object.freeze(['draft', 'issued'] as const),
    supplierInvoice: Object.freeze(['received', 'approved', 'cancelled'] as const),
  });

/**
 * A zod schema for {@link DocumentStatus} (any kind's status; the document
 * schema checks that it fits the kind).
 *
 * @example
 * ```ts
 * import { documentStatusSchema } from '@tpe/invoicing';
 *
 * documentStatusSchema.parse('accepted'); // 'accepted'
 * documentStatusSchema.safeParse('paid').success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const documentStatusSchema: z.ZodType<DocumentStatus> = z.enum([
  'draft',
  'sent',
  'accepted',
  'refused',
  'expired',
  'confirmed',
  'cancelled',
  'closed',
  'issued',
  'received',
  'approved',
]);
