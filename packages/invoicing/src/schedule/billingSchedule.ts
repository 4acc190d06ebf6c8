import {
  compareDates,
  currencyCodeSchema,
  divideRounded,
  isoDateSchema,
  parseWithSchema,
  ROUNDING_MODES,
  type RoundingMode,
  rateSchema,
  toScaledBigInt,
} from '@tpe/core';
import { z } from 'zod';
import { nameSchema, nonNegativeAmountSchema } from '../internal/fields.js';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { amountOf, unitsOf } from '../payments/internal/amounts.js';
import { invalidInput } from '../payments/internal/inputErrors.js';
import { positiveAmountSchema } from '../payments/internal/settlementSchemas.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';

/**
 * One instalment asked for, by exactly one of:
 *
 * - `percent`: a share of the total, in percent (`"30"`, `"33.33"`), rounded
 *   to the cent;
 * - `amount`: a fixed amount, kept to the cent;
 * - `balance: true`: what the others leave (the "solde"); only the last
 *   instalment may be the balance.
 *
 * @example
 * ```ts
 * import type { InstalmentPlan } from '@tpe/invoicing';
 *
 * const plan: readonly InstalmentPlan[] = [
 *   { dueDate: '2026-03-01', percent: '30', label: 'Acompte à la commande' },
 *   { dueDate: '2026-04-15', amount: '2000.00' },
 *   { dueDate: '2026-06-30', balance: true, label: 'Solde à la livraison' },
 * ];
 * ```
 *
 * @category Billing schedule
 * @since 0.1.0
 */
export type InstalmentPlan = {
  /** The day the instalment is due, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** What the instalment is for, as printed. */
  readonly label?: string | undefined;
} & ({ readonly percent: string } | { readonly amount: string } | { readonly balance: true });

/**
 * A dated instalment of a {@link BillingSchedule}.
 *
 * @example
 * ```ts
 * import type { ScheduledInstalment } from '@tpe/invoicing';
 *
 * const instalment: ScheduledInstalment = {
 *   number: 1, dueDate: '2026-03-01', amount: '370.37', basis: 'percent', percent: '30',
 * };
 * ```
 *
 * @category Billing schedule
 * @since 0.1.0
 */
export interface ScheduledInstalment {
  /** Its rank, from 1. */
  readonly number: number;
  /** The day it is due. */
  readonly dueDate: string;
  /** The amount due, 2 decimals. */
  readonly amount: string;
  /** How it was asked for. */
  readonly basis: 'percent' | 'amount' | 'balance';
  /** The percentage asked for, when `basis` is `percent`. */
  readonly percent?: string | undefined;
  /** The label asked for. */
  readonly label?: string | undefined;
}

/**
 * The result of {@link billingSchedule}: the instalments, whose amounts add
 * up to `total` exactly.
 *
 * @example
 * ```ts
 * import type { BillingSchedule } from '@tpe/invoicing';
 *
 * const schedule: BillingSchedule = {
 *   currency: 'EUR',
 *   total: '100.00',
 *   instalments: [
 *     { number: 1, dueDate: '2026-03-01', amount: '50.00', basis: 'percent', percent: '50' },
 *     { number: 2, dueDate: '2026-04-01', amount: '50.00', basis: 'balance' },
 *   ],
 * };
 * ```
 *
 * @category Billing schedule
 * @since 0.1.0
 */
export interface BillingSchedule {
  /** ISO 4217 code of the amounts. */
  readonly currency: string;
  /** The amount scheduled: the amount given, or the document's amount due (BT-115). */
  readonly total: string;
  /** The instalments, in the order given. */
  readonly instalments: readonly ScheduledInstalment[];
}

/**
 * What {@link billingSchedule} splits: an amount (a decimal string, in
 * euros), anything with an `amountDue` (a {@link PayableInvoice}, a
 * {@link DocumentTotals}), or a document, whose amount due is computed.
 *
 * @example
 * ```ts
 * import type { BillingScheduleSource } from '@tpe/invoicing';
 *
 * const amount: BillingScheduleSource = '1234.56';
 * const inDollars: BillingScheduleSource = { amountDue: '1234.56', currency: 'USD' };
 * ```
 *
 * @category Billing schedule
 * @since 0.1.0
 */
export type BillingScheduleSource =
  | string
  | CommercialDocument
  | { readonly amountDue: string; readonly currency?: string | undefined };

/**
 * Options of {@link billingSchedule}.
 *
 * @example
 * ```ts
 * import type { BillingScheduleOptions } from '@tpe/invoicing';
 *
 * const options: BillingScheduleOptions = { rounding: 'halfEven' };
 * ```
 *
 * @category Billing schedule
 * @since 0.1.0
 */
export interface BillingScheduleOptions {
  /** How percentage instalments are rounded to the cent; half away from zero (`halfUp`) by default. */
  readonly rounding?: RoundingMode | undefined;
}

