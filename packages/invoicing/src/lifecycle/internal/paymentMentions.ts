import {
  type CustomerKind,
  type LatePenaltyRegime,
  type LegalMention,
  type LegalMentionsInput,
  latePenaltyRate,
  legalMentions,
  type PreparedRateTables,
  type RateTables,
} from '@tpe/legal-fr';
import type { IssueOptions } from '../issue.js';

/** How the statutory late-penalty rate is stated: as the figure of the half-year, or by its rule. */
export type StatutoryPenaltyMention = NonNullable<IssueOptions['statutoryPenaltyMention']>;

/** What the payment sentences of an issued document are written from. */
export interface PaymentMentionsInput {
  readonly customerKind: CustomerKind;
  readonly issueDate: string;
  readonly dueDate: string | undefined;
  /** A rate agreed with a professional customer or a consumer, in percent. */
  readonly contractualRate: string | undefined;
  readonly statutoryMention: StatutoryPenaltyMention;
  readonly escompte: LegalMentionsInput['escompte'];
  /** Whether to state the option for VAT on debits. */
  readonly vatOnDebits: boolean;
  readonly tables: RateTables | PreparedRateTables | undefined;
}

/**
 * The payment sentences of an invoice or credit note, by `legalMentions`:
 * payment date, escompte, late penalties (the agreed rate, else the
 * statutory rate: ECB + 10 points between businesses, ECB + 8 points for a
 * public buyer, none for a consumer), the 40 € indemnity, and the
 * VAT-on-debits statement. The statutory rate is the figure of the issue
 * date's half-year (`latePenaltyRate`), or with `statutoryMention: 'rule'`
 * its rule (`statutoryPenaltyRule` of `legalMentions`). Without a due date
 * the payment-date sentence is left out, for the mention check to report it.
 */
export function paymentMentions(input: PaymentMentionsInput): readonly LegalMention[] {
  const { customerKind, dueDate } = input;
  const regime: LatePenaltyRegime = customerKind === 'publicBuyer' ? 'publicBuyer' : 'b2bDefault';
  const statutory =
    customerKind === 'publicBuyer' ||
    (customerKind === 'business' && input.contractualRate === undefined);
  const byRule = statutory && input.statutoryMention === 'rule';
  const rate =
    statutory && !byRule
      ? latePenaltyRate({ date: input.issueDate, regime, tables: input.tables }).rate
      : input.contractualRate;
  const undated = dueDate === undefined && customerKind !== 'consumer';
  const mentions = legalMentions({
    customerKind,
    ...(dueDate === undefined ? {} : { dueDate }),
    ...(undated ? { paymentOnReceipt: true } : {}),
    ...(rate === undefined ? {} : { latePenaltyRate: rate }),
    ...(byRule ? { statutoryPenaltyRule: regime } : {}),
    ...(input.escompte === undefined ? {} : { escompte: input.escompte }),
    ...(input.vatOnDebits ? { vatOnDebitsOption: true } : {}),
  });
  return undated ? mentions.filter((mention) => mention.id !== 'paymentDate') : mentions;
}
