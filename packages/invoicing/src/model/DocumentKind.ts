import { z } from 'zod';

/**
 * The kinds of commercial documents, sales side then purchase side:
 *
 * - `quote` (devis), `salesOrder` (commande client), `deliveryNote` (bon de
 *   livraison), `proForma`, `invoice`, `depositInvoice` (facture
 *   d'acompte), `creditNote` (avoir);
 * - `supplierOrder` (commande fournisseur), `goodsReceipt` (réception),
 *   `supplierInvoice` (facture fournisseur).
 *
 * @example
 * ```ts
 * import type { DocumentKind } from '@tpe/invoicing';
 *
 * const kind: DocumentKind = 'depositInvoice';
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export type DocumentKind =
  | 'quote'
  | 'salesOrder'
  | 'deliveryNote'
  | 'proForma'
  | 'invoice'
  | 'depositInvoice'
  | 'creditNote'
  | 'supplierOrder'
  | 'goodsReceipt'
  | 'supplierInvoice';

/**
 * Every {@link DocumentKind}.
 *
 * @example
 * ```ts
 * import { DOCUMENT_KINDS } from '@tpe/invoicing';
 *
 * DOCUMENT_KINDS.length; // 10
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const DOCUMENT_KINDS: readonly DocumentKind[] = Object.freeze([
  'quote',
  'salesOrder',
  'deliveryNote',
  'proForma',
  'invoice',
  'depositInvoice',
  'creditNote',
  'supplierOrder',
  'goodsReceipt',
  'supplierInvoice',
]);

/**
 * A zod schema for {@link DocumentKind}.
 *
 * @example
 * ```ts
 * import { documentKindSchema } from '@tpe/invoicing';
 *
 * documentKindSchema.parse('creditNote'); // 'creditNote'
 * documentKindSchema.safeParse('receipt').success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const documentKindSchema: z.ZodType<DocumentKind> = z.enum([
  'quote',
  'salesOrder',
  'deliveryNote',
  'proForma',
  'invoice',
  'depositInvoice',
  'creditNote',
  'supplierOrder',
  'goodsReceipt',
  'supplierInvoice',
]);

/**
 * The kinds EN 16931 covers (invoices, deposit invoices, credit notes, on
 * both sides): the only ones whose lines may have a negative quantity.
 */
export const INVOICE_KINDS: ReadonlySet<DocumentKind> = new Set<DocumentKind>([
  'invoice',
  'depositInvoice',
  'creditNote',
  'supplierInvoice',
]);