/** Rates and percents are read with 6 decimals. */
const PERCENT_SCALE = 6;
/** 100 % in percent units at {@link PERCENT_SCALE}. */
const HUNDRED_PERCENT = 100n * 10n ** BigInt(PERCENT_SCALE);

const percentSchema = rateSchema.check((context) => {
  // Only a well-formed rate is compared; rateSchema reports the others.
  if (!/^\d{1,4}(\.\d{1,6})?$/.test(context.value)) return;
  const units = toScaledBigInt(context.value, PERCENT_SCALE);
  if (units === 0n || units > HUNDRED_PERCENT) {
    context.issues.push({
      code: 'custom',
      message: 'A percentage above 0 and at most 100',
      input: context.value,
      params: { code: 'percent_out_of_range' },
    });
  }
});

const planSchema = z
  .strictObject({
    dueDate: isoDateSchema,
    label: nameSchema.optional(),
    percent: percentSchema.optional(),
    amount: positiveAmountSchema.optional(),
    balance: z.literal(true).optional(),
  })
  .check((context) => {
    const given = [context.value.percent, context.value.amount, context.value.balance];
    if (given.filter((value) => value !== undefined).length !== 1) {
      context.issues.push({
        code: 'custom',
        message: 'Give exactly one of percent, amount and balance',
        input: context.value,
        params: { code: 'percent_amount_or_balance' },
      });
    }
  });

const inputSchema = z.strictObject({
  instalments: z.array(planSchema).min(1).max(1000),
  options: z.strictObject({ rounding: z.enum(ROUNDING_MODES).optional() }),
});

const amountSourceSchema = z.object({ source: nonNegativeAmountSchema });

const amountDueSourceSchema = z.object({
  source: z.object({ amountDue: nonNegativeAmountSchema, currency: currencyCodeSchema.optional() }),
});

type ParsedPlan = z.output<typeof planSchema>;

/**
 * Splits an invoice's amount (or any amount) into dated instalments — an
 * échéancier — whose amounts add up to it exactly, never losing or creating
 * a cent.
 *
 * **Rules**:
 * - fixed `amount`s are kept as given;
 * - each `percent` instalment is `total × percent / 100` rounded to the cent
 *   (half-up by default), except the one that absorbs the rounding;
 * - the absorbing instalment is the `balance` one when there is one (it
 *   takes whatever the others leave), otherwise the last `percent`
 *   instalment (it takes `total − the others`, so the rounding differences
 *   end up there);
 * - without a `balance` instalment, the exact shares (fixed amounts plus
 *   the unrounded percentages) must add up to the total exactly: percentages
 *   alone must add up to 100 %, fixed amounts alone to the total;
 * - the exact shares may never exceed the total;
 * - due dates go forward (equal dates allowed).
 *
 * **Gotchas**: with very small totals, rounding several percentages up may
 * leave less than nothing for the absorbing instalment (30 % + 30 % + 30 %
 * of 0.05 € = 0.02 € each): refused with `instalment_negative` rather than
 * giving a negative instalment; pass `rounding: 'down'` for such cases.
 *
 * @param source - the amount, an object with `amountDue` (and `currency`),
 *   or a document (its amount due, BT-115, is computed)
 * @param instalments - the instalments, in due-date order
 * @param options - the rounding mode of percentages
 * @returns the instalments with their amounts and the total
 * @throws {@link TpeError} `INVALID_INPUT` with the issue codes
 *   `percent_amount_or_balance`, `percent_out_of_range`, `balance_not_last`,
 *   `dates_not_chronological`, `exceeds_total` (the fixed amounts and
 *   percentages add up to more than the total), `does_not_add_up` (to less,
 *   without a balance instalment), `instalment_negative`; the errors of
 *   `computeDocumentTotals` for a document
 *
 * @example
 * ```ts
 * import { billingSchedule } from '@tpe/invoicing';
 *
 * // 1234.56 × 30 % = 370.368 → 370.37; × 40 % = 493.824 → 493.82; balance 1234.56 − 864.19 = 370.37
 * billingSchedule('1234.56', [
 *   { dueDate: '2026-03-01', percent: '30' },
 *   { dueDate: '2026-04-01', percent: '40' },
 *   { dueDate: '2026-05-01', balance: true },
 * ]).instalments.map((instalment) => instalment.amount); // ['370.37', '493.82', '370.37']
 *
 * // three thirds of 100.00: 33.33 + 33.33, and the last takes 100.00 − 66.66 = 33.34
 * billingSchedule({ amountDue: '100.00' }, [
 *   { dueDate: '2026-03-01', percent: '33.333333' },
 *   { dueDate: '2026-04-01', percent: '33.333333' },
 *   { dueDate: '2026-05-01', percent: '33.333334' },
 * ]).instalments.map((instalment) => instalment.amount); // ['33.33', '33.33', '33.34']
 *
 * billingSchedule('1000.00', [
 *   { dueDate: '2026-03-01', amount: '600.00' },
 *   { dueDate: '2026-04-01', amount: '500.00' },
 * ]); // throws TpeError INVALID_INPUT
 * ```
 *
 * @category Billing schedule
 * @since 0.1.0
 */
