import * as core from '@tpe/core';
import { legalRowForHalfYear } from '../../rates/internal/compiledTables.js';
import {
  daysInYearOfHalfYear,
  halfYearIndexOfDay,
  halfYearStartDate,
  halfYearStartDay,
} from '../../rates/internal/halfYears.js';
import type { ResolvedTables } from '../../rates/internal/preparedTables.js';
import type { TraceStep } from '../../shared/TraceStep.js';
import {
  B2B_ARTICLE,
  type PenaltyRegime,
  penaltyRateForHalfYear,
  type RateEntry,
} from './penaltyRules.js';
import type { PenaltyInput, ReadPayment } from './readPenaltyInput.js';

/**
 * The functions of `@tpe/core` on the hot path, read once: through a CommonJS
 * `require` or a transpiling module loader, each `core.name` read is a getter
 * call, which would be paid on every use below.
 */
const { divideRounded, formatScaledUnits, fromEpochDay, scaleOfDecimal, toScaledUnits } = core;

/**
 * One sub-period of delay with a constant principal, rate and day base. Both
 * `from` and `to` are counted.
 *
 * @example
 * ```ts
 * import type { LatePenaltyPeriod } from '@tpe/legal-fr';
 *
 * const period: LatePenaltyPeriod = {
 *   from: '2026-03-17',
 *   to: '2026-04-15',
 *   days: 30,
 *   principal: '1200.00',
 *   rate: '12.15',
 *   dayBase: '365',
 *   amount: '11.98',
 * };
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export interface LatePenaltyPeriod {
  /** The first day of delay counted in the period. */
  readonly from: string;
  /** The last day of delay counted in the period. */
  readonly to: string;
  /** Days counted: `to − from + 1`. */
  readonly days: number;
  /** The outstanding principal during the period. */
  readonly principal: string;
  /** The annual rate in percent. */
  readonly rate: string;
  /** The days of the year the rate is divided by: `"365"`, or `"366"` with `dayBase: 'actual'` in a leap year. */
  readonly dayBase: '365' | '366';
  /** The period's share of the rounded penalty; the shares add up to the penalty exactly. */
  readonly amount: string;
}

/**
 * The late-payment interest and indemnity owed on one invoice, as returned by
 * `computeLatePenalty`. Amounts are decimal strings in `currency`; neither
 * bears VAT.
 *
 * @example
 * ```ts
 * import { computeLatePenalty, type LatePenalty } from '@tpe/legal-fr';
 *
 * const late: LatePenalty = computeLatePenalty({
 *   amount: '1200.00',
 *   dueDate: '2026-03-16',
 *   paymentDate: '2026-04-15',
 *   debtor: 'business',
 * });
 * late.total; // '51.98'
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export interface LatePenalty {
  /** The late-payment interest, rounded half-up to the cent. */
  readonly penalty: string;
  /** The flat recovery indemnity: `"40.00"` or `"0.00"`. */
  readonly indemnity: string;
  /** `penalty + indemnity`. */
  readonly total: string;
  /** The ISO 4217 code of the three amounts. */
  readonly currency: string;
  /** Calendar days from the due date to the payment date (or `asOf`); 0 if not late. */
  readonly daysLate: number;
  /**
   * The sub-periods of delay, in order; empty when no interest runs. Written
   * on first read from figures kept at computation time, so that batch callers
   * needing only the amounts do not pay for the dates; every read returns the
   * same frozen list. It is a getter: a spread copy `{ ...result }` drops it,
   * while `JSON.stringify` keeps it.
   */
  readonly periods: readonly LatePenaltyPeriod[];
  /** Every rule applied, with its article and figures; a getter written on first read, like `periods`. */
  readonly trace: readonly TraceStep[];
}

const CONTRACT = 0;
const B2B_SPLIT = 1;
const B2B_FROZEN = 2;
const PUBLIC = 3;
const LEGAL = 4;
type Mode = typeof CONTRACT | typeof B2B_SPLIT | typeof B2B_FROZEN | typeof PUBLIC | typeof LEGAL;

