import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { quoteStatusAsOf } from '../chain/quoteStatusAsOf.js';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import { amountOf, unitsOf } from '../payments/internal/amounts.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { percentOf } from './internal/ratios.js';
import {
  checkPeriod,
  inPeriod,
  type StatisticsPeriod,
  statisticsPeriodShape,
} from './internal/statisticsPeriod.js';

/**
 * Options of {@link quoteConversionRate}.
 *
 * @example
 * ```ts
 * import type { QuoteConversionOptions } from '@tpe/invoicing';
 *
 * const options: QuoteConversionOptions = { asOf: '2026-06-30', from: '2026-01-01', expired: 'undecided' };
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface QuoteConversionOptions extends StatisticsPeriod {
  /** The day of the figures: each quote's status on that day. */
  readonly asOf: string;
  /** The first sending date counted; none by default. */
  readonly from?: string | undefined;
  /** The last sending date counted; `asOf` by default (and never after it). */
  readonly to?: string | undefined;
  /**
   * How expired quotes count: `'lost'` (default) as decided and not accepted,
   * like refused ones; `'undecided'` left out of the rate, like quotes still
   * open.
   */
  readonly expired?: 'lost' | 'undecided' | undefined;
}

/**
 * What {@link quoteConversionRate} returns.
 *
 * @example
 * ```ts
 * import type { QuoteConversion } from '@tpe/invoicing';
 *
 * const conversion: QuoteConversion = {
 *   asOf: '2026-06-30', sent: 4, accepted: 1, refused: 1, expired: 1, open: 1, decided: 3,
 *   rate: '33.33', acceptedAmount: '500.00', decidedAmount: '1500.00', amountRate: '33.33',
 * };
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface QuoteConversion {
  /** The day of the figures. */
  readonly asOf: string;
  /** Quotes sent in the period. */
  readonly sent: number;
  /** Of them, accepted. */
  readonly accepted: number;
  /** Refused. */
  readonly refused: number;
  /** Expired on `asOf` (recorded, or sent and past their `validUntil`). */
  readonly expired: number;
  /** Still sent and valid on `asOf`. */
  readonly open: number;
  /** Accepted + refused (+ expired, unless `expired: 'undecided'`). */
  readonly decided: number;
  /** `accepted / decided × 100`, 2 decimals; `null` when nothing is decided. */
  readonly rate: string | null;
  /** The total excluding VAT (BT-109) of the accepted quotes. */
  readonly acceptedAmount: string;
  /** The total excluding VAT of the decided quotes. */
  readonly decidedAmount: string;
  /** `acceptedAmount / decidedAmount × 100`, 2 decimals; `null` when zero. */
  readonly amountRate: string | null;
}

const inputSchema = z.strictObject({
  documents: z.array(commercialDocumentSchema).max(1_000_000),
  options: z
    .strictObject({
      ...statisticsPeriodShape,
      expired: z.enum(['lost', 'undecided']).optional(),
    })
    .check(checkPeriod),
});

/**
 * The share of quotes the customers accepted: accepted / decided, over the
 * quotes sent in a period, as of a date, by count and by amount.
 *
 * **Definitions**: a quote counts when it was sent (it has an issue date,
 * the day it was sent) in the period and not after `asOf`; drafts do not.
 * Its status is the one on `asOf` (`quoteStatusAsOf`): a sent quote past its
 * `validUntil` is expired even if the expiry was never recorded. A quote is
 * decided when accepted or refused, and when expired unless `expired:
 * 'undecided'`. Amounts are totals excluding VAT (BT-109).
 *
 * **Gotchas**: the model keeps no date of acceptance or refusal: a quote
 * accepted after `asOf` but recorded so counts as accepted. Other documents
 * than quotes are ignored.
 *
 * @param documents - any documents; only quotes are read
 * @param options - `asOf`, the period, how expired quotes count
 * @returns the counts, the amounts and the rates
 * @throws {@link TpeError} `INVALID_INPUT` for bad documents or options
 *   (`from_after_to`)
 *
 * @example
 * ```ts
 * import { quoteConversionRate } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = { id: '1', label: 'Étude', quantity: '1', unitCode: 'C62', unitPrice: '500', vat: { category: 'S', rate: '20' }, nature: 'service' } as const;
 * const quote = { kind: 'quote', currency: 'EUR', seller, lines: [line], issueDate: '2026-03-02', validUntil: '2026-04-01' } as const;
 * const quotes = [
 *   { ...quote, id: 'Q-1', status: 'accepted' },
 *   { ...quote, id: 'Q-2', status: 'refused' },
 *   { ...quote, id: 'Q-3', status: 'sent' },
 *   { ...quote, id: 'Q-4', status: 'sent', validUntil: '2026-12-31' },
 * ] as const;
 * // Q-3 expired on 04-02: decided = 3, accepted 1 → 33.33 %
 * const conversion = quoteConversionRate(quotes, { asOf: '2026-04-15' });
 * [conversion.decided, conversion.open, conversion.rate]; // [3, 1, '33.33']
 * quoteConversionRate(quotes, { asOf: '2026-04-15', expired: 'undecided' }).rate; // '50.00'
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export function quoteConversionRate(
  documents: readonly CommercialDocument[],
  options: QuoteConversionOptions,
): QuoteConversion {
  const parsed = parseWithSchema(inputSchema, { documents, options });
  const expiredDecided = parsed.options.expired !== 'undecided';
  const counts = { accepted: 0, refused: 0, expired: 0, open: 0 };
  let acceptedAmount = 0n;
  let decidedAmount = 0n;
  for (const quote of parsed.documents) {
    if (quote.kind !== 'quote' || quote.issueDate === undefined) continue;
    if (!inPeriod(quote.issueDate, parsed.options)) continue;
    const status = quoteStatusAsOf(quote, parsed.options.asOf);
    if (status === 'draft') continue;
    const counted = status === 'sent' ? 'open' : status;
    counts[counted] += 1;
    if (counted === 'open' || (counted === 'expired' && !expiredDecided)) continue;
    const amount = unitsOf(computeDocumentTotals(quote).taxExclusiveAmount);
    decidedAmount += amount;
    if (counted === 'accepted') acceptedAmount += amount;
  }
  const decided = counts.accepted + counts.refused + (expiredDecided ? counts.expired : 0);
  return {
    asOf: parsed.options.asOf,
    sent: counts.accepted + counts.refused + counts.expired + counts.open,
    ...counts,
    decided,
    rate: percentOf(BigInt(counts.accepted), BigInt(decided)),
    acceptedAmount: amountOf(acceptedAmount),
    decidedAmount: amountOf(decidedAmount),
    amountRate: percentOf(acceptedAmount, decidedAmount),
  };
}
