import {
  addMonths,
  allocateMoney,
  compareDates,
  formatMoney,
  formatScaledUnits,
  isoDateSchema,
  parseMoney,
  parseWithSchema,
  toEpochDay,
} from '@tpe/core';
import { z } from 'zod';
import { type ReadReceivable, readReceivable } from '../input/internal/readReceivable.js';
import { pushIssues, textIdSchema } from '../input/internal/schemaParts.js';
import { type Receivable, receivableSchema } from '../input/Receivable.js';
import { outstandingOn } from '../plan/internal/standing.js';
import type { PaymentPlan } from './PaymentPlan.js';

/**
 * Input of {@link agreePaymentPlan}.
 *
 * @example
 * ```ts
 * import type { AgreePaymentPlanInput } from '@tpe/dunning';
 *
 * const input: AgreePaymentPlanInput = {
 *   id: 'plan-1',
 *   receivables: [
 *     { id: 'inv-1', customerId: 'c-1', number: 'F2026-0001', issueDate: '2026-01-31',
 *       dueDate: '2026-03-02', amount: '1000.00', outstanding: '1000.00' },
 *   ],
 *   agreedOn: '2026-04-20',
 *   instalments: 3,
 *   firstDueDate: '2026-05-05',
 * };
 * ```
 *
 * @category Payment plans
 * @since 0.1.0
 */
export interface AgreePaymentPlanInput {
  /** The plan's id. */
  readonly id: string;
  /** The invoices it covers: one customer, one currency, something owed on `agreedOn`. */
  readonly receivables: readonly Receivable[];
  /** The day it is agreed. */
  readonly agreedOn: string;
  /** How many instalments (1–120). */
  readonly instalments: number;
  /** The first instalment's date, after `agreedOn`. */
  readonly firstDueDate: string;
  /** Months between two instalments (1–12); 1 by default. */
  readonly everyMonths?: number | undefined;
  /** Days of tolerance before an instalment counts as missed; 0 by default. */
  readonly graceDays?: number | undefined;
}

/**
 * A zod schema for {@link AgreePaymentPlanInput}. Issue codes beyond those
 * of the receivables: `customer_mismatch`, `currency_mismatch`,
 * `not_an_invoice`, `nothing_owed` (nothing outstanding on `agreedOn`),
 * `before_agreement`.
 *
 * @example
 * ```ts
 * import { agreePaymentPlanInputSchema } from '@tpe/dunning';
 *
 * agreePaymentPlanInputSchema.safeParse({ id: 'plan-1', receivables: [], agreedOn: '2026-04-20', instalments: 3, firstDueDate: '2026-05-05' }).success; // false
 * ```
 *
 * @category Payment plans
 * @since 0.1.0
 */
export const agreePaymentPlanInputSchema: z.ZodType<AgreePaymentPlanInput> = z
  .strictObject({
    id: textIdSchema,
    receivables: z.array(receivableSchema).min(1).max(10_000),
    agreedOn: isoDateSchema,
    instalments: z.int().min(1).max(120),
    firstDueDate: isoDateSchema,
    everyMonths: z.int().min(1).max(12).optional(),
    graceDays: z.int().min(0).max(365).optional(),
  })
  .check((context) => {
    const { receivables, agreedOn, firstDueDate } = context.value;
    const first = receivables[0];
    const issues: { path: (string | number)[]; code: string; message: string }[] = [];
    receivables.forEach((receivable, index) => {
      const read = readReceivable(receivable);
      if (first === undefined || read === undefined) return;
      if (receivable.customerId !== first.customerId) {
        issues.push({
          path: ['receivables', index, 'customerId'],
          code: 'customer_mismatch',
          message: 'A plan covers the receivables of one customer',
        });
      }
      if ((receivable.currency ?? 'EUR') !== (first.currency ?? 'EUR')) {
        issues.push({
          path: ['receivables', index, 'currency'],
          code: 'currency_mismatch',
          message: 'A plan covers receivables in one currency',
        });
      }
      if (read.kind !== 'invoice') {
        issues.push({
          path: ['receivables', index, 'kind'],
          code: 'not_an_invoice',
          message: 'A plan covers invoices, not credits',
        });
      } else if (outstandingOn(read, toEpochDay(agreedOn)) === 0) {
        issues.push({
          path: ['receivables', index, 'outstanding'],
          code: 'nothing_owed',
          message: `Nothing is owed on ${agreedOn}`,
        });
      }
    });
    if (compareDates(firstDueDate, agreedOn) <= 0) {
      issues.push({
        path: ['firstDueDate'],
        code: 'before_agreement',
        message: 'The first instalment falls due after the day the plan is agreed',
      });
    }
    pushIssues(context, issues);
  });

/**
 * Agrees a payment plan on overdue invoices: what they owe on `agreedOn`,
 * split into equal instalments (the cents left over go to the first ones),
 * one every `everyMonths` months from `firstDueDate` (a day missing from a
 * month becomes its last day). Pass the plan to `planDunning` in
 * `paymentPlans`: dunning of its receivables is suspended while it is kept
 * and resumes at their next level when an instalment is missed.
 *
 * @param input - the receivables, the day, the number and dates of instalments
 * @returns the plan
 * @throws {@link TpeError} `INVALID_INPUT` (see {@link agreePaymentPlanInputSchema})
 *
 * @example
 * ```ts
 * import { agreePaymentPlan } from '@tpe/dunning';
 *
 * const plan = agreePaymentPlan({
 *   id: 'plan-1',
 *   receivables: [
 *     { id: 'inv-1', customerId: 'c-1', number: 'F2026-0001', issueDate: '2026-01-31',
 *       dueDate: '2026-03-02', amount: '1000.00', outstanding: '1000.00' },
 *   ],
 *   agreedOn: '2026-04-20',
 *   instalments: 3,
 *   firstDueDate: '2026-05-31',
 * });
 * plan.instalments;
 * // [{ dueDate: '2026-05-31', amount: '333.34' }, { dueDate: '2026-06-30', amount: '333.33' },
 * //  { dueDate: '2026-07-31', amount: '333.33' }]
 * ```
 *
 * @category Payment plans
 * @since 0.1.0
 */
export function agreePaymentPlan(input: AgreePaymentPlanInput): PaymentPlan {
  const checked = parseWithSchema(agreePaymentPlanInputSchema, input);
  const agreedDay = toEpochDay(checked.agreedOn);
  const first = checked.receivables[0] as Receivable;
  const currency = first.currency ?? 'EUR';
  const read = checked.receivables.map(
    (receivable) => readReceivable(receivable) as ReadReceivable,
  );
  const { exponent } = read[0] as ReadReceivable;
  const total = read.reduce((sum, receivable) => sum + outstandingOn(receivable, agreedDay), 0);
  const parts = allocateMoney(
    parseMoney(formatScaledUnits(total, exponent), currency),
    Array.from({ length: checked.instalments }, () => 1),
  );
  const every = checked.everyMonths ?? 1;
  return {
    id: checked.id,
    customerId: first.customerId,
    receivableIds: checked.receivables.map((receivable) => receivable.id),
    agreedOn: checked.agreedOn,
    instalments: parts.map((part, index) => ({
      dueDate: addMonths(checked.firstDueDate, index * every),
      amount: formatMoney(part),
    })),
    ...(checked.graceDays === undefined ? {} : { graceDays: checked.graceDays }),
  };
}
