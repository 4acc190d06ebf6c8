import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import { invalidTransition } from './internal/chainErrors.js';
import { draftFrom } from './internal/draftFrom.js';
import { copyLines } from './internal/sliceLines.js';
import { expectKind } from './internal/sourceGuards.js';

/**
 * Options of {@link proFormaFromQuote}.
 *
 * @example
 * ```ts
 * import type { ProFormaFromQuoteOptions } from '@tpe/invoicing';
 *
 * const options: ProFormaFromQuoteOptions = { id: 'PF-1' };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface ProFormaFromQuoteOptions {
  /** The caller's id of the new pro forma. */
  readonly id: string;
}

/**
 * A zod schema for {@link ProFormaFromQuoteOptions}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { proFormaFromQuoteOptionsSchema } from '@tpe/invoicing';
 *
 * proFormaFromQuoteOptionsSchema.safeParse({ id: 'PF-1' }).success; // true
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const proFormaFromQuoteOptionsSchema: z.ZodType<ProFormaFromQuoteOptions> = z.strictObject({
  id: idSchema,
});

const argumentsSchema = z.strictObject({
  quote: commercialDocumentSchema,
  options: proFormaFromQuoteOptionsSchema,
});

/**
 * Makes a pro forma invoice from a sent or accepted quote: the same parties,
 * lines and allowances, for the customer to pay in advance or to obtain
 * financing.
 *
 * **Gotchas**: a pro forma is not an invoice: it takes no number of the
 * invoice series, records no sale and carries no VAT due; the invoice comes
 * later, from the order or the deliveries.
 *
 * @param quote - a quote in `sent` or `accepted`
 * @param options - the pro forma's id
 * @returns a new pro forma in `draft`, linked to the quote
 * @throws {@link TpeError} `INVALID_TRANSITION` for a quote in another status
 *
 * @example
 * ```ts
 * import { proFormaFromQuote } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = { id: '1', label: 'Chaise', quantity: '4', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const quote = { id: 'Q-1', kind: 'quote', status: 'sent', currency: 'EUR', seller, lines: [line] } as const;
 *
 * const proForma = proFormaFromQuote(quote, { id: 'PF-1' });
 * [proForma.kind, proForma.status, proForma.lines.length]; // ['proForma', 'draft', 1]
 * proFormaFromQuote({ ...quote, status: 'refused' }, { id: 'PF-2' }); // throws TpeError INVALID_TRANSITION
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function proFormaFromQuote(
  quote: CommercialDocument,
  options: ProFormaFromQuoteOptions,
): CommercialDocument {
  const read = parseWithSchema(argumentsSchema, { quote, options });
  const source = read.quote;
  expectKind(source, ['quote'], ['quote']);
  if (source.status !== 'sent' && source.status !== 'accepted') {
    throw invalidTransition(source, 'proForma');
  }
  return draftFrom(source, {
    id: read.options.id,
    kind: 'proForma',
    lines: copyLines(source),
    ...(source.allowances === undefined ? {} : { allowances: source.allowances }),
    ...(source.charges === undefined ? {} : { charges: source.charges }),
    ...(source.paymentTerm === undefined ? {} : { paymentTerm: source.paymentTerm }),
    links: [{ documentId: source.id, relation: 'convertedFrom' }],
  });
}
