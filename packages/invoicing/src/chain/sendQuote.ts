import { compareDates, isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import { invalidInput, invalidTransition } from './internal/chainErrors.js';
import { expectKind } from './internal/sourceGuards.js';

const argumentsSchema = z.strictObject({ quote: commercialDocumentSchema, asOf: isoDateSchema });

/**
 * Records that a draft quote was sent to the customer on `asOf`: status
 * `sent`, and `asOf` as its date (`issueDate`) unless it already has one.
 *
 * @param quote - a quote in `draft`
 * @param asOf - the day it is sent, `YYYY-MM-DD`, not after `validUntil`
 * @returns a new quote; the input is not changed
 * @throws {@link TpeError} `INVALID_TRANSITION` unless the quote is a draft;
 *   `INVALID_INPUT` for a day after `validUntil` (`after_valid_until`) or a
 *   document that is not a quote
 *
 * @example
 * ```ts
 * import { sendQuote } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const draft = { id: 'Q-1', kind: 'quote', status: 'draft', currency: 'EUR', seller, lines: [], validUntil: '2026-04-30' } as const;
 * const sent = sendQuote(draft, '2026-03-02');
 * [sent.status, sent.issueDate]; // ['sent', '2026-03-02']
 * sendQuote(sent, '2026-03-03'); // throws TpeError INVALID_TRANSITION
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function sendQuote(quote: CommercialDocument, asOf: string): CommercialDocument {
  const read = parseWithSchema(argumentsSchema, { quote, asOf });
  expectKind(read.quote, ['quote'], ['quote']);
  if (read.quote.status !== 'draft') throw invalidTransition(read.quote, 'sent');
  if (read.quote.validUntil !== undefined && compareDates(read.asOf, read.quote.validUntil) > 0) {
    throw invalidInput(
      ['asOf'],
      'after_valid_until',
      `The quote ${read.quote.id} is valid until ${read.quote.validUntil}, it cannot be sent on ${read.asOf}`,
    );
  }
  return { ...read.quote, status: 'sent', issueDate: read.quote.issueDate ?? read.asOf };
}
