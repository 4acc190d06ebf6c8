import { currencyCodeSchema, isoDateSchema, rateSchema } from '@tpe/core';
import { z } from 'zod';
import { type Amount, dunningAmountSchema } from '../input/Amount.js';
import { type DunningCustomer, dunningCustomerSchema } from '../input/DunningCustomer.js';
import { pushIssues, textIdSchema } from '../input/internal/schemaParts.js';
import { type Creditor, creditorSchema } from './Creditor.js';
import { type DunningTemplate, dunningTemplateSchema } from './DunningTemplate.js';
import { messageInputIssues } from './internal/messageInputIssues.js';

/**
 * One receivable as a message shows it, with the amounts computed for the
 * day of the message.
 *
 * @example
 * ```ts
 * import type { DunningMessageReceivable } from '@tpe/dunning';
 *
 * const line: DunningMessageReceivable = {
 *   number: 'F-2026-014',
 *   issueDate: '2026-01-15',
 *   dueDate: '2026-03-16',
 *   amount: '1200.00',
 *   outstanding: '1200.00',
 *   daysLate: 30,
 *   penalty: '11.98',
 *   indemnity: '40.00',
 *   penaltyRates: ['12.15'],
 * };
 * ```
 *
 * @category Messages
 * @since 0.1.0
 */
export interface DunningMessageReceivable {
  /** The invoice number, as printed on the invoice. */
  readonly number: string;
  /** The invoice date, `YYYY-MM-DD`. */
  readonly issueDate: string;
  /** The payment date printed on the invoice, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The amount of the invoice including VAT (TTC), more than zero. */
  readonly amount: Amount;
  /** What is still owed, not more than `amount`. */
  readonly outstanding: Amount;
  /** Days from the due date to the message (not counting the due date); zero or less before it. */
  readonly daysLate: number;
  /** The late-payment interest claimed on it; `"0"` when none. */
  readonly penalty: Amount;
  /** The flat recovery indemnity claimed on it; always `"0"` for a consumer. */
  readonly indemnity: Amount;
  /**
   * The annual rates of `penalty`, in percent, in the order they applied
   * (two when the rate changed during the delay); printed in the table and
   * quoted by a formal notice, which must state the rate.
   */
  readonly penaltyRates?: readonly string[] | undefined;
}

/**
 * The totals of a message, in its currency.
 *
 * @example
 * ```ts
 * import type { DunningMessageTotals } from '@tpe/dunning';
 *
 * const totals: DunningMessageTotals = { outstanding: '1200.00', penalties: '11.98', indemnities: '40.00', claimed: '1251.98' };
 * ```
 *
 * @category Messages
 * @since 0.1.0
 */
export interface DunningMessageTotals {
  /** The sum of the receivables' `outstanding`. */
  readonly outstanding: Amount;
  /** The sum of their `penalty`. */
  readonly penalties: Amount;
  /** The sum of their `indemnity`. */
  readonly indemnities: Amount;
  /** `outstanding + penalties + indemnities` when `claimsPenalties`, else `outstanding`. */
  readonly claimed: Amount;
}

/**
 * What {@link renderDunningMessage} needs to write one reminder.
 *
 * @example
 * ```ts
 * import type { DunningMessageInput } from '@tpe/dunning';
 *
 * const input: DunningMessageInput = {
 *   templateId: 'courteousReminder',
 *   customer: { id: 'c-1', kind: 'business', name: 'Boulangerie Martin SARL' },
 *   creditor: { name: 'Atelier Lumière SARL' },
 *   receivables: [
 *     { number: 'F-2026-014', issueDate: '2026-01-15', dueDate: '2026-03-16', amount: '1200.00',
 *       outstanding: '1200.00', daysLate: 7, penalty: '0', indemnity: '0' },
 *   ],
 *   totals: { outstanding: '1200.00', penalties: '0', indemnities: '0', claimed: '1200.00' },
 *   currency: 'EUR',
 *   asOf: '2026-03-23',
 *   level: 0,
 *   claimsPenalties: false,
 * };
 * ```
 *
 * @category Messages
 * @since 0.1.0
 */
