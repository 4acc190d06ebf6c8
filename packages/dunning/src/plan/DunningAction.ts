import type { TraceStep } from '@tpe/legal-fr';
import type { Amount } from '../input/Amount.js';
import type { DunningChannel } from '../input/DunningChannel.js';
import type { DunningHistoryKind } from '../input/DunningHistoryEntry.js';
import type { DunningMessage } from '../messages/renderDunningMessage.js';
import type { DunningHandOverTarget } from '../policy/DunningPolicy.js';

/**
 * One receivable in a planned action, with what is claimed on it.
 *
 * @example
 * ```ts
 * import type { DunningActionReceivable } from '@tpe/dunning';
 *
 * const line: DunningActionReceivable = {
 *   receivableId: 'inv-1',
 *   number: 'F2026-0001',
 *   issueDate: '2026-02-14',
 *   dueDate: '2026-03-16',
 *   amount: '1200.00',
 *   outstanding: '1200.00',
 *   daysLate: 30,
 *   penalty: '11.98',
 *   indemnity: '40.00',
 *   previousLevel: 1,
 * };
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export interface DunningActionReceivable {
  /** The receivable's id. */
  readonly receivableId: string;
  /** Its number. */
  readonly number: string;
  /** Its issue date. */
  readonly issueDate: string;
  /** The due date reminded: the receivable's, or its earliest unpaid instalment's. */
  readonly dueDate: string;
  /** Its amount including VAT. */
  readonly amount: Amount;
  /** What is claimed of it: the outstanding as of the action's day (only the instalments due, for an invoice paid in instalments). */
  readonly outstanding: Amount;
  /** Days from `dueDate` to the action's day; zero or less for a courtesy reminder. */
  readonly daysLate: number;
  /** Late-payment interest claimed on it at the action's day; `"0.00"` when the level claims none. */
  readonly penalty: Amount;
  /** The recovery indemnity claimed on it: `"40.00"` or `"0.00"`. */
  readonly indemnity: Amount;
  /** The level it had reached before this action (from the history); -1 for none. */
  readonly previousLevel: number;
}

/**
 * The totals of an action, in its currency.
 *
 * @example
 * ```ts
 * import type { DunningActionAmounts } from '@tpe/dunning';
 *
 * const amounts: DunningActionAmounts = {
 *   currency: 'EUR',
 *   outstanding: '1200.00',
 *   penalties: '11.98',
 *   indemnities: '40.00',
 *   claimed: '1251.98',
 *   credits: '0.00',
 * };
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export interface DunningActionAmounts {
  /** ISO 4217 code of every amount of the action. */
  readonly currency: string;
  /** Σ outstanding of its receivables. */
  readonly outstanding: Amount;
  /** Σ penalties. */
  readonly penalties: Amount;
  /** Σ indemnities. */
  readonly indemnities: Amount;
  /** `outstanding + penalties + indemnities`. */
  readonly claimed: Amount;
  /**
   * The customer's credit notes and unallocated payments in this currency,
   * not deducted from `claimed`: allocate them in your ledger first.
   */
  readonly credits: Amount;
}

/**
 * A penalty claim ready to be issued as its own document (late-payment
 * interest and indemnity are outside the scope of VAT, and never change the
 * invoices they come from).
 *
 * @example
 * ```ts
 * import type { DraftPenaltyClaim } from '@tpe/dunning';
 *
 * const claim: DraftPenaltyClaim = {
 *   customerId: 'c-1',
 *   date: '2026-04-15',
 *   currency: 'EUR',
 *   lines: [{ receivableId: 'inv-1', number: 'F2026-0001', dueDate: '2026-03-16', daysLate: 30, penalty: '11.98', indemnity: '40.00' }],
 *   penalties: '11.98',
 *   indemnities: '40.00',
 *   total: '51.98',
 * };
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export interface DraftPenaltyClaim {
  /** Who owes it. */
  readonly customerId: string;
  /** The day the amounts were computed at. */
  readonly date: string;
  /** ISO 4217 code of the amounts. */
  readonly currency: string;
  /** One line per late receivable with something claimed. */
  readonly lines: readonly {
    readonly receivableId: string;
    readonly number: string;
    readonly dueDate: string;
    readonly daysLate: number;
    readonly penalty: Amount;
    readonly indemnity: Amount;
  }[];
  /** Σ penalties. */
  readonly penalties: Amount;
  /** Σ indemnities. */
  readonly indemnities: Amount;
  /** `penalties + indemnities`, no VAT. */
  readonly total: Amount;
}

/**
 * The work a task asks a person to do.
 *
 * - `handOver`: hand the file to `to` after the last level;
 * - `claimDeclaration`: declare the claim to the mandataire judiciaire of
 *   an insolvency procedure, by `declareBy` at the latest (two months from
 *   the publication of the opening judgment in the BODACC, which comes
 *   after the opening: the date given, counted from the opening, is an
 *   early bound — period unverified).
 *
 * @example
 * ```ts
 * import type { DunningTask } from '@tpe/dunning';
 *
 * const task: DunningTask = { kind: 'handOver', to: 'injunctionToPay' };
 * ```
 *
 * @see C. com. L622-24, R622-24 (declaration of claims); C. proc. civ. 1405 (injonction de payer)
 * @category Plan
 * @since 0.1.0
 */
