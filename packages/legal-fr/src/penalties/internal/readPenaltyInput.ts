import * as core from '@tpe/core';
import {
  currency as currencyOf,
  DECIMAL_KINDS,
  type DecimalOptions,
  isCurrencyCode,
  type TpeIssue,
} from '@tpe/core';
import type { CustomerKind } from '../../shared/CustomerKind.js';

/**
 * The functions of `@tpe/core` on the hot path, read once: through a CommonJS
 * `require` or a transpiling module loader, each `core.name` read is a getter
 * call, which would be paid on every use below.
 */
const { scaleOfDecimal, toEpochDay, toScaledBigInt, toScaledUnits } = core;

/**
 * The input of `computeLatePenalty` read into integers in one pass: amounts in
 * minor units, dates in epoch days. It accepts exactly what the shape part of
 * `computeLatePenaltyInputSchema` accepts (a property test holds them
 * together) and answers `undefined` for anything else, so that the schema can
 * explain the problem. Rules between fields are checked by
 * {@link penaltyInputIssues}.
 */

/** The most integer digits and decimals of an amount (the schema's limits). */
export const AMOUNT_LIMITS = Object.freeze({ maxIntegerDigits: 15, maxDecimals: 4 });

/** An amount as the schema reads it: within {@link AMOUNT_LIMITS}, not negative. */
const AMOUNT_OPTIONS: DecimalOptions = Object.freeze({ ...AMOUNT_LIMITS, allowNegative: false });

export interface ReadAmount {
  readonly text: string;
  /** Minor units of the currency (meaningless when `decimals` > the currency's exponent). */
  readonly minor: number | bigint;
  readonly decimals: number;
}

export interface ReadPayment {
  readonly day: number;
  readonly date: string;
  readonly amount: ReadAmount;
  /** Position in the caller's list (for issue paths). */
  readonly index: number;
}

/**
 * How the B2B default rate follows the half-years during a delay:
 * `split` (each day at the rate of its own half-year, the literal reading of
 * C. com. L441-10 II) or `frozenAtDueDate` (the rate of the due date's
 * half-year for the whole delay, as some software does). No case law decides.
 *
 * @example
 * ```ts
 * import type { HalfYearRule } from '@tpe/legal-fr';
 *
 * const rule: HalfYearRule = 'frozenAtDueDate';
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export type HalfYearRule = 'split' | 'frozenAtDueDate';

/**
 * The days of the year an annual rate is divided by: always `365` (the usual
 * practice), or `actual` (366 for the days of a leap year).
 *
 * @example
 * ```ts
 * import type { DayBase } from '@tpe/legal-fr';
 *
 * const base: DayBase = 'actual';
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export type DayBase = '365' | 'actual';

export interface PenaltyInput {
  readonly amount: ReadAmount;
  readonly currency: string;
  readonly exponent: number;
  readonly dueDay: number;
  readonly dueDate: string;
  readonly paymentDay: number | undefined;
  readonly paymentDate: string | undefined;
  readonly asOfDay: number | undefined;
  readonly asOf: string | undefined;
  /** Sorted by day, stable. */
  readonly payments: readonly ReadPayment[];
  readonly debtor: CustomerKind;
  readonly contractualRate: string | undefined;
  readonly insolvency: boolean;
  readonly noticeDay: number | undefined;
  readonly noticeDate: string | undefined;
  readonly halfYearRule: HalfYearRule;
  readonly dayBase: DayBase;
  readonly tables: unknown;
}

/**
 * The number of decimals of a decimal string within `options`, read as the
 * schema reads it, or -1 when the schema refuses it.
 */
function decimalsWithin(text: string, options: DecimalOptions): number {
  try {
    return scaleOfDecimal(text, options);
  } catch {
    return -1;
  }
}