export interface DunningMessageInput {
  /** A built-in id (see {@link BUILT_IN_DUNNING_TEMPLATES}) or the id of one of `templates`. */
  readonly templateId: string;
  /** Custom templates; one with a built-in id replaces that built-in template. */
  readonly templates?: readonly DunningTemplate[] | undefined;
  /** Who is reminded; its `kind` picks the variant of a built-in template. */
  readonly customer: DunningCustomer;
  /** Who is owed. */
  readonly creditor: Creditor;
  /** The receivables the message is about, at least one. */
  readonly receivables: readonly DunningMessageReceivable[];
  /** Their totals, checked against them. */
  readonly totals: DunningMessageTotals;
  /** ISO 4217 code of every amount. */
  readonly currency: string;
  /** The day of the message, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The index of the level in the policy (0-based). */
  readonly level: number;
  /** Whether this level claims the penalties and the indemnity. */
  readonly claimsPenalties: boolean;
  /** The deadline to pay, stated by a formal notice; not before `asOf`. */
  readonly replyBy?: string | undefined;
}

/** The most receivables one message may list. */
const MAX_RECEIVABLES = 10_000;
/** The most custom templates one call may carry. */
const MAX_TEMPLATES = 1_000;

/**
 * A zod schema for {@link DunningMessageInput}. Beyond the shape it checks:
 * a `templateId` that is neither built-in nor among `templates`
 * (`unknown_template`), two templates with one id (`duplicate_template`),
 * an amount of zero (`not_positive`), an outstanding above its amount
 * (`exceeds_amount`), an indemnity claimed from a consumer
 * (`indemnity_not_due`), more decimals than the currency has
 * (`too_many_decimals`), totals that are not the sums of the receivables
 * (`inconsistent_total`) and a `replyBy` before `asOf` (`before_as_of`).
 *
 * @example
 * ```ts
 * import { dunningMessageInputSchema } from '@tpe/dunning';
 *
 * const input = {
 *   templateId: 'firmReminder',
 *   customer: { id: 'c-2', kind: 'consumer', name: 'Jeanne Durand' },
 *   creditor: { name: 'Atelier Lumière SARL' },
 *   receivables: [
 *     { number: 'F-2026-020', issueDate: '2026-02-01', dueDate: '2026-03-03', amount: '90.00',
 *       outstanding: '90.00', daysLate: 20, penalty: '0', indemnity: '40.00' },
 *   ],
 *   totals: { outstanding: '90.00', penalties: '0', indemnities: '40.00', claimed: '130.00' },
 *   currency: 'EUR',
 *   asOf: '2026-03-23',
 *   level: 1,
 *   claimsPenalties: true,
 * };
 * const result = dunningMessageInputSchema.safeParse(input);
 * result.success; // false
 * result.error?.issues.map((issue) => issue.path.join('.'));
 * // ['receivables.0.indemnity']
 * ```
 *
 * @category Messages
 * @since 0.1.0
 */
export const dunningMessageInputSchema: z.ZodType<DunningMessageInput> = z
  .strictObject({
    templateId: textIdSchema,
    templates: z.array(dunningTemplateSchema).max(MAX_TEMPLATES).optional(),
    customer: dunningCustomerSchema,
    creditor: creditorSchema,
    receivables: z
      .array(
        z.strictObject({
          number: textIdSchema,
          issueDate: isoDateSchema,
          dueDate: isoDateSchema,
          amount: dunningAmountSchema,
          outstanding: dunningAmountSchema,
          daysLate: z.int().min(-36_600).max(36_600),
          penalty: dunningAmountSchema,
          indemnity: dunningAmountSchema,
          penaltyRates: z.array(rateSchema).min(1).max(12).optional(),
        }),
      )
      .min(1)
      .max(MAX_RECEIVABLES),
    totals: z.strictObject({
      outstanding: dunningAmountSchema,
      penalties: dunningAmountSchema,
      indemnities: dunningAmountSchema,
      claimed: dunningAmountSchema,
    }),
    currency: currencyCodeSchema,
    asOf: isoDateSchema,
    level: z.int().min(0).max(1_000),
    claimsPenalties: z.boolean(),
    replyBy: isoDateSchema.optional(),
  })
  .check((context) => pushIssues(context, messageInputIssues(context.value)));
