import type { CommercialDocument, Customer } from '@tpe/invoicing';
import { type LegalMention, latePenaltyRate, legalMentions } from '@tpe/legal-fr';
import { appliesVatOnDebits } from './appliesVatOnDebits.js';

/**
 * The payment sentences of an invoice when the caller gives none: written by
 * `legalMentions` of `@tpe/legal-fr` from the document — its due date (else
 * payment on receipt), no escompte for a professional or public buyer, the
 * statutory late-penalty rate of the issue date's half-year (ECB rate + 10
 * points between businesses, + 8 points for a public buyer, none for a
 * consumer), the 40 € indemnity, and the option for VAT on debits.
 *
 * @throws {@link TpeError} `RATE_UNKNOWN` (from `latePenaltyRate`) when the
 *   issue date is beyond the shipped ECB rate table
 */
export function defaultPaymentMentions(
  document: CommercialDocument & { readonly issueDate: string; readonly customer: Customer },
): readonly LegalMention[] {
  const { kind } = document.customer;
  const rate =
    kind === 'consumer'
      ? undefined
      : latePenaltyRate({
          date: document.issueDate,
          regime: kind === 'publicBuyer' ? 'publicBuyer' : 'b2bDefault',
        }).rate;
  return legalMentions({
    customerKind: kind,
    ...(document.dueDate === undefined
      ? { paymentOnReceipt: true }
      : { dueDate: document.dueDate }),
    ...(rate === undefined ? {} : { latePenaltyRate: rate }),
    ...(appliesVatOnDebits(document) ? { vatOnDebitsOption: true } : {}),
  });
}