function readAmount(value: unknown, exponent: number): ReadAmount | undefined {
  if (typeof value !== 'string') return undefined;
  const decimals = decimalsWithin(value, AMOUNT_OPTIONS);
  if (decimals < 0) return undefined;
  if (decimals > exponent) return { text: value, minor: 0, decimals };
  // Up to 15 digits once scaled, the minor units are a safe integer; beyond, a bigint.
  const digits = value.length - (decimals === 0 ? 0 : 1) + exponent - decimals;
  const minor = digits <= 15 ? toScaledUnits(value, exponent) : toScaledBigInt(value, exponent);
  return { text: value, minor, decimals };
}

function readDay(value: unknown): number {
  // Accepts exactly the dates isoDateSchema accepts and throws otherwise.
  return toEpochDay(value as string);
}

function optionalDay(value: unknown): number | undefined {
  return value === undefined ? undefined : readDay(value);
}

const KEYS = new Set([
  'amount',
  'currency',
  'dueDate',
  'paymentDate',
  'asOf',
  'partialPayments',
  'debtor',
  'contractualRate',
  'insolvency',
  'formalNoticeDate',
  'halfYearRule',
  'dayBase',
  'tables',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the input, or answers `undefined` if its shape is not valid. */
export function readPenaltyInput(input: unknown): PenaltyInput | undefined {
  if (!isRecord(input)) return undefined;
  for (const key in input) {
    if (!KEYS.has(key)) return undefined;
  }
  const { debtor, insolvency, halfYearRule, dayBase, contractualRate } = input;
  if (debtor !== 'business' && debtor !== 'consumer' && debtor !== 'publicBuyer') return undefined;
  if (insolvency !== undefined && typeof insolvency !== 'boolean') return undefined;
  if (
    halfYearRule !== undefined &&
    halfYearRule !== 'split' &&
    halfYearRule !== 'frozenAtDueDate'
  ) {
    return undefined;
  }
  if (dayBase !== undefined && dayBase !== '365' && dayBase !== 'actual') return undefined;
  if (
    contractualRate !== undefined &&
    (typeof contractualRate !== 'string' || decimalsWithin(contractualRate, DECIMAL_KINDS.rate) < 0)
  ) {
    return undefined;
  }
  let currency = 'EUR';
  let exponent = 2;
  if (input.currency !== undefined) {
    if (!isCurrencyCode(input.currency)) return undefined;
    currency = input.currency as string;
    exponent = Number(currencyOf(currency).exponent);
  }
  const amount = readAmount(input.amount, exponent);
  if (amount === undefined) return undefined;
  try {
    const dueDay = readDay(input.dueDate);
    const paymentDay = optionalDay(input.paymentDate);
    const asOfDay = optionalDay(input.asOf);
    const noticeDay = optionalDay(input.formalNoticeDate);
    const payments = readPayments(input.partialPayments, exponent);
    if (payments === undefined) return undefined;
    return {
      amount,
      currency,
      exponent,
      dueDay,
      dueDate: input.dueDate as string,
      paymentDay,
      paymentDate: input.paymentDate as string | undefined,
      asOfDay,
      asOf: input.asOf as string | undefined,
      payments,
      debtor,
      contractualRate: contractualRate as string | undefined,
      insolvency: insolvency === true,
      noticeDay,
      noticeDate: input.formalNoticeDate as string | undefined,
      halfYearRule: halfYearRule ?? 'split',
      dayBase: dayBase ?? '365',
      tables: input.tables,
    };
  } catch {
    return undefined;
  }
}

const NO_PAYMENTS: readonly ReadPayment[] = Object.freeze([]);

function readPayments(value: unknown, exponent: number): readonly ReadPayment[] | undefined {
  if (value === undefined) return NO_PAYMENTS;
  if (!Array.isArray(value)) return undefined;
  const payments: ReadPayment[] = [];
  let sorted = true;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!isRecord(item)) return undefined;
    for (const key in item) {
      if (key !== 'date' && key !== 'amount') return undefined;
    }
    const amount = readAmount(item.amount, exponent);
    if (amount === undefined) return undefined;
    const day = readDay(item.date);
    if (index > 0 && day < (payments[index - 1] as ReadPayment).day) sorted = false;
    payments.push({ day, date: item.date as string, amount, index });
  }
  // Array.prototype.sort is stable: payments of the same day keep their order.
  return sorted ? payments : payments.sort((left, right) => left.day - right.day);
}

