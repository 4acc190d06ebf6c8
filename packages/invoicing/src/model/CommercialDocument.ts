import { isoDateSchema } from '@tpe/core';
import { type PaymentTerm, paymentTermSchema } from '@tpe/legal-fr';
import { z } from 'zod';
import { idSchema, LIST_LIMITS, notesSchema, referenceSchema } from '../internal/fields.js';
import type { DocumentAllowanceCharge } from './AllowanceCharge.js';
import { type Customer, customerSchema } from './Customer.js';
import type { DocumentKind } from './DocumentKind.js';
import type { DocumentLine } from './DocumentLine.js';
import { DOCUMENT_STATUSES, type DocumentStatus, documentStatusSchema } from './DocumentStatus.js';
import { checkDocumentContent } from './internal/documentRules.js';
import { documentContentShape } from './internal/documentShape.js';
import { type Seller, sellerSchema } from './Seller.js';
import { type Supplier, supplierSchema } from './Supplier.js';

/**
 * A deposit invoice deducted by a final invoice: its amount including VAT
 * counts in the paid amount (BT-113).
 *
 * @category Model
 * @since 0.1.0
 */
export interface DeductedDeposit {
  /** The id of the deposit invoice. */
  readonly documentId: string;
  /** Its number. */
  readonly number: string;
  /** Its issue date. */
  readonly issueDate: string;
  /** The amount deducted, including VAT, 2 decimals, not negative. */
  readonly amount: string;
}

/**
 * How a document relates to another one of the chain:
 *
 * - `convertedFrom`: an order from a quote, an invoice from an order…;
 * - `deliveredFrom`: a delivery note from an order;
 * - `invoicedFrom`: an invoice from a delivery note or an order;
 * - `credits`: a credit note of an invoice;
 * - `receivedFrom`: a goods receipt from a supplier order;
 * - `deducts`: a final invoice deducting a deposit invoice.
 *
 * @category Model
 * @since 0.1.0
 */
export type DocumentRelation =
  | 'convertedFrom'
  | 'deliveredFrom'
  | 'invoicedFrom'
  | 'credits'
  | 'receivedFrom'
  | 'deducts';

const RELATIONS = [
  'convertedFrom',
  'deliveredFrom',
  'invoicedFrom',
  'credits',
  'receivedFrom',
  'deducts',
] as const satisfies readonly DocumentRelation[];

/** The relations between documents, for the readers that check them without zod. */
export const DOCUMENT_RELATIONS: ReadonlySet<unknown> = new Set(RELATIONS);

/**
 * A link to another document.
 *
 * @category Model
 * @since 0.1.0
 */
export interface DocumentLink {
  /** The id of the other document. */
  readonly documentId: string;
  /** How this document relates to it. */
  readonly relation: DocumentRelation;
}

/**
 * A preceding invoice referred to (BG-3): by a credit note, a corrective or
 * a final invoice.
 *
 * @category Model
 * @since 0.1.0
 */
export interface PrecedingInvoice {
  /** Its number (BT-25). */
  readonly number: string;
  /** Its issue date (BT-26). */
  readonly issueDate: string;
}