/** 365 × 366: the common denominator of the two day bases with `dayBase: 'actual'`. */
const BOTH_BASES = 133_590;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const EXACT_DECIMALS = 6;
const FLAT_INDEMNITY_CENTS = 4000;
const SUM_365 = 'Σ principal × rate × days / 365 = ';
const SUM_ACTUAL = 'Σ principal × rate × days / days of the year (365 or 366) = ';
const NO_VAT = '; simple interest, no VAT on late-payment interest';
const DAYS_LATE_SUFFIX =
  ' day(s) late (the due date is not counted, the last day is); interest runs without a reminder';

/** One sub-period of constant principal, rate and day base, in day numbers and units. */
interface Segment {
  readonly from: number;
  readonly to: number;
  /** In minor units. */
  readonly principal: number | bigint;
  readonly rate: RateEntry;
  readonly base: number;
}

/** Computes the penalty of a checked input. */
export function computePenalty(input: PenaltyInput, tables: ResolvedTables): LatePenalty {
  const { dueDay, debtor, payments, exponent } = input;
  const endDay = (input.paymentDay ?? input.asOfDay) as number;
  const daysLate = endDay > dueDay ? endDay - dueDay : 0;
  const contractual = input.contractualRate;

  let mode: Mode;
  let firstDay = dueDay + 1;
  if (contractual !== undefined) mode = CONTRACT;
  else if (debtor === 'business') mode = input.halfYearRule === 'split' ? B2B_SPLIT : B2B_FROZEN;
  else if (debtor === 'publicBuyer') mode = PUBLIC;
  else {
    mode = LEGAL;
    firstDay = input.noticeDay === undefined ? endDay + 1 : Math.max(dueDay, input.noticeDay) + 1;
  }

  // The principal before the first day counted (payments are sorted by day).
  const count = payments.length;
  let big = typeof input.amount.minor === 'bigint';
  for (let index = 0; index < count && !big; index++) {
    big = typeof (payments[index] as ReadPayment).amount.minor === 'bigint';
  }
  let principal: number | bigint = big ? BigInt(input.amount.minor) : input.amount.minor;
  let paymentIndex = 0;
  while (paymentIndex < count && (payments[paymentIndex] as ReadPayment).day < firstDay) {
    principal = reduce(principal, (payments[paymentIndex] as ReadPayment).amount.minor);
    paymentIndex++;
  }

  // Walk the days of delay, cutting at payments and at half-year or year boundaries.
  const actual = input.dayBase === 'actual';
  const splitHalf = mode === B2B_SPLIT || mode === LEGAL;
  let scale = 2;
  let fixed: RateEntry | undefined;
  if (firstDay <= endDay && principal > 0) {
    if (mode === CONTRACT) {
      const text = contractual as string;
      scale = Math.max(2, scaleOfDecimal(text));
      fixed = contractRate(input, toScaledUnits(text, scale), scale);
    } else if (mode === B2B_FROZEN || mode === PUBLIC) {
      const regime = mode === PUBLIC ? 'publicBuyer' : 'b2bDefault';
      const day = mode === PUBLIC ? firstDay : dueDay;
      fixed = statutoryRate(tables, regime, halfYearIndexOfDay(day));
      scale = tables.rates.ecbScale;
    } else {
      scale = mode === LEGAL ? tables.rates.legalScale : tables.rates.ecbScale;
    }
  }
  let segments: Segment[] | undefined;
  let cursor = firstDay;
  let halfYear = splitHalf || actual ? halfYearIndexOfDay(cursor) : 0;
  let boundary = nextBoundary(halfYear, splitHalf, actual);
  let rate = fixed;
  let rateHalfYear = Number.NaN;
  while (cursor <= endDay && principal > 0) {
    let last = endDay;
    if (paymentIndex < count) {
      const paymentDay = (payments[paymentIndex] as ReadPayment).day;
      if (paymentDay < last) last = paymentDay;
    }
    if (boundary <= last) last = boundary - 1;
    if (splitHalf && halfYear !== rateHalfYear) {
      rate =
        mode === LEGAL
          ? legalRate(tables, halfYear)
          : statutoryRate(tables, 'b2bDefault', halfYear);
      rateHalfYear = halfYear;
    }
    const segment: Segment = {
      from: cursor,
      to: last,
      principal,
      rate: rate as RateEntry,
      base: actual ? daysInYearOfHalfYear(halfYear) : 365,
    };
    if (segments === undefined) segments = [segment];
    else segments.push(segment);
    cursor = last + 1;
    while (paymentIndex < count && (payments[paymentIndex] as ReadPayment).day < cursor) {
      principal = reduce(principal, (payments[paymentIndex] as ReadPayment).amount.minor);
      paymentIndex++;
    }
    if (cursor >= boundary) {
      halfYear = halfYearIndexOfDay(cursor);
      boundary = nextBoundary(halfYear, splitHalf, actual);
    }
  }
  const all: readonly Segment[] = segments ?? NO_SEGMENTS;

  // Exact numerators over one common denominator, then one rounding.
  const denominator = 100 * (POWERS[scale] ?? 10 ** scale) * (actual ? BOTH_BASES : 365);
  const penalty =
    (big ? undefined : numberPenalty(all, denominator, actual)) ??
    bigIntPenalty(all, denominator, actual);
  const penaltyText = formatScaledUnits(penalty, exponent);
  const indemnityStep = indemnity(input, all.length > 0);
  const indemnityMinor =
    indemnityStep === FLAT_INDEMNITY_STEP || indemnityStep === PUBLIC_FLAT_INDEMNITY_STEP
      ? FLAT_INDEMNITY_CENTS
      : 0;
  const total =
    typeof penalty === 'bigint' ? penalty + BigInt(indemnityMinor) : penalty + indemnityMinor;
  return new ExplainedPenalty(
    {
      penalty: penaltyText,
      indemnity: indemnityMinor === 0 ? formatScaledUnits(0, exponent) : '40.00',
      total: indemnityMinor === 0 ? penaltyText : formatScaledUnits(total, exponent),
      currency: input.currency,
      daysLate,
    },
    { input, mode, firstDay, endDay, fixed, segments: all, denominator, indemnityStep },
  );
}

