import { type IsoDate, isoDateSchema, parseWithSchema, toEpochDay } from '@tpe/core';
import { z } from 'zod';
import type { TraceStep } from '../shared/TraceStep.js';
import { dueDateOf } from './internal/dueDateCore.js';
import { isPaymentTermShape } from './internal/termShape.js';
import { type PaymentTerm, paymentTermSchema } from './PaymentTerm.js';

/**
 * The input of {@link computeDueDate}.
 *
 * @category Payment terms
 * @since 0.1.0
 */
export interface ComputeDueDateInput {
  /** The invoice issue date. */
  readonly issueDate: string;
  /**
   * The date the goods were received by the buyer or the service performed;
   * needed by `cash`, `legalDefault` and `netDays` counted `from: 'delivery'`.
   */
  readonly deliveryDate?: string | undefined;
  /** For a `publicBuyer` term: the date the buyer received the payment request. */
  readonly receiptDate?: string | undefined;
  /** The payment term. */
  readonly term: PaymentTerm;
}

/**
 * What a public buyer's term runs from when the receipt date of the payment
 * request is not given; see {@link DueDateOptions}.
 *
 * @example
 * ```ts
 * import type { ReceiptDateFallback } from '@tpe/legal-fr';
 *
 * const fallback: ReceiptDateFallback = 'issueDate';
 * ```
 *
 * @see CCP R2192-12, R2192-13
 * @category Payment terms
 * @since 0.1.0
 */
export type ReceiptDateFallback = 'performanceDate' | 'issueDate' | 'none';

/**
 * Options of {@link computeDueDate} and {@link checkPaymentTerm}.
 *
 * @category Payment terms
 * @since 0.1.0
 */
export interface DueDateOptions {
  /**
   * What a `publicBuyer` term runs from when `receiptDate` is not given:
   *
   * - `'performanceDate'` (default): the receipt date is treated as uncertain
   *   and the term runs from the performance, `deliveryDate` (CCP R2192-13);
   *   without it, `RECEIPT_DATE_REQUIRED`;
   * - `'issueDate'`: the request is assumed received the day it was issued
   *   (a Chorus Pro deposit on the issue date), or from the performance if
   *   that is later;
   * - `'none'`: `RECEIPT_DATE_REQUIRED`.
   *
   * The reference leaves the case of an unknown date open beyond R2192-13.
   */
  readonly receiptDateFallback?: ReceiptDateFallback | undefined;
}

/**
 * A due date and how it was reached.
 *
 * @category Payment terms
 * @since 0.1.0
 */
export interface DueDateResult {
  /** The date the payment is due, in calendar days (never moved to a business day). */
  readonly dueDate: IsoDate;
  /**
   * Each step of the computation, with its article when a rule of law
   * applies. Written on first read from figures kept at computation time, so
   * that batch callers needing only the date do not pay for the messages;
   * every read returns the same frozen list. It is a getter: a spread copy
   * `{ ...result }` keeps only `dueDate`, while `JSON.stringify` keeps both.
   */
  readonly trace: readonly TraceStep[];
}

/**
 * A zod schema for {@link ComputeDueDateInput}: real dates `YYYY-MM-DD`, a
 * valid {@link PaymentTerm}, no unknown field.
 *
 * @example
 * ```ts
 * import { computeDueDateInputSchema } from '@tpe/legal-fr';
 *
 * computeDueDateInputSchema.safeParse({
 *   issueDate: '2026-02-30',
 *   term: { kind: 'onReceipt' },
 * }).success; // false
 * ```
 *
 * @category Payment terms
 * @since 0.1.0
 */
export const computeDueDateInputSchema: z.ZodType<ComputeDueDateInput> = z.strictObject({
  issueDate: isoDateSchema,
  deliveryDate: isoDateSchema.optional(),
  receiptDate: isoDateSchema.optional(),
  term: paymentTermSchema,
});

/**
 * A zod schema for {@link DueDateOptions}.
 *
 * @example
 * ```ts
 * import { dueDateOptionsSchema } from '@tpe/legal-fr';
 *
 * dueDateOptionsSchema.safeParse({ receiptDateFallback: 'issueDate' }).success; // true
 * ```
 *
 * @category Payment terms
 * @since 0.1.0
 */
export const dueDateOptionsSchema: z.ZodType<DueDateOptions> = z.strictObject({
  receiptDateFallback: z.enum(['performanceDate', 'issueDate', 'none']).optional(),
});

