import { isoDateSchema } from '@tpe/core';
import { z } from 'zod';
import { type Amount, dunningAmountSchema } from '../input/Amount.js';
import { pushIssues, textIdSchema } from '../input/internal/schemaParts.js';
import { paymentPlanIssues, readPaymentPlan } from './internal/readPaymentPlan.js';

/**
 * A payment plan agreed with a customer on overdue receivables: while it is
 * kept, they are not dunned; once an instalment is missed, dunning resumes
 * at the next level of each receivable.
 *
 * **Kept or missed**: the plan covers `Σ instalments`, the outstanding of
 * its receivables when it was agreed. On a day `d`, the instalments due
 * before `d − graceDays` must have been paid: the plan is missed when the
 * receivables' outstanding on `d` is above `Σ instalments − Σ instalments
 * due by then`. Payments go to the plan whatever their date.
 *
 * **Gotchas**: a plan changes no due date: late-payment interest keeps
 * running from the invoices' own due dates.
 *
 * @example
 * ```ts
 * import type { PaymentPlan } from '@tpe/dunning';
 *
 * const plan: PaymentPlan = {
 *   id: 'plan-1',
 *   customerId: 'c-1',
 *   receivableIds: ['inv-1'],
 *   agreedOn: '2026-04-20',
 *   instalments: [
 *     { dueDate: '2026-05-05', amount: '600.00' },
 *     { dueDate: '2026-06-05', amount: '600.00' },
 *   ],
 * };
 * ```
 *
 * @category Payment plans
 * @since 0.1.0
 */
export interface PaymentPlan {
  /** The plan's id. */
  readonly id: string;
  /** The customer who agreed to it. */
  readonly customerId: string;
  /** The receivables it covers, all of that customer. */
  readonly receivableIds: readonly string[];
  /** The day it was agreed, `YYYY-MM-DD`: it suspends dunning from then. */
  readonly agreedOn: string;
  /** The instalments, in date order, each after `agreedOn`. */
  readonly instalments: readonly { readonly dueDate: string; readonly amount: Amount }[];
  /** Days of tolerance after an instalment's date before it counts as missed; 0 by default. */
  readonly graceDays?: number | undefined;
  /** The day it was cancelled, if it was: dunning resumes that day. */
  readonly cancelledOn?: string | undefined;
}

/**
 * A zod schema for {@link PaymentPlan}, with the rules between fields:
 * `instalments_out_of_order` (dates not strictly increasing),
 * `before_agreement` (an instalment or the cancellation before
 * `agreedOn`), `not_positive`, `duplicate_receivable`.
 *
 * @example
 * ```ts
 * import { paymentPlanSchema } from '@tpe/dunning';
 *
 * const plan = {
 *   id: 'plan-1',
 *   customerId: 'c-1',
 *   receivableIds: ['inv-1'],
 *   agreedOn: '2026-04-20',
 *   instalments: [{ dueDate: '2026-05-05', amount: '600.00' }],
 * };
 * paymentPlanSchema.safeParse(plan).success; // true
 * paymentPlanSchema.safeParse({ ...plan, agreedOn: '2026-05-10' }).success; // false
 * ```
 *
 * @category Payment plans
 * @since 0.1.0
 */
export const paymentPlanSchema: z.ZodType<PaymentPlan> = z
  .strictObject({
    id: textIdSchema,
    customerId: textIdSchema,
    receivableIds: z.array(textIdSchema).min(1).max(10_000),
    agreedOn: isoDateSchema,
    instalments: z
      .array(z.strictObject({ dueDate: isoDateSchema, amount: dunningAmountSchema }))
      .min(1)
      .max(120),
    graceDays: z.int().min(0).max(365).optional(),
    cancelledOn: isoDateSchema.optional(),
  })
  .check((context) => {
    const read = readPaymentPlan(context.value);
    if (read !== undefined) pushIssues(context, paymentPlanIssues(read));
  });
