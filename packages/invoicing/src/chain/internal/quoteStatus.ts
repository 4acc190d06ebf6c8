import { compareDates } from '@tpe/core';
import type { CommercialDocument } from '../../model/CommercialDocument.js';
import type { QuoteStatus } from '../../model/DocumentStatus.js';

/**
 * The status of a quote on `asOf`: a sent quote whose `validUntil` is before
 * `asOf` is expired (it may be accepted up to that day included).
 */
export function quoteStatusOn(quote: CommercialDocument, asOf: string): QuoteStatus {
  const status = quote.status as QuoteStatus;
  if (
    status === 'sent' &&
    quote.validUntil !== undefined &&
    compareDates(quote.validUntil, asOf) < 0
  ) {
    return 'expired';
  }
  return status;
}
