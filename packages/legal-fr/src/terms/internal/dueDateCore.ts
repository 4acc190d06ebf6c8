import { endOfMonth, fromEpochDay, type IsoDate, TpeError, toEpochDay } from '@tpe/core';
import type { TraceStep } from '../../shared/TraceStep.js';
import type { ReceiptDateFallback } from '../computeDueDate.js';
import {
  type PaymentTerm,
  PUBLIC_BUYER_MAX_PAYMENT_DAYS,
  type PublicBuyerCategory,
} from '../PaymentTerm.js';

/** The dates of a due-date computation, checked to be real dates. */
export interface CheckedDueDateInput {
  readonly issueDate: string;
  readonly deliveryDate?: string | undefined;
  readonly receiptDate?: string | undefined;
  readonly term: PaymentTerm;
}

/** A due date with the steps that led to it. */
export interface DueDateSteps {
  readonly dueDate: IsoDate;
  readonly trace: readonly TraceStep[];
}

/** The legal reference of each public buyer category's ceiling. */
export const PUBLIC_BUYER_ARTICLE: Readonly<Record<PublicBuyerCategory, string>> = Object.freeze({
  stateOrLocalAuthority: 'CCP R2192-10',
  publicHealthEstablishment: 'CCP R2192-11',
  publicCompany: 'CCP R2192-11',
});

/** Plain-words names of the public buyer categories. */
export const PUBLIC_BUYER_LABEL: Readonly<Record<PublicBuyerCategory, string>> = Object.freeze({
  stateOrLocalAuthority: 'the State or a local authority',
  publicHealthEstablishment: 'a public health establishment',
  publicCompany: 'a public company',
});

/** The input's dates as day numbers (`toEpochDay`), read once. */
export interface InputDays {
  readonly issue: number;
  readonly delivery: number | undefined;
  readonly receipt: number | undefined;
}

/** Reads the input's dates as day numbers; throws `INVALID_DATE` for a bad one. */
export function readInputDays(input: Omit<CheckedDueDateInput, 'term'>): InputDays {
  return {
    issue: toEpochDay(input.issueDate),
    delivery: input.deliveryDate === undefined ? undefined : toEpochDay(input.deliveryDate),
    receipt: input.receiptDate === undefined ? undefined : toEpochDay(input.receiptDate),
  };
}

/** Which computation gave a due date. */
type Computation =
  | 'onReceipt'
  | 'cash'
  | 'netDaysFromIssue'
  | 'netDaysFromDelivery'
  | 'plusDaysThenEndOfMonth'
  | 'endOfMonthThenPlusDays'
  | 'endOfMonthThenDayOfNextMonth'
  | 'legalDefault'
  | 'periodic'
  | 'publicBuyer';

/**
 * A due date and the figures that explain it; the trace is written from them
 * on first read, then kept. Writing the messages costs more than the date
 * arithmetic and batch callers rarely read them. `trace` is a getter of the
 * class: a spread copy drops it, `toJSON` keeps it. Only strings and numbers
 * are kept, so a later change to the caller's input cannot alter the trace.
 */
class ExplainedDueDate implements DueDateSteps {
  readonly dueDate: IsoDate;
  readonly #computation: Computation;
  /** The date counted from: issue, delivery or payment-request start. */
  readonly #from: string;
  /** Days added, or the day of the next month. */
  readonly #count: number;
  /** The intermediate date (days added, or end of the issue month). */
  readonly #via: string | undefined;
  /** The count was defaulted (periodic, public buyer), or the day clamped. */
  readonly #flag: boolean;
  readonly #start: PaymentRequestStart | undefined;
  readonly #category: PublicBuyerCategory | undefined;
  #trace: readonly TraceStep[] | undefined;

  constructor(
    dueDate: IsoDate,
    computation: Computation,
    from: string,
    count: number,
    via: string | undefined,
    flag: boolean,
    start: PaymentRequestStart | undefined,
    category: PublicBuyerCategory | undefined,
  ) {
    this.dueDate = dueDate;
    this.#computation = computation;
    this.#from = from;
    this.#count = count;
    this.#via = via;
    this.#flag = flag;
    this.#start = start;
    this.#category = category;
    this.#trace = undefined;
  }

