import { isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import { invalidTransition } from './internal/chainErrors.js';
import { quoteStatusOn } from './internal/quoteStatus.js';
import { expectKind } from './internal/sourceGuards.js';

const argumentsSchema = z.strictObject({ quote: commercialDocumentSchema, asOf: isoDateSchema });

/**
 * Records that a sent quote expired: status `expired`, allowed once its
 * `validUntil` is before `asOf`.
 *
 * @param quote - a quote in `sent` with a `validUntil`
 * @param asOf - the day, `YYYY-MM-DD`
 * @returns a new quote; the input is not changed
 * @throws {@link TpeError} `INVALID_TRANSITION` for a quote not sent, or
 *   still valid on `asOf` (`details.from` is `sent`)
 *
 * @example
 * ```ts
 * import { expireQuote } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const sent = { id: 'Q-1', kind: 'quote', status: 'sent', currency: 'EUR', seller, lines: [], validUntil: '2026-04-30' } as const;
 * expireQuote(sent, '2026-05-01').status; // 'expired'
 * expireQuote(sent, '2026-04-30'); // throws TpeError INVALID_TRANSITION
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function expireQuote(quote: CommercialDocument, asOf: string): CommercialDocument {
  const read = parseWithSchema(argumentsSchema, { quote, asOf });
  expectKind(read.quote, ['quote'], ['quote']);
  if (quoteStatusOn(read.quote, read.asOf) !== 'expired' || read.quote.status !== 'sent') {
    throw invalidTransition(read.quote, 'expired');
  }
  return { ...read.quote, status: 'expired' };
}
