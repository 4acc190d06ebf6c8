import { currencyCodeSchema, isoDateSchema, parseWithSchema } from '@tpe/core';
import { type PaymentTerm, paymentTermSchema } from '@tpe/legal-fr';
import { z } from 'zod';
import { idSchema, notesSchema, referenceSchema } from '../internal/fields.js';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { type Customer, customerSchema } from '../model/Customer.js';
import { type Seller, sellerSchema } from '../model/Seller.js';
import type { ItemQuantity } from './ItemQuantity.js';
import { documentFromItems, itemLinesSchema } from './internal/documentFromItems.js';
import { checkUniqueLineIds } from './internal/linesFromItems.js';

/**
 * Input of {@link createQuote}.
 *
 * @example
 * ```ts
 * import type { CreateQuoteInput } from '@tpe/invoicing';
 *
 * const input: CreateQuoteInput = {
 *   id: 'Q-1',
 *   seller: { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' },
 *   customer: { id: 'C-1', kind: 'business', name: 'Client SAS', countryCode: 'FR', billingAddress: { lines: ['3 place Bellecour'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' } },
 *   lines: [{ item: { reference: 'CH-01', label: 'Chaise', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' }, quantity: '4' }],
 *   validUntil: '2026-04-30',
 * };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface CreateQuoteInput {
  /** The caller's id of the new quote. */
  readonly id: string;
  /** Our business. */
  readonly seller: Seller;
  /** The customer the quote is for. */
  readonly customer: Customer;
  /** The items and quantities, one line each, at least one. */
  readonly lines: readonly ItemQuantity[];
  /** The last day the quote may be accepted; without it the quote never expires. */
  readonly validUntil?: string | undefined;
  /** ISO 4217 code; `"EUR"` by default. */
  readonly currency?: string | undefined;
  /** The payment term proposed; the customer's own applies at invoicing otherwise. */
  readonly paymentTerm?: PaymentTerm | undefined;
  /** The buyer's reference (BT-10). */
  readonly buyerReference?: string | undefined;
  /** Free notes printed on the quote. */
  readonly notes?: readonly string[] | undefined;
}

/**
 * A zod schema for {@link CreateQuoteInput}: unknown keys refused, at least
 * one line, line ids unique (`duplicate_line_id`), quantities above zero
 * (`quantity_not_positive`).
 *
 * @example
 * ```ts
 * import { createQuoteInputSchema } from '@tpe/invoicing';
 *
 * createQuoteInputSchema.safeParse({ id: 'Q-1', lines: [] }).success; // false
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const createQuoteInputSchema: z.ZodType<CreateQuoteInput> = z
  .strictObject({
    id: idSchema,
    seller: sellerSchema,
    customer: customerSchema,
    lines: itemLinesSchema,
    validUntil: isoDateSchema.optional(),
    currency: currencyCodeSchema.optional(),
    paymentTerm: paymentTermSchema.optional(),
    buyerReference: referenceSchema.optional(),
    notes: notesSchema.optional(),
  })
  .check(checkUniqueLineIds);

/**
 * Creates a quote (devis) in `draft` from catalogue items and quantities:
 * each line takes the item's label, unit, unit price excluding VAT, VAT and
 * nature (or the `unitPrice` given for the line).
 *
 * **Details**: a quote is not an invoice: no numbering rule of law applies
 * to it. Send it with {@link sendQuote}, which dates it; the customer then
 * accepts or refuses it, or it expires after `validUntil`.
 *
 * @param input - the parties, items, quantities and validity
 * @returns a new quote in `draft`, its lines numbered from `"1"` unless ids are given
 * @throws {@link TpeError} `INVALID_INPUT` (see {@link createQuoteInputSchema})
 *
 * @example
 * ```ts
 * import { createQuote } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const customer = { id: 'C-1', kind: 'business', name: 'Client SAS', countryCode: 'FR', billingAddress: { lines: ['3 place Bellecour'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' } } as const;
 * const chair = { reference: 'CH-01', label: 'Chaise', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 *
 * const quote = createQuote({ id: 'Q-1', seller, customer, lines: [{ item: chair, quantity: '4' }], validUntil: '2026-04-30' });
 * [quote.kind, quote.status]; // ['quote', 'draft']
 * quote.lines.map((line) => [line.id, line.label, line.quantity, line.unitPrice]); // [['1', 'Chaise', '4', '89.90']]
 * createQuote({ id: 'Q-2', seller, customer, lines: [{ item: chair, quantity: '0' }] }); // throws TpeError INVALID_INPUT
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function createQuote(input: CreateQuoteInput): CommercialDocument {
  const read = parseWithSchema(createQuoteInputSchema, input);
  return documentFromItems(
    'quote',
    read,
    { seller: read.seller, customer: read.customer },
    (request) => request.unitPrice ?? request.item.unitPrice,
    {
      ...(read.validUntil === undefined ? {} : { validUntil: read.validUntil }),
      ...(read.paymentTerm === undefined ? {} : { paymentTerm: read.paymentTerm }),
      ...(read.buyerReference === undefined ? {} : { buyerReference: read.buyerReference }),
    },
  );
}