/**
 * Computes the due date of an invoice under a payment term, with a trace of
 * each step and the article it applies.
 *
 * **Details**: all counts are calendar days ("jours nets"); the result is
 * never moved to a business day (moving reminders is a scheduling concern).
 * `onReceipt` is due on the issue date, `cash` on the delivery date. The two
 * "N days end of month" methods give different dates (1.2 of the reference):
 * the term names the one agreed. `endOfMonthThenDayOfNextMonth` with a day
 * the next month lacks gives that month's last day. A term counted from
 * delivery may fall before the issue date when the invoice is issued late.
 * A public buyer's term runs from the receipt of the payment request, or
 * from the performance when the request was received earlier or its receipt
 * date is unknown (see {@link DueDateOptions}).
 *
 * **Gotchas**: this computes, it does not judge: a 90-day term gets its date.
 * Use {@link checkPaymentTerm} for the legal ceilings. The trace is written
 * when first read (see {@link DueDateResult}).
 *
 * @param input - the issue date, the delivery / performance date and the
 *   payment-request receipt date when the term needs them, and the term
 * @param options - see {@link DueDateOptions}
 * @returns the due date and its trace
 * @throws {@link TpeError} `INVALID_INPUT` (with paths: unknown term kind,
 *   negative days, a date that does not exist, a number for a date…),
 *   `DELIVERY_DATE_REQUIRED`, `RECEIPT_DATE_REQUIRED`, `OUT_OF_RANGE` past
 *   year 9999
 *
 * @example
 * ```ts
 * import { computeDueDate } from '@tpe/legal-fr';
 *
 * computeDueDate({ issueDate: '2026-01-15', term: { kind: 'netDays', days: 60, from: 'issue' } })
 *   .dueDate; // '2026-03-16'
 * computeDueDate({ issueDate: '2026-01-15', term: { kind: 'plusDaysThenEndOfMonth', days: 45 } })
 *   .dueDate; // '2026-03-31'
 * computeDueDate({ issueDate: '2026-01-15', term: { kind: 'endOfMonthThenPlusDays', days: 45 } })
 *   .dueDate; // '2026-03-17'
 * computeDueDate({
 *   issueDate: '2026-03-10',
 *   deliveryDate: '2026-03-10',
 *   term: { kind: 'legalDefault' },
 * }).trace[0]?.article; // 'C. com. L441-10 I al. 1'
 * ```
 *
 * @see C. com. L441-10 I; CCP R2192-10 to R2192-13
 * @category Payment terms
 * @since 0.1.0
 */
export function computeDueDate(
  input: ComputeDueDateInput,
  options: DueDateOptions = NO_OPTIONS,
): DueDateResult {
  const fallback = readFallback(options);
  const checked = isDueDateInputShape(input)
    ? input
    : parseWithSchema(computeDueDateInputSchema, input);
  const { issueDate, deliveryDate, receiptDate } = checked;
  let issueDay: number;
  let deliveryDay: number | undefined;
  let receiptDay: number | undefined;
  try {
    issueDay = toEpochDay(issueDate);
    deliveryDay = deliveryDate === undefined ? undefined : toEpochDay(deliveryDate);
    receiptDay = receiptDate === undefined ? undefined : toEpochDay(receiptDate);
  } catch (error) {
    parseWithSchema(computeDueDateInputSchema, input);
    throw error;
  }
  return dueDateOf(checked, issueDay, deliveryDay, receiptDay, fallback);
}

const NO_OPTIONS: DueDateOptions = Object.freeze({});

function readFallback(options: DueDateOptions): ReceiptDateFallback {
  if (typeof options === 'object' && options !== null) {
    const fallback = options.receiptDateFallback;
    if (
      fallback === undefined ||
      fallback === 'performanceDate' ||
      fallback === 'issueDate' ||
      fallback === 'none'
    ) {
      let known = true;
      for (const key in options) known &&= key === 'receiptDateFallback';
      if (known) return fallback ?? 'performanceDate';
    }
  }
  return parseWithSchema(dueDateOptionsSchema, options).receiptDateFallback ?? 'performanceDate';
}

function isDueDateInputShape(input: unknown): input is ComputeDueDateInput {
  if (typeof input !== 'object' || input === null) return false;
  const record = input as Record<string, unknown>;
  if (typeof record.issueDate !== 'string') return false;
  const deliveryDate = record.deliveryDate;
  if (deliveryDate !== undefined && typeof deliveryDate !== 'string') return false;
  const receiptDate = record.receiptDate;
  if (receiptDate !== undefined && typeof receiptDate !== 'string') return false;
  for (const key in record) {
    if (key !== 'issueDate' && key !== 'deliveryDate' && key !== 'receiptDate' && key !== 'term')
      return false;
  }
  return isPaymentTermShape(record.term);
}