export function billingSchedule(
  source: BillingScheduleSource,
  instalments: readonly InstalmentPlan[],
  options: BillingScheduleOptions = {},
): BillingSchedule {
  const { total, currency } = readSource(source);
  const parsed = parseWithSchema(inputSchema, { instalments, options });
  const plans = parsed.instalments;
  checkOrder(plans);
  const mode = parsed.options.rounding ?? 'halfUp';
  const balanceIndex = plans.findIndex((plan) => plan.balance === true);
  const absorber = balanceIndex >= 0 ? balanceIndex : lastPercentIndex(plans);

  // Exact shares in units of 1 / (100 × 10^6) cent: fixed amounts and unrounded percentages.
  const exact = plans.reduce((sum, plan) => sum + exactShare(plan, total), 0n);
  const wholeTotal = total * HUNDRED_PERCENT;
  if (exact > wholeTotal) {
    throw invalidInput(
      ['instalments'],
      'exceeds_total',
      `The instalments add up to more than the total ${amountOf(total)}`,
    );
  }
  if (balanceIndex < 0 && exact !== wholeTotal) {
    throw invalidInput(
      ['instalments'],
      'does_not_add_up',
      `The instalments add up to less than the total ${amountOf(total)}: add a last { balance: true } instalment`,
    );
  }
  const amounts = plans.map((plan) =>
    plan.amount !== undefined
      ? unitsOf(plan.amount)
      : plan.percent !== undefined
        ? divideRounded(total * toScaledBigInt(plan.percent, PERCENT_SCALE), HUNDRED_PERCENT, mode)
        : 0n,
  );
  if (absorber >= 0) {
    const others = amounts.reduce(
      (sum, units, index) => (index === absorber ? sum : sum + units),
      0n,
    );
    amounts[absorber] = total - others;
    if (total - others < 0n) {
      throw invalidInput(
        ['instalments', absorber],
        'instalment_negative',
        `The rounded instalments leave ${amountOf(total - others)} for instalment ${absorber + 1}`,
      );
    }
  }
  return {
    currency,
    total: amountOf(total),
    instalments: plans.map((plan, index) => ({
      number: index + 1,
      dueDate: plan.dueDate,
      amount: amountOf(amounts[index] ?? 0n),
      basis:
        plan.percent !== undefined ? 'percent' : plan.amount !== undefined ? 'amount' : 'balance',
      ...(plan.percent === undefined ? {} : { percent: plan.percent }),
      ...(plan.label === undefined ? {} : { label: plan.label }),
    })),
  };
}

/** The amount to split, in cents, and its currency. */
function readSource(source: BillingScheduleSource): { total: bigint; currency: string } {
  if (typeof source === 'object' && source !== null && 'lines' in source) {
    const totals = computeDocumentTotals(source);
    if (totals.amountDue.startsWith('-')) {
      throw invalidInput(
        ['source'],
        'negative_total',
        `The document's amount due ${totals.amountDue} is negative`,
      );
    }
    return { total: unitsOf(totals.amountDue), currency: source.currency };
  }
  if (typeof source === 'string') {
    return {
      total: unitsOf(parseWithSchema(amountSourceSchema, { source }).source),
      currency: 'EUR',
    };
  }
  const parsed = parseWithSchema(amountDueSourceSchema, { source }).source;
  return { total: unitsOf(parsed.amountDue), currency: parsed.currency ?? 'EUR' };
}

/** The exact share of an instalment, in units of 1 / (100 × 10^6) cent. */
function exactShare(plan: ParsedPlan, total: bigint): bigint {
  if (plan.amount !== undefined) return unitsOf(plan.amount) * HUNDRED_PERCENT;
  if (plan.percent !== undefined) return total * toScaledBigInt(plan.percent, PERCENT_SCALE);
  return 0n;
}

/** The index of the last percentage instalment, or -1. */
function lastPercentIndex(plans: readonly ParsedPlan[]): number {
  for (let index = plans.length - 1; index >= 0; index--) {
    if (plans[index]?.percent !== undefined) return index;
  }
  return -1;
}

function checkOrder(plans: readonly ParsedPlan[]): void {
  plans.forEach((plan, index) => {
    if (plan.balance === true && index !== plans.length - 1) {
      throw invalidInput(
        ['instalments', index, 'balance'],
        'balance_not_last',
        'Only the last instalment may be the balance',
      );
    }
    const previous = plans[index - 1];
    if (previous !== undefined && compareDates(plan.dueDate, previous.dueDate) < 0) {
      throw invalidInput(
        ['instalments', index, 'dueDate'],
        'dates_not_chronological',
        `Instalment ${index + 1} is due on ${plan.dueDate}, before instalment ${index} (${previous.dueDate})`,
      );
    }
  });
}