/**
 * Any commercial document of the sales or the purchase side, in one shape:
 * quote, order, delivery note, pro forma, invoice, deposit invoice, credit
 * note, supplier order, goods receipt, supplier invoice.
 *
 * **Details**: amounts, prices and quantities are decimal strings, dates
 * `YYYY-MM-DD`. The totals are not stored: they are computed by
 * `computeDocumentTotals`, the one EN 16931 computation every output uses.
 * On purchase documents `seller` is our own business (the buyer) and the
 * counterparty is `supplier`.
 *
 * **Gotchas**: a credit note states its quantities and amounts positive;
 * its kind says it is a credit (EN 16931 type 381).
 *
 * @example
 * ```ts
 * import type { CommercialDocument } from '@tpe/invoicing';
 *
 * const draft: CommercialDocument = {
 *   id: 'doc-1',
 *   kind: 'invoice',
 *   status: 'draft',
 *   currency: 'EUR',
 *   seller: {
 *     legalName: 'Atelier Dupont',
 *     address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' },
 *     vatRegime: 'normal',
 *   },
 *   lines: [
 *     { id: '1', label: 'Chaise', quantity: '4', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' },
 *   ],
 * };
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export interface CommercialDocument {
  /** The caller's id of the document, 1 to 64 characters. */
  readonly id: string;
  /** What the document is. */
  readonly kind: DocumentKind;
  /** Where it is in its lifecycle; the statuses allowed depend on the kind ({@link DOCUMENT_STATUSES}). */
  readonly status: DocumentStatus;
  /** The number (BT-1): given when issued on the sales side, the supplier's on the purchase side. */
  readonly number?: string | undefined;
  /** The issue date (BT-2), set when issued. */
  readonly issueDate?: string | undefined;
  /** ISO 4217 code (BT-5): `"EUR"` for documents made in France. */
  readonly currency: string;
  /** Our business: the seller on sales documents, the buyer on purchase documents. */
  readonly seller: Seller;
  /** The customer, on sales documents. */
  readonly customer?: Customer | undefined;
  /** The supplier, on purchase documents. */
  readonly supplier?: Supplier | undefined;
  /** The lines (BG-25). */
  readonly lines: readonly DocumentLine[];
  /** Document-level allowances (BG-20). */
  readonly allowances?: readonly DocumentAllowanceCharge[] | undefined;
  /** Document-level charges (BG-21). */
  readonly charges?: readonly DocumentAllowanceCharge[] | undefined;
  /** For a quote: the last day it may be accepted. */
  readonly validUntil?: string | undefined;
  /** The actual delivery or performance date (BT-72). */
  readonly deliveryDate?: string | undefined;
  /** The payment due date (BT-9). */
  readonly dueDate?: string | undefined;
  /** The payment term the due date comes from. */
  readonly paymentTerm?: PaymentTerm | undefined;
  /** The buyer's reference (BT-10), e.g. a public buyer's service code. */
  readonly buyerReference?: string | undefined;
  /** The buyer's purchase order reference (BT-13). */
  readonly orderReference?: string | undefined;
  /** The invoices referred to (BG-3): by a credit note, a final invoice. */
  readonly precedingInvoices?: readonly PrecedingInvoice[] | undefined;
  /** The deposit invoices a final invoice deducts: their amounts make BT-113. */
  readonly deductedDeposits?: readonly DeductedDeposit[] | undefined;
  /** The other documents of the chain this one comes from or acts on. */
  readonly links?: readonly DocumentLink[] | undefined;
  /** Free notes printed on the document (BT-22). */
  readonly notes?: readonly string[] | undefined;
  /** The hash of the issued document's canonical content, set at issue. */
  readonly hash?: string | undefined;
  /** The hash of the document issued before it in the register. */
  readonly previousHash?: string | undefined;
}

/**
 * A zod schema for {@link CommercialDocument}: unknown keys refused at
 * every level, every part checked by its own schema, plus the rules between
 * fields: the status allowed for the kind (`status_not_allowed`), line ids
 * unique (`duplicate_line_id`), negative quantities only on invoices,
 * deposit invoices, credit notes and supplier invoices
 * (`negative_quantity_not_allowed`), one exemption reason and code per VAT
 * category and rate (`conflicting_exemption`). An unknown VAT category gives
 * the issue code `unknown_vat_category`.
 *
 * @example
 * ```ts
 * import { commercialDocumentSchema } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' };
 * const line = { id: '1', label: 'Chaise', quantity: '4', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' };
 * const draft = { id: 'doc-1', kind: 'invoice', status: 'draft', currency: 'EUR', seller, lines: [line] };
 * commercialDocumentSchema.safeParse(draft).success; // true
 * commercialDocumentSchema.safeParse({ ...draft, status: 'accepted' }).success; // false
 * commercialDocumentSchema.safeParse({ ...draft, kind: 'quote', lines: [{ ...line, quantity: '-4' }] }).success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const commercialDocumentSchema: z.ZodType<CommercialDocument> = z
  .strictObject({
    id: idSchema,
    status: documentStatusSchema,
    number: idSchema.optional(),
    issueDate: isoDateSchema.optional(),
    seller: sellerSchema,
    customer: customerSchema.optional(),
    supplier: supplierSchema.optional(),
    ...documentContentShape,
    validUntil: isoDateSchema.optional(),
    deliveryDate: isoDateSchema.optional(),
    dueDate: isoDateSchema.optional(),
    paymentTerm: paymentTermSchema.optional(),
    buyerReference: referenceSchema.optional(),
    orderReference: referenceSchema.optional(),
    precedingInvoices: z
      .array(z.strictObject({ number: idSchema, issueDate: isoDateSchema }))
      .max(LIST_LIMITS.documentAllowances)
      .optional(),
    links: z
      .array(
        z.strictObject({
          documentId: idSchema,
          relation: z.enum(RELATIONS),
        }),
      )
      .max(LIST_LIMITS.documentAllowances)
      .optional(),
    notes: notesSchema.optional(),
    hash: referenceSchema.optional(),
    previousHash: referenceSchema.optional(),
  })
  .check((context) => {
    const { kind, status } = context.value;
    if (!DOCUMENT_STATUSES[kind].includes(status)) {
      context.issues.push({
        code: 'custom',
        message: `A ${kind} cannot be ${status}: one of ${DOCUMENT_STATUSES[kind].join(', ')}`,
        input: status,
        path: ['status'],
        params: { code: 'status_not_allowed' },
      });
    }
    checkDocumentContent(context);
  });