/** What the periods and the trace are written from, kept until they are first read. */
interface Explanation {
  readonly input: PenaltyInput;
  readonly mode: Mode;
  readonly firstDay: number;
  readonly endDay: number;
  /** The rate of the whole delay, unless it follows the half-years. */
  readonly fixed: RateEntry | undefined;
  readonly segments: readonly Segment[];
  readonly denominator: number;
  readonly indemnityStep: TraceStep;
}

/**
 * A penalty and the figures that explain it; its periods and trace are written
 * from them on first read, then kept. Writing dates and messages costs more
 * than the interest arithmetic, and batch callers (dunning runs, aged
 * balances) mostly read the amounts. `periods` and `trace` are getters of the
 * class: a spread copy drops them, `toJSON` keeps them. Only numbers, strings
 * and the read input (a copy, not the caller's object) are kept, so a later
 * change to the caller's input cannot alter them.
 */
class ExplainedPenalty implements LatePenalty {
  readonly penalty: string;
  readonly indemnity: string;
  readonly total: string;
  readonly currency: string;
  readonly daysLate: number;
  readonly #explanation: Explanation;
  #periods: readonly LatePenaltyPeriod[] | undefined;
  #trace: readonly TraceStep[] | undefined;

  constructor(figures: Omit<LatePenalty, 'periods' | 'trace'>, explanation: Explanation) {
    this.penalty = figures.penalty;
    this.indemnity = figures.indemnity;
    this.total = figures.total;
    this.currency = figures.currency;
    this.daysLate = figures.daysLate;
    this.#explanation = explanation;
    this.#periods = undefined;
    this.#trace = undefined;
  }

  get periods(): readonly LatePenaltyPeriod[] {
    if (this.#periods === undefined) {
      this.#periods = Object.freeze(periodsOf(this.#explanation, this.penalty));
    }
    return this.#periods;
  }

  get trace(): readonly TraceStep[] {
    if (this.#trace === undefined) {
      this.#trace = Object.freeze(explain(this.#explanation, this.penalty, this.daysLate));
    }
    return this.#trace;
  }