  get trace(): readonly TraceStep[] {
    if (this.#trace === undefined) this.#trace = Object.freeze(this.#explain());
    return this.#trace;
  }

  toJSON(): { readonly dueDate: IsoDate; readonly trace: readonly TraceStep[] } {
    return { dueDate: this.dueDate, trace: this.trace };
  }

  #explain(): TraceStep[] {
    const dueDate = this.dueDate;
    const from = this.#from;
    const count = this.#count;
    const days = String(count);
    const via = this.#via as string;
    switch (this.#computation) {
      case 'onReceipt':
        return [
          {
            rule: 'onReceipt',
            message: `Payable on receipt of the invoice: due on its issue date ${from}`,
            values: { issueDate: from, dueDate },
          },
        ];
      case 'cash':
        return [
          {
            rule: 'cash',
            message: `Cash payment ("comptant"): due on the delivery or performance date ${from}`,
            values: { deliveryDate: from, dueDate },
          },
        ];
      case 'netDaysFromIssue':
        return [
          {
            rule: 'netDaysFromIssue',
            article: 'C. com. L441-10 I al. 2',
            message: `Issue date ${from} + ${days} days = ${dueDate}`,
            values: { issueDate: from, days, dueDate },
          },
        ];
      case 'netDaysFromDelivery':
        return [
          {
            rule: 'netDaysFromDelivery',
            message: `Delivery or performance date ${from} + ${days} days = ${dueDate}`,
            values: { deliveryDate: from, days, dueDate },
          },
        ];
      case 'plusDaysThenEndOfMonth':
        return [
          {
            rule: 'plusDays',
            article: 'C. com. L441-10 I al. 2',
            message: `"${days} days end of month" counted +${days} days then end of month: issue date ${from} + ${days} days = ${via}`,
            values: { issueDate: from, days, date: via },
          },
          {
            rule: 'thenEndOfMonth',
            article: 'C. com. L441-10 I al. 2',
            message: `End of that month: ${dueDate}`,
            values: { date: via, dueDate },
          },
        ];
      case 'endOfMonthThenPlusDays':
        return [
          {
            rule: 'endOfMonth',
            article: 'C. com. L441-10 I al. 2',
            message: `"${days} days end of month" counted end of month then +${days} days: the issue month of ${from} ends ${via}`,
            values: { issueDate: from, date: via },
          },
          {
            rule: 'thenPlusDays',
            article: 'C. com. L441-10 I al. 2',
            message: `${via} + ${days} days = ${dueDate}`,
            values: { date: via, days, dueDate },
          },
        ];
      case 'endOfMonthThenDayOfNextMonth':
        return [
          {
            rule: 'endOfMonth',
            message: `The issue month of ${from} ends ${via}`,
            values: { issueDate: from, date: via },
          },
          {
            rule: 'dayOfNextMonth',
            message: this.#flag
              ? `Day ${days} of the next month does not exist: its last day, ${dueDate}`
              : `Day ${days} of the next month: ${dueDate}`,
            values: { day: days, dueDate },
          },
        ];
      case 'legalDefault':
        return [
          {
            rule: 'legalDefaultTerm',
            article: 'C. com. L441-10 I al. 1',
            message: `No term agreed: 30 days after the goods were received or the service performed, ${from} + 30 days = ${dueDate}`,
            values: { deliveryDate: from, days, dueDate },
          },
        ];
      case 'periodic':
        return [
          {
            rule: 'periodicInvoiceTerm',
            article: 'C. com. L441-10 I al. 4',
            message: `Periodic invoice issued ${from} + ${days} days${this.#flag ? ' (the legal ceiling, no term given)' : ''} = ${dueDate}`,
            values: { issueDate: from, days, dueDate },
          },
        ];
      case 'publicBuyer': {
        const category = this.#category as PublicBuyerCategory;
        return [
          paymentRequestStep(this.#start as PaymentRequestStart),
          {
            rule: 'publicBuyerTerm',
            article: PUBLIC_BUYER_ARTICLE[category],
            message: `${from} + ${days} days${this.#flag ? ` (the ceiling for ${PUBLIC_BUYER_LABEL[category]})` : ''} = ${dueDate}`,
            values: { startDate: from, days, category, dueDate },
          },
        ];
      }
    }
  }
}

/**
 * The due date of a term whose input passed validation, `days` being its
 * dates as day numbers. Dates are calendar dates: nothing is moved to a
 * business day.
 */
export function dueDateSteps(
  input: CheckedDueDateInput,
  days: InputDays,
  fallback: ReceiptDateFallback,
): DueDateSteps {
  return dueDateOf(input, days.issue, days.delivery, days.receipt, fallback);
}

/**
 * {@link dueDateSteps} with the day numbers passed one by one, sparing the
 * hot path an object per call.
 */
export function dueDateOf(
  input: CheckedDueDateInput,
  issueDay: number,
  deliveryDay: number | undefined,
  receiptDay: number | undefined,
  fallback: ReceiptDateFallback,
): DueDateSteps {
  const term = input.term;
  const issueDate = input.issueDate;
  switch (term.kind) {
    case 'onReceipt':
      return explained(issueDate as IsoDate, 'onReceipt', issueDate, 0);
    case 'cash': {
      const deliveryDate = requireDeliveryDate(input);
      return explained(deliveryDate as IsoDate, 'cash', deliveryDate, 0);
    }
    case 'netDays': {
      const count = term.days;
      if (term.from === 'issue') {
        return explained(fromEpochDay(issueDay + count), 'netDaysFromIssue', issueDate, count);
      }
      const deliveryDate = requireDeliveryDate(input);
      const dueDate = fromEpochDay((deliveryDay as number) + count);
      return explained(dueDate, 'netDaysFromDelivery', deliveryDate, count);
    }
    case 'plusDaysThenEndOfMonth': {
      const count = term.days;
      const reached = fromEpochDay(issueDay + count);
      return explained(endOfMonth(reached), 'plusDaysThenEndOfMonth', issueDate, count, reached);
    }
    case 'endOfMonthThenPlusDays': {
      const count = term.days;
      const monthEnd = endOfMonth(issueDate);
      const dueDate = fromEpochDay(toEpochDay(monthEnd) + count);
      return explained(dueDate, 'endOfMonthThenPlusDays', issueDate, count, monthEnd);
    }
    case 'endOfMonthThenDayOfNextMonth': {
      const day = term.day;
      const monthEnd = endOfMonth(issueDate);
      const monthEndDay = toEpochDay(monthEnd);
      // Every month has at least 28 days: only a later day may need clamping.
      const nextMonthEnd = day <= 28 ? undefined : endOfMonth(fromEpochDay(monthEndDay + 1));
      const clamped = nextMonthEnd !== undefined && monthEndDay + day > toEpochDay(nextMonthEnd);
      const dueDate = clamped ? nextMonthEnd : fromEpochDay(monthEndDay + day);
      return explained(dueDate, 'endOfMonthThenDayOfNextMonth', issueDate, day, monthEnd, clamped);
    }
    case 'legalDefault': {
      const deliveryDate = requireDeliveryDate(input);
      const dueDate = fromEpochDay((deliveryDay as number) + 30);
      return explained(dueDate, 'legalDefault', deliveryDate, 30);
    }
    case 'periodic': {
      const count = term.days ?? 45;
      const dueDate = fromEpochDay(issueDay + count);
      return explained(dueDate, 'periodic', issueDate, count, undefined, term.days === undefined);
    }
    case 'publicBuyer': {
      const category = term.category;
      const count = term.days ?? PUBLIC_BUYER_MAX_PAYMENT_DAYS[category];
      const start = paymentRequestStart(
        input,
        { issue: issueDay, delivery: deliveryDay, receipt: receiptDay },
        fallback,
      );
      const dueDate = fromEpochDay(start.day + count);
      return new ExplainedDueDate(
        dueDate,
        'publicBuyer',
        start.date,
        count,
        undefined,
        term.days === undefined,
        start,
        category,
      );
    }
  }
}

function explained(
  dueDate: IsoDate,
  computation: Computation,
  from: string,
  count: number,
  via?: string,
  flag = false,
): ExplainedDueDate {
  return new ExplainedDueDate(dueDate, computation, from, count, via, flag, undefined, undefined);
}

/** Where a public buyer's term starts, and why. */
export interface PaymentRequestStart {
  /** The date the term runs from. */
  readonly date: string;
  /** The same as a day number. */
  readonly day: number;
  /** Why: the receipt date, the performance (later or receipt unknown), or the issue date assumed. */
  readonly reason:
    | 'receipt'
    | 'receiptBeforePerformance'
    | 'receiptUncertain'
    | 'receiptAssumed'
    | 'receiptAssumedBeforePerformance';
  readonly issueDate: string;
  readonly receiptDate: string | undefined;
}

/**
 * The day a public buyer's payment term starts: the receipt of the payment
 * request (CCP R2192-12), or the performance of the service when that receipt
 * date is uncertain or earlier (CCP R2192-13).
 */
export function paymentRequestStart(
  input: Omit<CheckedDueDateInput, 'term'>,
  days: InputDays,
  fallback: ReceiptDateFallback,
): PaymentRequestStart {
  const { issueDate, deliveryDate, receiptDate } = input;
  const delivery = days.delivery;
  if (receiptDate !== undefined) {
    const receipt = days.receipt as number;
    return deliveryDate !== undefined && delivery !== undefined && receipt < delivery
      ? {
          date: deliveryDate,
          day: delivery,
          reason: 'receiptBeforePerformance',
          issueDate,
          receiptDate,
        }
      : { date: receiptDate, day: receipt, reason: 'receipt', issueDate, receiptDate };
  }
  if (fallback === 'performanceDate' && deliveryDate !== undefined && delivery !== undefined) {
    return {
      date: deliveryDate,
      day: delivery,
      reason: 'receiptUncertain',
      issueDate,
      receiptDate,
    };
  }
  if (fallback === 'issueDate') {
    return deliveryDate !== undefined && delivery !== undefined && days.issue < delivery
      ? {
          date: deliveryDate,
          day: delivery,
          reason: 'receiptAssumedBeforePerformance',
          issueDate,
          receiptDate,
        }
      : { date: issueDate, day: days.issue, reason: 'receiptAssumed', issueDate, receiptDate };
  }
  const message =
    fallback === 'none'
      ? 'A public buyer’s term runs from the receipt of the payment request: give receiptDate'
      : 'A public buyer’s term runs from the receipt of the payment request: give receiptDate, or deliveryDate (the performance date, used when the receipt date is uncertain, CCP R2192-13), or the option receiptDateFallback: "issueDate"';
  throw new TpeError('RECEIPT_DATE_REQUIRED', message, {
    issues: [{ path: ['receiptDate'], code: 'required', message }],
    details: { receiptDateFallback: fallback },
  });
}

/** The trace step explaining where a public buyer's term starts. */
export function paymentRequestStep(start: PaymentRequestStart): TraceStep {
  const { date, issueDate, receiptDate } = start;
  switch (start.reason) {
    case 'receipt':
      return {
        rule: 'paymentRequestReceipt',
        article: 'CCP R2192-12',
        message: `The term runs from the receipt of the payment request, ${date}`,
        values: { receiptDate: date, startDate: date },
      };
    case 'receiptBeforePerformance':
      return {
        rule: 'paymentRequestBeforePerformance',
        article: 'CCP R2192-13',
        message: `Payment request received ${receiptDate}, before the performance ${date}: the term runs from the performance`,
        values: { receiptDate: receiptDate as string, deliveryDate: date, startDate: date },
      };
    case 'receiptUncertain':
      return {
        rule: 'paymentRequestReceiptUncertain',
        article: 'CCP R2192-13',
        message: `No receipt date of the payment request given (uncertain): the term runs from the performance, ${date}`,
        values: { deliveryDate: date, startDate: date },
      };
    case 'receiptAssumed':
      return {
        rule: 'paymentRequestReceiptAssumed',
        article: 'CCP R2192-12',
        message: `Payment request assumed received on its issue date ${date} (option receiptDateFallback)`,
        values: { issueDate: date, startDate: date },
      };
    case 'receiptAssumedBeforePerformance':
      return {
        rule: 'paymentRequestBeforePerformance',
        article: 'CCP R2192-13',
        message: `Payment request assumed received on its issue date ${issueDate} (option receiptDateFallback), before the performance ${date}: the term runs from the performance`,
        values: { issueDate, deliveryDate: date, startDate: date },
      };
  }
}

/** The delivery / performance date, or `DELIVERY_DATE_REQUIRED`. */
export function requireDeliveryDate(
  input: Omit<CheckedDueDateInput, 'term'> & { readonly term?: PaymentTerm },
): string {
  if (input.deliveryDate !== undefined) return input.deliveryDate;
  const kind = input.term?.kind;
  const message = `A ${kind === undefined ? '' : `"${kind}" `}term counts from the delivery or performance date: give deliveryDate`;
  throw new TpeError('DELIVERY_DATE_REQUIRED', message, {
    issues: [{ path: ['deliveryDate'], code: 'required', message }],
    details: kind === undefined ? {} : { termKind: kind },
  });
}
