import { isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import type { QuoteStatus } from '../model/DocumentStatus.js';
import { quoteStatusOn } from './internal/quoteStatus.js';
import { expectKind } from './internal/sourceGuards.js';

const argumentsSchema = z.strictObject({ quote: commercialDocumentSchema, asOf: isoDateSchema });

/**
 * The status of a quote on a given day: `expired` for a sent quote whose
 * `validUntil` has passed, its recorded status otherwise.
 *
 * **When to use**: to list the quotes still open without first recording
 * each expiry with {@link expireQuote}. A quote may be accepted up to its
 * `validUntil` included.
 *
 * @param quote - a quote
 * @param asOf - the day, `YYYY-MM-DD`
 * @throws {@link TpeError} `INVALID_INPUT` for a document that is not a quote or a bad date
 *
 * @example
 * ```ts
 * import { quoteStatusAsOf } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const quote = { id: 'Q-1', kind: 'quote', status: 'sent', currency: 'EUR', seller, lines: [], validUntil: '2026-04-30' } as const;
 * quoteStatusAsOf(quote, '2026-04-30'); // 'sent'
 * quoteStatusAsOf(quote, '2026-05-01'); // 'expired'
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function quoteStatusAsOf(quote: CommercialDocument, asOf: string): QuoteStatus {
  const read = parseWithSchema(argumentsSchema, { quote, asOf });
  expectKind(read.quote, ['quote'], ['quote']);
  return quoteStatusOn(read.quote, read.asOf);
}