  toJSON(): LatePenalty {
    return {
      penalty: this.penalty,
      indemnity: this.indemnity,
      total: this.total,
      currency: this.currency,
      daysLate: this.daysLate,
      periods: this.periods,
      trace: this.trace,
    };
  }
}

/** One row per segment; the rounded penalty shared out so that the rows add up to it. */
function periodsOf(explanation: Explanation, penaltyText: string): LatePenaltyPeriod[] {
  const { segments, denominator, input } = explanation;
  const exponent = input.exponent;
  const actual = input.dayBase === 'actual';
  const amounts =
    segments.length === 1
      ? [penaltyText]
      : shareOut(segments, denominator, actual).map((share) => formatScaledUnits(share, exponent));
  return segments.map((segment, index) => ({
    from: fromEpochDay(segment.from),
    to: fromEpochDay(segment.to),
    days: segment.to - segment.from + 1,
    principal: formatScaledUnits(segment.principal, exponent),
    rate: segment.rate.text,
    dayBase: segment.base === 366 ? '366' : '365',
    amount: amounts[index] as string,
  }));
}

/** Every rule applied, in order: the delay, the rates, the partial payments, the amount, the indemnity. */
function explain(explanation: Explanation, penaltyText: string, daysLate: number): TraceStep[] {
  const { input, mode, firstDay, endDay, segments, denominator } = explanation;
  const actual = input.dayBase === 'actual';
  const exactText = formatScaledUnits(
    exactMillionths(segments, denominator, actual, input.exponent),
    EXACT_DECIMALS,
  );
  return [
    delayStep(input, mode, firstDay, endDay, daysLate),
    ...rateSteps(explanation),
    ...input.payments.map((payment) => paymentStep(payment, firstDay)),
    {
      rule: 'penaltyAmount',
      message: `${actual ? SUM_ACTUAL : SUM_365}${exactText}, rounded half-up to ${penaltyText} ${input.currency}${NO_VAT}`,
      values: { exact: exactText, penalty: penaltyText, dayBase: input.dayBase },
    },
    explanation.indemnityStep,
  ];
}

/** The unrounded penalty in millionths of the currency unit, rounded half-up. */
function exactMillionths(
  segments: readonly Segment[],
  denominator: number,
  actual: boolean,
  exponent: number,
): bigint {
  let sum = 0n;
  for (const segment of segments) sum += bigNumerator(segment, actual);
  const big = BigInt(denominator);
  const toMillionths = 10n ** BigInt(EXACT_DECIMALS - exponent);
  return (sum / big) * toMillionths + (divideRounded((sum % big) * toMillionths, big) as bigint);
}

/** The rate steps: the fixed rate, or each half-year's rate in the order met. */
function rateSteps(explanation: Explanation): TraceStep[] {
  const { fixed, segments } = explanation;
  if (fixed !== undefined) return [fixed.fixedStep];
  const steps: TraceStep[] = [];
  let previous: RateEntry | undefined;
  for (const { rate } of segments) {
    if (rate !== previous) steps.push(rate.step);
    previous = rate;
  }
  return steps;
}

const NO_SEGMENTS: readonly Segment[] = Object.freeze([]);
const POWERS: readonly number[] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

function reduce(principal: number | bigint, paid: number | bigint): number | bigint {
  return typeof principal === 'bigint' ? principal - BigInt(paid) : principal - (paid as number);
}

function nextBoundary(halfYear: number, splitHalf: boolean, actual: boolean): number {
  if (splitHalf) return halfYearStartDay(halfYear + 1);
  if (actual) return halfYearStartDay(halfYear - (halfYear % 2) + 2);
  return Number.POSITIVE_INFINITY;
}

function statutoryRate(tables: ResolvedTables, regime: PenaltyRegime, halfYear: number): RateEntry {
  const { rates } = tables;
  const entries = regime === 'b2bDefault' ? rates.b2b : rates.publicBuyer;
  const entry = entries[halfYear - rates.ecbFirstHalfYear];
  if (entry !== undefined) return entry;
  // Outside the table or before 2013: this throws the explaining error.
  penaltyRateForHalfYear(tables.ecb, regime, halfYear, ['dueDate']);
  throw new Error(`No rate for half-year ${halfYear}`);
}