export type DunningTask =
  | { readonly kind: 'handOver'; readonly to: DunningHandOverTarget }
  | {
      readonly kind: 'claimDeclaration';
      readonly procedure: 'safeguard' | 'receivership' | 'liquidation';
      readonly openedOn: string;
      readonly declareBy: string;
    };

/**
 * One action planned for a day: a reminder at a level of the policy, or a
 * task (hand-over, claim declaration). Record it with `recordAction` once
 * it is done.
 *
 * @example
 * ```ts
 * import type { DunningAction } from '@tpe/dunning';
 *
 * function summary(action: DunningAction): string {
 *   return `${action.date} ${action.customerId} level ${action.level} by ${action.channel}`;
 * }
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export interface DunningAction {
  /**
   * A stable id made of the day, the customer, the level id (or the task
   * kind) and, for a currency other than EUR, the currency:
   * `2026-04-07/c-1/firstReminder`.
   */
  readonly id: string;
  /** `reminder`, `handOver` or `claimDeclaration`. */
  readonly kind: DunningHistoryKind;
  /** The day it is planned for (the plan's `asOf`). */
  readonly date: string;
  /** The customer's id. */
  readonly customerId: string;
  /** The level's index in the customer's segment (for a task: the number of levels). */
  readonly level: number;
  /** The level's id; absent for a task. */
  readonly levelId?: string | undefined;
  /** The customer's segment. */
  readonly segment: string;
  /** How to carry it out. */
  readonly channel: DunningChannel;
  /** The receivables concerned, by due date. */
  readonly receivables: readonly DunningActionReceivable[];
  /** Their totals. */
  readonly amounts: DunningActionAmounts;
  /** Whether penalties and indemnities are claimed. */
  readonly claimsPenalties: boolean;
  /** The deadline to pay stated by the message, for a level with `replyWithinDays`. */
  readonly replyBy?: string | undefined;
  /**
   * The message to send (the script of a call); absent for a task. Written
   * on first read and then kept (an own getter: `JSON.stringify`, a spread
   * copy and deep equality read it), as letters cost far more than plans;
   * a custom template in error is found when the plan is made, not here.
   */
  readonly message?: DunningMessage | undefined;
  /** The work to do, for a task. */
  readonly task?: DunningTask | undefined;
  /** The penalty claim to issue, when asked for and something is claimed. */
  readonly penaltyClaim?: DraftPenaltyClaim | undefined;
  /** Why this action, this level and this day; for a reminder, written on first read like `message`. */
  readonly trace: readonly TraceStep[];
}

/**
 * Why a receivable or a customer gets no action on the day:
 *
 * - `paid`: nothing outstanding;
 * - `notIssued`: issued after the day of the plan;
 * - `excluded`, `disputed`, `promiseToPay`, `paymentPlan`: suspended;
 * - `noDunning`: the customer is never dunned;
 * - `insolvency`: a collective procedure is open (see the claim declaration);
 * - `handedOver`: the file was handed over after the last level;
 * - `lastLevelReached`: the last level was sent and the policy has no hand-over;
 * - `coveredByCredits`: the customer's credits cover what is late;
 * - `minimumGap`: the customer had a message too recently (`until` is the first day possible);
 * - `belowMinimum`: less outstanding than the level's minimum.
 *
 * @example
 * ```ts
 * import type { DunningSkipReason } from '@tpe/dunning';
 *
 * const reason: DunningSkipReason = 'disputed';
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export type DunningSkipReason =
  | 'paid'
  | 'notIssued'
  | 'excluded'
  | 'disputed'
  | 'promiseToPay'
  | 'paymentPlan'
  | 'noDunning'
  | 'insolvency'
  | 'handedOver'
  | 'lastLevelReached'
  | 'coveredByCredits'
  | 'minimumGap'
  | 'belowMinimum';

/**
 * A receivable left out of the day's actions, and why.
 *
 * @example
 * ```ts
 * import type { DunningSkip } from '@tpe/dunning';
 *
 * const skip: DunningSkip = { customerId: 'c-1', receivableId: 'inv-1', reason: 'promiseToPay', until: '2026-05-15' };
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export interface DunningSkip {
  /** The customer's id. */
  readonly customerId: string;
  /** The receivable's id. */
  readonly receivableId: string;
  /** Why. */
  readonly reason: DunningSkipReason;
  /** The last day of the suspension, or for `minimumGap` the first day a message is possible. */
  readonly until?: string | undefined;
  /** The reason given with a dispute, an exclusion or a `noDunning` override. */
  readonly detail?: string | undefined;
}

/**
 * The answer of `planDunning`: the actions due on the day, the receivables
 * left out, and how the run went.
 *
 * @example
 * ```ts
 * import type { DunningPlan } from '@tpe/dunning';
 *
 * const nothing: DunningPlan = { asOf: '2026-04-07', actions: [], skipped: [], trace: [] };
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export interface DunningPlan {
  /** The day planned. */
  readonly asOf: string;
  /** The actions due that day, in the order of the customers in the input. */
  readonly actions: readonly DunningAction[];
  /** The receivables left out, in the order of the customers, then of the receivables, in the input. */
  readonly skipped: readonly DunningSkip[];
  /** What the run read and decided, in figures. */
  readonly trace: readonly TraceStep[];
}
