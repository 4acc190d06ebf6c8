import { isoDateSchema } from '@tpe/core';
import { z } from 'zod';
import { type Amount, dunningAmountSchema } from '../input/Amount.js';
import type { DunningChannel } from '../input/DunningChannel.js';
import { MAX_GAP_DAYS } from '../input/internal/readCustomer.js';
import { MAX_LEVELS } from '../input/internal/readHistoryEntry.js';
import { pushIssues, textIdSchema } from '../input/internal/schemaParts.js';
import { policyIssues } from './internal/policyIssues.js';

/**
 * When a level falls due, as offsets in calendar days. Give one or more:
 * the level falls due on the latest of the dates they give, and never on
 * the day of the previous level or before it. With `businessDaysOnly`, a
 * date that is not a business day moves to the next one.
 *
 * @example
 * ```ts
 * import type { DunningLevelTiming } from '@tpe/dunning';
 *
 * const secondReminder: DunningLevelTiming = { daysAfterPreviousLevel: 15 };
 * const courtesy: DunningLevelTiming = { daysAfterDue: -5 };
 * ```
 *
 * @category Policy
 * @since 0.1.0
 */
export interface DunningLevelTiming {
  /**
   * Days after the due date (the earliest unpaid instalment's). Negative for
   * a courtesy pre-reminder, sent before the due date and dropped once it
   * has passed.
   */
  readonly daysAfterDue?: number | undefined;
  /** Days after the day the previous level was actually sent (from the history). */
  readonly daysAfterPreviousLevel?: number | undefined;
  /** The last day of the month `n` months after the due date's month (0: the due date's month). */
  readonly endOfMonthAfterDue?: number | undefined;
}

/**
 * One step of a reminder ladder: when, how, with which letter, and whether
 * it claims the penalties and the indemnity.
 *
 * @example
 * ```ts
 * import type { DunningLevel } from '@tpe/dunning';
 *
 * const notice: DunningLevel = {
 *   id: 'formalNotice',
 *   when: { daysAfterPreviousLevel: 15 },
 *   channel: 'registeredLetter',
 *   templateId: 'formalNotice',
 *   claimsPenalties: true,
 *   formalNotice: true,
 *   replyWithinDays: 8,
 *   minimumOutstanding: '50.00',
 * };
 * ```
 *
 * @category Policy
 * @since 0.1.0
 */
export interface DunningLevel {
  /** A name unique in its list, part of the action ids: `firstReminder`, `formalNotice`. */
  readonly id: string;
  /** When it falls due. */
  readonly when: DunningLevelTiming;
  /** How it is sent (not `task`: tasks are the hand-over and the claim declaration). */
  readonly channel: Exclude<DunningChannel, 'task'>;
  /** The message template: a built-in id or the id of a custom template. */
  readonly templateId: string;
  /**
   * Whether the message claims the late-payment penalties and the 40 €
   * indemnity, where the law gives them (never the indemnity for a
   * consumer or a customer in an insolvency procedure).
   */
  readonly claimsPenalties: boolean;
  /**
   * Whether it is a formal notice (mise en demeure, C. civ. 1344): for a
   * consumer without a contractual rate, legal interest runs from the day
   * after it (C. civ. 1231-6). `false` by default.
   */
  readonly formalNotice?: boolean | undefined;
  /** The days given to pay, from the day it is sent: the message states that deadline. */
  readonly replyWithinDays?: number | undefined;
  /**
   * The least total outstanding of the receivables of one action for this
   * level to be sent (no registered letter for 3 €); none by default. Below
   * it, the receivables wait at their level.
   */
  readonly minimumOutstanding?: Amount | undefined;
}

/**
 * Where a file goes after the last level:
 *
 * - `collectionAgency`: amicable recovery by an agency;
 * - `injunctionToPay`: injonction de payer (C. proc. civ. 1405 and following);
 * - `smallClaimsProcedure`: simplified recovery of claims up to 5,000 € by a
 *   commissaire de justice (CPCE L125-1);
 * - `administrativeJudge`: a public buyer, before the administrative judge
 *   (référé-provision).
 *
 * @example
 * ```ts
 * import type { DunningHandOverTarget } from '@tpe/dunning';
 *
 * const target: DunningHandOverTarget = 'injunctionToPay';
 * ```
 *
 * @category Policy
 * @since 0.1.0
 */
export type DunningHandOverTarget =
  | 'collectionAgency'
  | 'injunctionToPay'
  | 'smallClaimsProcedure'
  | 'administrativeJudge';

/**
 * What happens after the last level: a task to hand the file over.
 *
 * @example
 * ```ts
 * import type { DunningHandOver } from '@tpe/dunning';
 *
 * const handOver: DunningHandOver = { daysAfterLastLevel: 15, to: 'injunctionToPay' };
 * ```
 *
 * @category Policy
 * @since 0.1.0
 */
export interface DunningHandOver {
  /** Days after the last level was actually sent. */
  readonly daysAfterLastLevel: number;
  /** Where the file goes. */
  readonly to: DunningHandOverTarget;
}

