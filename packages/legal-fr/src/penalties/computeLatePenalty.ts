import {
  currencyCodeSchema,
  decimalStringSchema,
  isoDateSchema,
  parseWithSchema,
  rateSchema,
  TpeError,
} from '@tpe/core';
import { z } from 'zod';
import {
  type PreparedRateTables,
  type RateTables,
  rateTablesOptionSchema,
  resolveTables,
} from '../rates/internal/preparedTables.js';
import { type CustomerKind, customerKindSchema } from '../shared/CustomerKind.js';
import { computePenalty, type LatePenalty } from './internal/penaltyEngine.js';
import {
  AMOUNT_LIMITS,
  type DayBase,
  type HalfYearRule,
  penaltyInputIssues,
  readPenaltyInput,
} from './internal/readPenaltyInput.js';

export type { LatePenalty, LatePenaltyPeriod } from './internal/penaltyEngine.js';
export type { DayBase, HalfYearRule } from './internal/readPenaltyInput.js';

/**
 * A payment of part of the amount before the final payment (or before `asOf`).
 * The day it is received still bears interest on the former principal.
 *
 * @example
 * ```ts
 * import type { PartialPayment } from '@tpe/legal-fr';
 *
 * const payment: PartialPayment = { date: '2026-03-31', amount: '600.00' };
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export interface PartialPayment {
  /** The day the money was received, `YYYY-MM-DD`. */
  readonly date: string;
  /** The amount received, a positive decimal string. */
  readonly amount: string;
}

/**
 * Input of {@link computeLatePenalty}.
 *
 * @example
 * ```ts
 * import type { ComputeLatePenaltyInput } from '@tpe/legal-fr';
 *
 * const input: ComputeLatePenaltyInput = {
 *   amount: '1200.00',
 *   dueDate: '2026-03-16',
 *   asOf: '2026-05-15',
 *   formalNoticeDate: '2026-04-15',
 *   debtor: 'consumer',
 * };
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export interface ComputeLatePenaltyInput {
  /** The amount due including VAT (TTC), a positive decimal string, e.g. `"1200.00"`. */
  readonly amount: string;
  /** ISO 4217 code of the amount; `"EUR"` by default. */
  readonly currency?: string | undefined;
  /** The payment date printed on the invoice, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The day the balance was paid; give this or `asOf`. */
  readonly paymentDate?: string | undefined;
  /** For an invoice still unpaid: the day up to which interest is computed (included). */
  readonly asOf?: string | undefined;
  /** Payments of part of the amount, each on or before `paymentDate`/`asOf`, in total not above `amount`. */
  readonly partialPayments?: readonly PartialPayment[] | undefined;
  /** Who owes the invoice. */
  readonly debtor: CustomerKind;
  /**
   * The annual rate stipulated in the contract or the CGV, in percent; replaces
   * the legal rate (not for public buyers, whose rate is set by decree).
   */
  readonly contractualRate?: string | undefined;
  /** A safeguard, receivership or liquidation procedure is open; `false` by default. */
  readonly insolvency?: boolean | undefined;
  /**
   * For a consumer without `contractualRate`: the day of the formal notice
   * (mise en demeure) from which legal interest runs. Not used for other
   * debtors, whose interest runs without a notice.
   */
  readonly formalNoticeDate?: string | undefined;
  /**
   * B2B default rate only: `split` (default) applies to each day the rate of
   * its half-year; `frozenAtDueDate` applies the rate of the due date's
   * half-year to the whole delay.
   */
  readonly halfYearRule?: HalfYearRule | undefined;
  /** `365` (default): rate / 365 per day; `actual`: rate / 365 or / 366 by the year of each day. */
  readonly dayBase?: DayBase | undefined;
  /** Newer rate tables (plain or from {@link prepareRateTables}). */
  readonly tables?: RateTables | PreparedRateTables | undefined;
}

