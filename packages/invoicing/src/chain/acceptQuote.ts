import { compareDates, isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import { invalidInput, invalidTransition } from './internal/chainErrors.js';
import { quoteStatusOn } from './internal/quoteStatus.js';
import { expectKind } from './internal/sourceGuards.js';

const argumentsSchema = z.strictObject({ quote: commercialDocumentSchema, asOf: isoDateSchema });

/**
 * Records the customer's acceptance of a sent quote on `asOf` (status
 * `accepted`), which {@link orderFromQuote} then turns into a sales order.
 *
 * **Gotchas**: a quote past its `validUntil` on `asOf` is expired and can no
 * longer be accepted, even if its expiry was never recorded; make a new
 * quote.
 *
 * @param quote - a quote in `sent`
 * @param asOf - the day of the acceptance, `YYYY-MM-DD`
 * @returns a new quote; the input is not changed
 * @throws {@link TpeError} `INVALID_TRANSITION` unless the quote is sent and
 *   still valid on `asOf` (`details.from` is `expired` for an expired one);
 *   `INVALID_INPUT` for a day before the quote's date (`before_issue_date`)
 *
 * @example
 * ```ts
 * import { acceptQuote } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const sent = { id: 'Q-1', kind: 'quote', status: 'sent', issueDate: '2026-03-02', currency: 'EUR', seller, lines: [], validUntil: '2026-04-30' } as const;
 * acceptQuote(sent, '2026-03-20').status; // 'accepted'
 * acceptQuote(sent, '2026-05-04'); // throws TpeError INVALID_TRANSITION
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function acceptQuote(quote: CommercialDocument, asOf: string): CommercialDocument {
  const read = parseWithSchema(argumentsSchema, { quote, asOf });
  expectKind(read.quote, ['quote'], ['quote']);
  const status = quoteStatusOn(read.quote, read.asOf);
  if (status !== 'sent') throw invalidTransition(read.quote, 'accepted', status);
  if (read.quote.issueDate !== undefined && compareDates(read.asOf, read.quote.issueDate) < 0) {
    throw invalidInput(
      ['asOf'],
      'before_issue_date',
      `The quote ${read.quote.id} was sent on ${read.quote.issueDate}, it cannot be accepted on ${read.asOf}`,
    );
  }
  return { ...read.quote, status: 'accepted' };
}