function isZero(amount: ReadAmount): boolean {
  return amount.minor === 0 || amount.minor === 0n;
}

/** The rules between fields, or `undefined` when they all hold. */
export function penaltyInputIssues(input: PenaltyInput): TpeIssue[] | undefined {
  if (
    input.payments.length === 0 &&
    (input.paymentDay === undefined) !== (input.asOfDay === undefined) &&
    input.amount.decimals <= input.exponent &&
    input.amount.minor > 0 &&
    (input.contractualRate === undefined || input.debtor !== 'publicBuyer')
  ) {
    return undefined;
  }
  const issues: TpeIssue[] = [];
  const { exponent, currency } = input;
  if (input.paymentDay === undefined && input.asOfDay === undefined) {
    issues.push({
      path: ['paymentDate'],
      code: 'end_date_missing',
      message: 'Give paymentDate (the invoice was paid) or asOf (it is still unpaid on that day)',
    });
  } else if (input.paymentDay !== undefined && input.asOfDay !== undefined) {
    issues.push({
      path: ['asOf'],
      code: 'end_date_conflict',
      message: 'Give either paymentDate or asOf, not both',
    });
  }
  checkAmount(input.amount, ['amount'], exponent, currency, issues);
  const endDay = input.paymentDay ?? input.asOfDay;
  let paid = 0;
  let paidBig = 0n;
  for (const payment of input.payments) {
    checkAmount(
      payment.amount,
      ['partialPayments', payment.index, 'amount'],
      exponent,
      currency,
      issues,
    );
    if (endDay !== undefined && payment.day > endDay) {
      issues.push({
        path: ['partialPayments', payment.index, 'date'],
        code: 'after_end_date',
        message: `Partial payment of ${payment.date} is after the ${input.paymentDay === undefined ? 'asOf date' : 'payment date'}`,
      });
    }
    if (payment.amount.decimals <= exponent) {
      const minor = payment.amount.minor;
      if (typeof minor === 'number' && Number.isSafeInteger(paid + minor)) paid += minor;
      else paidBig += BigInt(minor);
    }
  }
  const amountMinor = input.amount.minor;
  const exceeds =
    paidBig === 0n && typeof amountMinor === 'number'
      ? paid > amountMinor
      : BigInt(paid) + paidBig > BigInt(amountMinor);
  if (input.amount.decimals <= exponent && exceeds) {
    issues.push({
      path: ['partialPayments'],
      code: 'exceeds_amount',
      message: `Partial payments exceed the amount ${input.amount.text}`,
    });
  }
  if (input.contractualRate !== undefined && input.debtor === 'publicBuyer') {
    issues.push({
      path: ['contractualRate'],
      code: 'not_allowed_for_public_buyer',
      message:
        'The moratory interest rate of public buyers is set by CCP R2192-31; a contractual rate does not apply',
    });
  }
  return issues.length === 0 ? undefined : issues;
}

function checkAmount(
  amount: ReadAmount,
  path: readonly (string | number)[],
  exponent: number,
  currency: string,
  issues: TpeIssue[],
): void {
  if (amount.decimals > exponent) {
    issues.push({
      path,
      code: 'too_many_decimals',
      message: `${amount.text} has ${amount.decimals} decimals, ${currency} has ${exponent}`,
    });
  } else if (isZero(amount)) {
    issues.push({ path, code: 'not_positive', message: 'The amount must be greater than zero' });
  }
}