function legalRate(tables: ResolvedTables, halfYear: number): RateEntry {
  const { rates } = tables;
  const entry = rates.legal[halfYear - rates.legalFirstHalfYear];
  if (entry !== undefined) return entry;
  legalRowForHalfYear(tables.legal, halfYear, halfYearStartDate(halfYear));
  throw new Error(`No legal rate for half-year ${halfYear}`);
}

function contractRate(input: PenaltyInput, units: number, scale: number): RateEntry {
  const text = formatScaledUnits(units, scale);
  const consumer = input.debtor === 'consumer';
  const step: TraceStep = {
    rule: 'contractualRate',
    article: consumer ? 'C. civ. 1231-5' : B2B_ARTICLE,
    message: consumer
      ? `Rate stipulated in the contract: ${text} % from the day after the due date (a judge may reduce a manifestly excessive penalty)`
      : `Rate stipulated in the contract: ${text} % (it must not be below 3 × the legal interest rate: see checkContractualPenaltyRate)`,
    values: { rate: text },
  };
  return { units, text, step, fixedStep: step };
}

/** The penalty in minor units on safe integers, or `undefined` if a product may not be exact. */
function numberPenalty(
  segments: readonly Segment[],
  denominator: number,
  actual: boolean,
): number | undefined {
  let sum = 0;
  for (const segment of segments) {
    const numerator =
      (segment.principal as number) *
      segment.rate.units *
      (segment.to - segment.from + 1) *
      (actual ? BOTH_BASES / segment.base : 1);
    sum += numerator;
    if (!Number.isSafeInteger(numerator) || sum > MAX_SAFE - denominator) return undefined;
  }
  return divideRounded(sum, denominator) as number;
}

/** The penalty in minor units, on bigints. */
function bigIntPenalty(segments: readonly Segment[], denominator: number, actual: boolean): bigint {
  let sum = 0n;
  for (const segment of segments) sum += bigNumerator(segment, actual);
  return divideRounded(sum, BigInt(denominator)) as bigint;
}

/** principal × rate units × days (× 366 or 365 with the actual day base). */
function bigNumerator(segment: Segment, actual: boolean): bigint {
  return (
    BigInt(segment.principal) *
    BigInt(segment.rate.units) *
    BigInt(segment.to - segment.from + 1) *
    BigInt(actual ? BOTH_BASES / segment.base : 1)
  );
}

/**
 * Each segment's share of the rounded penalty in minor units: rounded down,
 * then the units left over one each to the largest remainders, ties to the
 * earliest segment, so that the shares add up to the penalty.
 */
function shareOut(segments: readonly Segment[], denominator: number, actual: boolean): bigint[] {
  const divisor = BigInt(denominator);
  const numerators = segments.map((segment) => bigNumerator(segment, actual));
  const sum = numerators.reduce((total, numerator) => total + numerator, 0n);
  const shares = numerators.map((numerator) => numerator / divisor);
  const left = Number(
    (divideRounded(sum, divisor) as bigint) - shares.reduce((total, share) => total + share, 0n),
  );
  const byRemainder = numerators
    .map((numerator, index) => ({ index, remainder: numerator % divisor }))
    .sort((a, b) =>
      a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : a.index - b.index,
    );
  for (let given = 0; given < left; given++) {
    const index = (byRemainder[given] as { index: number }).index;
    shares[index] = (shares[index] as bigint) + 1n;
  }
  return shares;
}