const amountString = decimalStringSchema({ ...AMOUNT_LIMITS, allowNegative: false });

/**
 * A zod schema for {@link ComputeLatePenaltyInput}, with the rules between
 * fields. Issue codes beyond the decimal and date ones: `end_date_missing`
 * (neither `paymentDate` nor `asOf`), `end_date_conflict` (both),
 * `not_positive`, `too_many_decimals` (more decimals than the currency has),
 * `after_end_date` (a partial payment after the end date), `exceeds_amount`,
 * `not_allowed_for_public_buyer` (a contractual rate), `unrecognized_keys`.
 *
 * @example
 * ```ts
 * import { computeLatePenaltyInputSchema } from '@tpe/legal-fr';
 *
 * computeLatePenaltyInputSchema.safeParse({
 *   amount: '1200.00',
 *   dueDate: '2026-03-16',
 *   paymentDate: '2026-04-15',
 *   debtor: 'business',
 * }).success; // true
 * computeLatePenaltyInputSchema.safeParse({
 *   amount: 1200,
 *   dueDate: '2026-03-16',
 *   paymentDate: '2026-04-15',
 *   debtor: 'business',
 * }).success; // false
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export const computeLatePenaltyInputSchema = z
  .strictObject({
    amount: amountString,
    currency: currencyCodeSchema.optional(),
    dueDate: isoDateSchema,
    paymentDate: isoDateSchema.optional(),
    asOf: isoDateSchema.optional(),
    partialPayments: z
      .array(z.strictObject({ date: isoDateSchema, amount: amountString }))
      .optional(),
    debtor: customerKindSchema,
    contractualRate: rateSchema.optional(),
    insolvency: z.boolean().optional(),
    formalNoticeDate: isoDateSchema.optional(),
    halfYearRule: z.enum(['split', 'frozenAtDueDate']).optional(),
    dayBase: z.enum(['365', 'actual']).optional(),
    tables: rateTablesOptionSchema.optional(),
  })
  .check((context) => {
    const read = readPenaltyInput(context.value);
    if (read === undefined) return;
    for (const issue of penaltyInputIssues(read) ?? []) {
      context.issues.push({
        code: 'custom',
        message: issue.message,
        input: context.value,
        path: [...issue.path],
        params: { code: issue.code },
      });
    }
  });

/**
 * Computes the late-payment interest and the flat recovery indemnity owed on
 * one invoice, with the sub-periods and the trace of every rule applied.
 *
 * **Which rate**:
 * - `business` without `contractualRate`: ECB main refinancing rate in force
 *   on 1 January / 1 July + 10 points (C. com. L441-10 II). By default each
 *   day of delay takes the rate of its own half-year (`halfYearRule: 'split'`,
 *   the literal reading of the article); `frozenAtDueDate` keeps the rate of
 *   the due date's half-year, as some software does. Interest runs from the
 *   day after the due date without a reminder.
 * - `publicBuyer`: ECB rate + 8 points, fixed for the whole delay by the
 *   half-year in which interest started to run, i.e. the day after the due
 *   date (CCP R2192-31; `halfYearRule` does not apply).
 * - `consumer` without `contractualRate`: the legal interest rate in the
 *   "autres" category (the creditor is a business), per half-year, from the
 *   day after the formal notice (C. civ. 1231-6); without `formalNoticeDate`
 *   no interest runs.
 * - with `contractualRate`: that rate from the day after the due date (check
 *   a B2B rate with {@link checkContractualPenaltyRate}).
 *
 * **Day count**: `days = last day − due date`: the due date (or the day of
 * the formal notice) is not counted, the payment date or `asOf` is. A partial
 * payment reduces the principal from the day after it is received: the day
 * of payment still bears interest on the former principal, as the final
 * payment date does. Simple interest on the amount including VAT:
 * `principal × rate / 100 × days / 365` (or / 366 for days of a leap year
 * with `dayBase: 'actual'`).
 *
 * **Rounding**: the periods are summed exactly and the penalty is rounded
 * half-up to the cent once. Each period's `amount` is its share of that
 * rounded penalty (rounded down, the cents left over going to the largest
 * remainders), so the periods add up to the penalty exactly; the exact value
 * to 6 decimals is in the trace (`penaltyAmount` step).
 *
 * **Indemnity**: 40.00 € per invoice paid late for `business` and
 * `publicBuyer` debtors, none for consumers, none with `insolvency`, none
 * when nothing was late. It is fixed in euros: for a debt in another currency
 * it is not added (the trace says it is due). Use {@link recoveryIndemnity}
 * for additional compensation on proof.
 *
 * **Gotchas**:
 * - Late-payment interest and the indemnity are compensation, outside the
 *   scope of VAT: no VAT is charged on them.
 * - A payment on or before the due date is not an error: the penalty is zero.
 * - `insolvency` only removes the indemnity: the reference rules used here
 *   say nothing more, and interest is computed up to the end date given. The
 *   opening judgment of the procedure stops the running of interest
 *   (C. com. L622-28): to compute the claim to declare, pass `asOf` = the day
 *   before the judgment.
 * - The 1 July 2026 ECB rate is after the shipped table's `validUntil`
 *   (2026-02-05) and the legal rate of 2026 H2 is not published: a delay
 *   reaching 2026 H2 raises `RATE_UNKNOWN` until newer `tables` are supplied
 *   (`frozenAtDueDate` and public buyers only need the rate of the half-year
 *   where interest started).
 * - Delays before 2013 are refused (`before_rules_in_force`): the B2B and
 *   public margins were different.
 *
 * @param input - the invoice, its payments and the options
 * @returns the penalty, the indemnity and their total as decimal strings in
 *   the invoice's currency, the days late, the periods and the trace
 * @throws {@link TpeError} `INVALID_INPUT` with issues (see
 *   {@link computeLatePenaltyInputSchema}); `RATE_UNKNOWN` when a rate table
 *   does not cover the delay (`details.table` names the table to supply,
 *   `details.lastKnownDate` the last day it covers)
 *
 * @example
 * ```ts
 * import { computeLatePenalty } from '@tpe/legal-fr';
 *
 * const late = computeLatePenalty({
 *   amount: '1200.00',
 *   dueDate: '2026-03-16',
 *   paymentDate: '2026-04-15',
 *   debtor: 'business',
 * });
 * late.penalty; // '11.98'
 * late.indemnity; // '40.00'
 * late.total; // '51.98'
 * late.periods;
 * // [{ from: '2026-03-17', to: '2026-04-15', days: 30, principal: '1200.00', rate: '12.15',
 * //    dayBase: '365', amount: '11.98' }]
 *
 * computeLatePenalty({
 *   amount: '1200.00',
 *   dueDate: '2026-03-16',
 *   paymentDate: '2026-04-15',
 *   partialPayments: [{ date: '2026-03-31', amount: '600.00' }],
 *   debtor: 'business',
 * }).periods.map((period) => [period.days, period.principal, period.amount]);
 * // [[15, '1200.00', '5.99'], [15, '600.00', '3.00']]
 * ```
 *
 * @see C. com. L441-10 II, D441-5; CCP R2192-31, D2192-35; C. civ. 1231-6; CMF L313-2
 * @category Penalties
 * @since 0.1.0
 */
export function computeLatePenalty(input: ComputeLatePenaltyInput): LatePenalty {
  const read = readPenaltyInput(input);
  if (read === undefined || penaltyInputIssues(read) !== undefined) {
    parseWithSchema(computeLatePenaltyInputSchema, input);
    // The schema accepted what the reader refused: never expected.
    throw new TpeError('INVALID_INPUT', 'Invalid input');
  }
  return computePenalty(read, resolveTables(read.tables));
}
