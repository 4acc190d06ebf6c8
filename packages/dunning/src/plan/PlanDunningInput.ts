import { isoDateSchema } from '@tpe/core';
import {
  type DayBase,
  type HalfYearRule,
  type PreparedRateTables,
  type RateTables,
  rateTablesSchema,
} from '@tpe/legal-fr';
import { z } from 'zod';
import { type DunningCustomer, dunningCustomerSchema } from '../input/DunningCustomer.js';
import {
  type DunningHistoryEntry,
  dunningHistoryEntrySchema,
} from '../input/DunningHistoryEntry.js';
import { type Receivable, receivableSchema } from '../input/Receivable.js';
import { type Creditor, creditorSchema } from '../messages/Creditor.js';
import { type DunningTemplate, dunningTemplateSchema } from '../messages/DunningTemplate.js';
import { type PaymentPlan, paymentPlanSchema } from '../paymentPlans/PaymentPlan.js';
import { type DunningPolicy, dunningPolicyShapeSchema } from '../policy/DunningPolicy.js';

/** The most receivables, customers and history entries one input may hold. */
export const PLAN_INPUT_LIMITS = Object.freeze({
  receivables: 5_000_000,
  customers: 1_000_000,
  history: 10_000_000,
  paymentPlans: 1_000_000,
});

/**
 * How penalties are computed, for the rules the law leaves open (see
 * `computeLatePenalty` of `@tpe/legal-fr`).
 *
 * @example
 * ```ts
 * import type { DunningPenaltyOptions } from '@tpe/dunning';
 *
 * const options: DunningPenaltyOptions = { halfYearRule: 'frozenAtDueDate' };
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export interface DunningPenaltyOptions {
  /** B2B default rate across half-years: `split` (default) or `frozenAtDueDate`. */
  readonly halfYearRule?: HalfYearRule | undefined;
  /** `365` (default) or `actual`. */
  readonly dayBase?: DayBase | undefined;
}

/**
 * Everything {@link planDunning} reads: the receivables and customers from
 * the caller's ledger, what was already done, the policy, the day.
 *
 * @example
 * ```ts
 * import { FRENCH_DUNNING_POLICY, type PlanDunningInput } from '@tpe/dunning';
 *
 * const input: PlanDunningInput = {
 *   receivables: [],
 *   customers: [],
 *   history: [],
 *   policy: FRENCH_DUNNING_POLICY,
 *   asOf: '2026-04-07',
 *   creditor: { name: 'Atelier Dupont SARL' },
 * };
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export interface PlanDunningInput {
  /** The receivables, open or not (paid ones are left out with their reason). */
  readonly receivables: readonly Receivable[];
  /** Every customer a receivable names. */
  readonly customers: readonly DunningCustomer[];
  /**
   * What was already done. Entries about receivables the input does not
   * give (paid and gone from the ledger) are ignored; entries dated after
   * `asOf` too.
   */
  readonly history: readonly DunningHistoryEntry[];
  /** The policy (for instance {@link FRENCH_DUNNING_POLICY}). */
  readonly policy: DunningPolicy;
  /** The day to plan, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Who is owed, for the letters. */
  readonly creditor: Creditor;
  /** Custom message templates. */
  readonly templates?: readonly DunningTemplate[] | undefined;
  /** Payment plans agreed with customers. */
  readonly paymentPlans?: readonly PaymentPlan[] | undefined;
  /** Newer rate tables for the penalties (`@tpe/legal-fr`). */
  readonly tables?: RateTables | PreparedRateTables | undefined;
  /** The open rules of the penalty computation. */
  readonly penalties?: DunningPenaltyOptions | undefined;
  /** Attach a {@link DraftPenaltyClaim} to actions that claim something; `false` by default. */
  readonly draftPenaltyClaims?: boolean | undefined;
}

/**
 * A zod schema for the shape of {@link PlanDunningInput}: each part with its
 * own schema and rules. The rules across parts (customers known, ids
 * unique, levels in order) are checked by {@link planDunning}.
 *
 * @example
 * ```ts
 * import { FRENCH_DUNNING_POLICY, planDunningInputSchema } from '@tpe/dunning';
 *
 * const input = {
 *   receivables: [],
 *   customers: [],
 *   history: [],
 *   policy: FRENCH_DUNNING_POLICY,
 *   asOf: '2026-04-07',
 *   creditor: { name: 'Atelier Dupont SARL' },
 * };
 * planDunningInputSchema.safeParse(input).success; // true
 * planDunningInputSchema.safeParse({ ...input, asOf: '07/04/2026' }).success; // false
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export const planDunningInputSchema: z.ZodType<PlanDunningInput> = z.strictObject({
  receivables: z.array(receivableSchema).max(PLAN_INPUT_LIMITS.receivables),
  customers: z.array(dunningCustomerSchema).max(PLAN_INPUT_LIMITS.customers),
  history: z.array(dunningHistoryEntrySchema).max(PLAN_INPUT_LIMITS.history),
  policy: dunningPolicyShapeSchema,
  asOf: isoDateSchema,
  creditor: creditorSchema,
  templates: z.array(dunningTemplateSchema).max(1000).optional(),
  paymentPlans: z.array(paymentPlanSchema).max(PLAN_INPUT_LIMITS.paymentPlans).optional(),
  tables: rateTablesSchema.optional(),
  penalties: z
    .strictObject({
      halfYearRule: z.enum(['split', 'frozenAtDueDate']).optional(),
      dayBase: z.enum(['365', 'actual']).optional(),
    })
    .optional(),
  draftPenaltyClaims: z.boolean().optional(),
});
