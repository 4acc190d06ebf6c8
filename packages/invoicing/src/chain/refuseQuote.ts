import { parseWithSchema } from '@tpe/core';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import { invalidTransition } from './internal/chainErrors.js';
import { expectKind } from './internal/sourceGuards.js';

/**
 * Records the customer's refusal of a sent quote (status `refused`).
 *
 * @param quote - a quote in `sent`
 * @returns a new quote; the input is not changed
 * @throws {@link TpeError} `INVALID_TRANSITION` unless the quote is sent;
 *   `INVALID_INPUT` for a document that is not a quote
 *
 * @example
 * ```ts
 * import { refuseQuote } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const sent = { id: 'Q-1', kind: 'quote', status: 'sent', currency: 'EUR', seller, lines: [] } as const;
 * refuseQuote(sent).status; // 'refused'
 * refuseQuote({ ...sent, status: 'accepted' }); // throws TpeError INVALID_TRANSITION
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function refuseQuote(quote: CommercialDocument): CommercialDocument {
  const read = parseWithSchema(commercialDocumentSchema, quote);
  expectKind(read, ['quote'], []);
  if (read.status !== 'sent') throw invalidTransition(read, 'refused');
  return { ...read, status: 'refused' };
}