/**
 * The reminder ladder of one segment of customers.
 *
 * @example
 * ```ts
 * import type { DunningSegmentPolicy } from '@tpe/dunning';
 *
 * const segment: DunningSegmentPolicy = {
 *   levels: [
 *     { id: 'reminder', when: { daysAfterDue: 7 }, channel: 'email', templateId: 'courteousReminder', claimsPenalties: false },
 *     { id: 'notice', when: { daysAfterPreviousLevel: 15 }, channel: 'registeredLetter', templateId: 'formalNotice', claimsPenalties: true, formalNotice: true },
 *   ],
 *   handOver: { daysAfterLastLevel: 15, to: 'collectionAgency' },
 * };
 * ```
 *
 * @category Policy
 * @since 0.1.0
 */
export interface DunningSegmentPolicy {
  /** The levels, in the order they are sent (at least one, at most 20). */
  readonly levels: readonly DunningLevel[];
  /** The task proposed after the last level; none by default (the file stays at the last level). */
  readonly handOver?: DunningHandOver | undefined;
}

/**
 * How to dun: a reminder ladder per segment of customers (a customer's
 * segment is its `segment`, by default its kind) and the options shared by
 * all of them. {@link FRENCH_DUNNING_POLICY} is a ready-made one.
 *
 * @example
 * ```ts
 * import type { DunningPolicy } from '@tpe/dunning';
 *
 * const policy: DunningPolicy = {
 *   segments: {
 *     business: {
 *       levels: [
 *         { id: 'reminder', when: { daysAfterDue: 7 }, channel: 'email', templateId: 'courteousReminder', claimsPenalties: false },
 *       ],
 *     },
 *   },
 *   minDaysBetweenMessages: 7,
 * };
 * ```
 *
 * @category Policy
 * @since 0.1.0
 */
export interface DunningPolicy {
  /** The ladder of each segment, by segment name. */
  readonly segments: Readonly<Record<string, DunningSegmentPolicy>>;
  /** Send only on business days of the customer's calendar region; `true` by default. */
  readonly businessDaysOnly?: boolean | undefined;
  /** The creditor's own closing days, `YYYY-MM-DD`, skipped too with `businessDaysOnly`. */
  readonly closedDays?: readonly string[] | undefined;
  /** The least number of days between two messages to one customer (1–365); 5 by default. */
  readonly minDaysBetweenMessages?: number | undefined;
  /**
   * One message per customer at the highest level due, listing every
   * receivable due for a level that day (`true`, the default); `false` sends
   * one message per level due.
   */
  readonly groupReceivables?: boolean | undefined;
}

const dayOffset = z.int().min(-3650).max(3650);
const positiveDays = z.int().min(1).max(3650);

const levelSchema = z.strictObject({
  id: textIdSchema,
  when: z.strictObject({
    daysAfterDue: dayOffset.optional(),
    daysAfterPreviousLevel: positiveDays.optional(),
    endOfMonthAfterDue: z.int().min(0).max(120).optional(),
  }),
  channel: z.enum(['email', 'letter', 'registeredLetter', 'phoneCall', 'sms']),
  templateId: textIdSchema,
  claimsPenalties: z.boolean(),
  formalNotice: z.boolean().optional(),
  replyWithinDays: positiveDays.optional(),
  minimumOutstanding: dunningAmountSchema.optional(),
});

/** The shape of a policy, without the rules between levels. */
export const dunningPolicyShapeSchema = z.strictObject({
  segments: z
    .record(
      textIdSchema,
      z.strictObject({
        levels: z.array(levelSchema).min(1).max(MAX_LEVELS),
        handOver: z
          .strictObject({
            daysAfterLastLevel: positiveDays,
            to: z.enum([
              'collectionAgency',
              'injunctionToPay',
              'smallClaimsProcedure',
              'administrativeJudge',
            ]),
          })
          .optional(),
      }),
    )
    .check((context) => {
      if (Object.keys(context.value).length === 0) {
        context.issues.push({
          code: 'custom',
          message: 'A policy has at least one segment',
          input: context.value,
          params: { code: 'no_segment' },
        });
      }
    }),
  businessDaysOnly: z.boolean().optional(),
  closedDays: z.array(isoDateSchema).max(1000).optional(),
  minDaysBetweenMessages: z.int().min(1).max(MAX_GAP_DAYS).optional(),
  groupReceivables: z.boolean().optional(),
});

/**
 * A zod schema for {@link DunningPolicy}, with the rules between levels
 * (see {@link parseDunningPolicy} for their issue codes).
 *
 * @example
 * ```ts
 * import { dunningPolicySchema, FRENCH_DUNNING_POLICY } from '@tpe/dunning';
 *
 * dunningPolicySchema.safeParse(FRENCH_DUNNING_POLICY).success; // true
 * dunningPolicySchema.safeParse({ segments: {} }).success; // false
 * ```
 *
 * @category Policy
 * @since 0.1.0
 */
export const dunningPolicySchema: z.ZodType<DunningPolicy> = dunningPolicyShapeSchema.check(
  (context) => pushIssues(context, policyIssues(context.value)),
);
