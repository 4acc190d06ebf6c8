import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import { invalidTransition } from './internal/chainErrors.js';
import { draftFrom } from './internal/draftFrom.js';
import { copyLines } from './internal/sliceLines.js';
import { expectKind } from './internal/sourceGuards.js';

/**
 * Options of {@link orderFromQuote}.
 *
 * @example
 * ```ts
 * import type { OrderFromQuoteOptions } from '@tpe/invoicing';
 *
 * const options: OrderFromQuoteOptions = { id: 'SO-1', orderReference: 'PO-7781' };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface OrderFromQuoteOptions {
  /** The caller's id of the new order. */
  readonly id: string;
  /** The customer's purchase order number (BT-13), printed on the invoices (C. com. L441-9). */
  readonly orderReference?: string | undefined;
}

/**
 * A zod schema for {@link OrderFromQuoteOptions}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { orderFromQuoteOptionsSchema } from '@tpe/invoicing';
 *
 * orderFromQuoteOptionsSchema.safeParse({ id: 'SO-1' }).success; // true
 * orderFromQuoteOptionsSchema.safeParse({ id: '' }).success; // false
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const orderFromQuoteOptionsSchema: z.ZodType<OrderFromQuoteOptions> = z.strictObject({
  id: idSchema,
  orderReference: z.string().min(1).max(200).optional(),
});

const argumentsSchema = z.strictObject({
  quote: commercialDocumentSchema,
  options: orderFromQuoteOptionsSchema,
});

/**
 * Turns an accepted quote into a sales order in `draft`: the same parties,
 * lines, prices and document-level allowances and charges, each line's
 * `source` pointing at the quote line and a `convertedFrom` link to the
 * quote.
 *
 * @param quote - a quote in `accepted`
 * @param options - the order's id and the customer's purchase order number
 * @returns a new sales order; the quote is not changed
 * @throws {@link TpeError} `INVALID_TRANSITION` unless the quote is accepted;
 *   `INVALID_INPUT` for a document that is not a quote or bad options
 *
 * @example
 * ```ts
 * import { orderFromQuote } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = { id: '1', label: 'Chaise', quantity: '4', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const quote = { id: 'Q-1', kind: 'quote', status: 'accepted', currency: 'EUR', seller, lines: [line] } as const;
 *
 * const order = orderFromQuote(quote, { id: 'SO-1', orderReference: 'PO-7781' });
 * [order.kind, order.status, order.orderReference]; // ['salesOrder', 'draft', 'PO-7781']
 * order.lines[0]?.source; // { documentId: 'Q-1', lineId: '1' }
 * order.links; // [{ documentId: 'Q-1', relation: 'convertedFrom' }]
 * orderFromQuote({ ...quote, status: 'sent' }, { id: 'SO-2' }); // throws TpeError INVALID_TRANSITION
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function orderFromQuote(
  quote: CommercialDocument,
  options: OrderFromQuoteOptions,
): CommercialDocument {
  const read = parseWithSchema(argumentsSchema, { quote, options });
  const source = read.quote;
  expectKind(source, ['quote'], ['quote']);
  if (source.status !== 'accepted') throw invalidTransition(source, 'salesOrder');
  return draftFrom(source, {
    id: read.options.id,
    kind: 'salesOrder',
    lines: copyLines(source),
    ...(source.allowances === undefined ? {} : { allowances: source.allowances }),
    ...(source.charges === undefined ? {} : { charges: source.charges }),
    ...(source.paymentTerm === undefined ? {} : { paymentTerm: source.paymentTerm }),
    ...(read.options.orderReference === undefined
      ? {}
      : { orderReference: read.options.orderReference }),
    links: [{ documentId: source.id, relation: 'convertedFrom' }],
  });
}