function delayStep(
  input: PenaltyInput,
  mode: Mode,
  firstDay: number,
  endDay: number,
  daysLate: number,
): TraceStep {
  const endDate = (input.paymentDate ?? input.asOf) as string;
  const end = input.paymentDay === undefined ? ', unpaid on ' : ', paid on ';
  if (mode === LEGAL) {
    if (input.noticeDate === undefined) {
      return {
        rule: 'formalNotice',
        article: 'C. civ. 1231-6',
        message: `Consumer debt due ${input.dueDate}${end}${endDate}: without a formal notice (mise en demeure) legal interest does not run`,
        values: { dueDate: input.dueDate, endDate, daysLate: String(daysLate) },
      };
    }
    const counted = endDay >= firstDay ? endDay - firstDay + 1 : 0;
    return {
      rule: 'formalNotice',
      article: 'C. civ. 1231-6, 1344',
      message: `Consumer debt due ${input.dueDate}${end}${endDate}: legal interest runs from the formal notice of ${input.noticeDate}, ${counted} day(s) counted (the notice day is not counted, the last day is)`,
      values: {
        dueDate: input.dueDate,
        formalNoticeDate: input.noticeDate,
        endDate,
        days: String(counted),
      },
    };
  }
  const daysLateText = String(daysLate);
  return {
    rule: 'daysLate',
    article: mode === PUBLIC ? 'CCP R2192-31' : B2B_ARTICLE,
    message: `Due ${input.dueDate}${end}${endDate}: ${daysLateText}${DAYS_LATE_SUFFIX}`,
    values: { dueDate: input.dueDate, endDate, daysLate: daysLateText },
  };
}

function paymentStep(payment: ReadPayment, firstDay: number): TraceStep {
  return {
    rule: 'partialPayment',
    message:
      payment.day < firstDay
        ? `Partial payment of ${payment.amount.text} on ${payment.date}, before interest started to run: the principal is reduced from the first day`
        : `Partial payment of ${payment.amount.text} on ${payment.date}: that day still bears interest on the former principal, the reduced principal runs from the next day`,
    values: { date: payment.date, amount: payment.amount.text },
  };
}

function constantStep(step: TraceStep): TraceStep {
  if (step.values !== undefined) Object.freeze(step.values);
  return Object.freeze(step);
}

const FLAT_INDEMNITY_STEP = constantStep({
  rule: 'recoveryIndemnity',
  article: 'C. com. L441-10 II, D441-5',
  message: 'Flat recovery indemnity for an invoice paid late: 40.00 EUR (no VAT)',
  values: { indemnity: '40.00' },
});
const PUBLIC_FLAT_INDEMNITY_STEP = constantStep({
  ...FLAT_INDEMNITY_STEP,
  article: 'CCP D2192-35',
});
const INSOLVENCY_STEP = constantStep({
  rule: 'insolvency',
  article: 'C. com. L441-10 II',
  message:
    'Safeguard, receivership or liquidation: no flat recovery indemnity; interest is computed up to the end date given (the claim is to be declared to the mandataire judiciaire)',
  values: { insolvency: 'true', indemnity: '0' },
});
const CONSUMER_STEP = constantStep({
  rule: 'recoveryIndemnity',
  article: 'C. com. L441-10 II',
  message: 'No flat recovery indemnity: it applies to professional debtors only, not to consumers',
  values: { indemnity: '0' },
});
const NOT_LATE_STEP = constantStep({
  rule: 'recoveryIndemnity',
  article: 'C. com. L441-10 II, D441-5',
  message: 'No flat recovery indemnity: nothing was paid late',
  values: { indemnity: '0' },
});

/** The indemnity step; the flat indemnity is added when it is `FLAT_INDEMNITY_STEP` or its public twin. */
function indemnity(input: PenaltyInput, late: boolean): TraceStep {
  const { debtor } = input;
  if (input.insolvency) return INSOLVENCY_STEP;
  if (debtor === 'consumer') return CONSUMER_STEP;
  if (!late) return NOT_LATE_STEP;
  if (input.currency !== 'EUR') {
    return {
      rule: 'recoveryIndemnity',
      article: debtor === 'publicBuyer' ? 'CCP D2192-35' : 'C. com. L441-10 II, D441-5',
      message: `A flat recovery indemnity of 40.00 EUR is due but not added: it is fixed in euros and the debt is in ${input.currency}`,
      values: { indemnity: '0', indemnityDueEur: '40.00' },
    };
  }
  return debtor === 'publicBuyer' ? PUBLIC_FLAT_INDEMNITY_STEP : FLAT_INDEMNITY_STEP;
}
