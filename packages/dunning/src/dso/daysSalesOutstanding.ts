import * as core from '@tpe/core';
import { currencyCodeSchema, isoDateSchema } from '@tpe/core';
import { z } from 'zod';
import { forEachSettledInstalment } from '../agedBalance/internal/instalments.js';
import {
  mixedCurrencyIssues,
  readReportBlocks,
  rejectInput,
} from '../agedBalance/internal/receivablesAsOf.js';
import { WideSums } from '../agedBalance/internal/wideSums.js';
import type { Amount } from '../input/Amount.js';
import { exponentOf } from '../input/internal/readAmount.js';
import { dayOf, hasOnlyKeys, isRecord } from '../input/internal/readFields.js';
import type { DatedUnits, ReadReceivable } from '../input/internal/readReceivable.js';
import {
  INVOICE,
  owedAtEndOf,
  type ReceivableColumns,
  UNALLOCATED_PAYMENT,
} from '../input/internal/receivableColumns.js';
import { pushIssues } from '../input/internal/schemaParts.js';
import { type Receivable, receivableSchema } from '../input/Receivable.js';

/** Read once: through a CommonJS `require`, each `core.name` read is a getter call. */
const {
  addMonths,
  divideRounded,
  endOfMonth,
  formatScaledUnits,
  fromEpochDay,
  isCurrencyCode,
  toEpochDay,
} = core;

/**
 * How {@link daysSalesOutstanding} turns receivables and sales into days:
 *
 * - `simple`: `DSO = receivables ÷ sales of the period × days of the period`;
 *   it assumes sales spread evenly over the period.
 * - `countBack` (méthode de l'épuisement du chiffre d'affaires): the
 *   receivables are matched against the sales of the latest month, then of
 *   the month before, and so on; each month fully used adds its days, the
 *   last one the share of its days that the rest of the receivables is of
 *   its sales. It follows a recent rise or fall of sales, which the simple
 *   method smooths over.
 *
 * @example
 * ```ts
 * import type { DsoMethod } from '@tpe/dunning';
 *
 * const method: DsoMethod = 'countBack';
 * ```
 *
 * @category DSO
 * @since 0.1.0
 */
export type DsoMethod = 'simple' | 'countBack';

/**
 * Input of {@link daysSalesOutstanding}.
 *
 * @example
 * ```ts
 * import type { DaysSalesOutstandingInput } from '@tpe/dunning';
 *
 * const input: DaysSalesOutstandingInput = { receivables: [], asOf: '2026-06-30', periodDays: 90, method: 'simple' };
 * ```
 *
 * @category DSO
 * @since 0.1.0
 */
export interface DaysSalesOutstandingInput {
  /** The invoices, credit notes and unallocated payments, with their payments. */
  readonly receivables: readonly Receivable[];
  /** The day of the measure, `YYYY-MM-DD`: the last day of the period. */
  readonly asOf: string;
  /** The length of the period ending on `asOf`, in days: a whole number from 1 to 3,660 (90, 365…). */
  readonly periodDays: number;
  /** The method: no default, since the two give different figures. */
  readonly method: DsoMethod;
  /** Only the receivables in this currency count; without it, all must share one. */
  readonly currency?: string | undefined;
}

/**
 * The result of {@link daysSalesOutstanding}. Days are decimal strings with
 * 2 decimals, rounded half-up once.
 *
 * @example
 * ```ts
 * import type { DaysSalesOutstanding } from '@tpe/dunning';
 *
 * const measure: DaysSalesOutstanding = {
 *   asOf: '2026-06-30', from: '2026-04-02', periodDays: 90, method: 'simple', currency: 'EUR',
 *   receivables: '30000.00', sales: '90000.00', days: '30.00', paid: '60000.00', averagePaymentDelay: '4.50',
 * };
 * ```
 *
 * @category DSO
 * @since 0.1.0
 */
export interface DaysSalesOutstanding {
  readonly asOf: string;
  /** The first day of the period. */
  readonly from: string;
  readonly periodDays: number;
  readonly method: DsoMethod;
  readonly currency: string;
  /**
   * What customers owe at the end of `asOf`, net: invoices outstanding (with
   * the payments dated after `asOf` added back) less open credit notes and
   * unallocated payments.
   */
  readonly receivables: string;
  /** Invoices less credit notes issued in the period, including VAT (unallocated payments are not sales). */
  readonly sales: string;
  /**
   * The DSO in days; `0.00` when `receivables` is not positive; `null` when
   * it cannot be measured: no positive sales in the period (`simple`), or
   * receivables not used up by the sales of the whole period (`countBack`:
   * the DSO is longer than the period).
   */
  readonly days: string | null;
  /** The payments on invoices received in the period: the weights of `averagePaymentDelay`. */
  readonly paid: Amount;
  /**
   * The average of `payment date − due date` over those payments, weighted
   * by amount: positive when customers pay late, negative when early;
   * `null` without payments in the period.
   */
  readonly averagePaymentDelay: string | null;
}

/** The longest period, in days (about ten years). */
const MAX_PERIOD_DAYS = 3660;
const NO_INSTALMENTS: readonly DatedUnits[] = Object.freeze([]);
/** The first day a date may be. */
const FIRST_DAY = /* @__PURE__ */ toEpochDay('0001-01-01');

/**
 * A zod schema for {@link DaysSalesOutstandingInput}. Issue codes beyond
 * those of `receivableSchema`: `mixed_currencies` (receivables in several
 * currencies and no `currency` option), `period_out_of_range` (a period
 * starting before the year 1), `unrecognized_keys`.
 *
 * @example
 * ```ts
 * import { daysSalesOutstandingInputSchema } from '@tpe/dunning';
 *
 * daysSalesOutstandingInputSchema.safeParse({ receivables: [], asOf: '2026-06-30', periodDays: 90, method: 'simple' })
 *   .success; // true
 * daysSalesOutstandingInputSchema.safeParse({ receivables: [], asOf: '2026-06-30', periodDays: 0, method: 'simple' })
 *   .success; // false
 * ```
 *
 * @category DSO
 * @since 0.1.0
 */
export const daysSalesOutstandingInputSchema: z.ZodType<DaysSalesOutstandingInput> = z
  .strictObject({
    receivables: z.array(receivableSchema),
    asOf: isoDateSchema,
    periodDays: z.int().min(1).max(MAX_PERIOD_DAYS),
    method: z.enum(['simple', 'countBack']),
    currency: currencyCodeSchema.optional(),
  })
  .check((context) => {
    const { receivables, currency, asOf, periodDays } = context.value;
    pushIssues(context, mixedCurrencyIssues(receivables, currency));
    if (toEpochDay(asOf) - periodDays + 1 < FIRST_DAY) {
      pushIssues(context, [
        {
          path: ['periodDays'],
          code: 'period_out_of_range',
          message: 'The period starts before 0001-01-01',
        },
      ]);
    }
  });

/**
 * Measures how many days of sales customers owe (DSO, délai moyen de
 * règlement clients) on a day, and how late they paid on average over the
 * period before it.
 *
 * **Formulas**, with `R` the net receivables at the end of `asOf` and the
 * period the `periodDays` days ending on `asOf`:
 * - `simple`: `DSO = R ÷ S × periodDays`, `S` the net sales of the period;
 * - `countBack`: going back from `asOf` month by month, take off each
 *   month's sales `Sₖ` from `R` while they are less than what is left: the
 *   DSO is the days of those months plus `dₖ × left ÷ Sₖ` for the month that
 *   uses `R` up (`dₖ` its days). On the last day of a month the months are
 *   those of the calendar (June, May…); on another day they run from the
 *   same day of each month before (16 May–15 June, 16 April–15 May…). The
 *   oldest month is cut at the start of the period;
 * - `averagePaymentDelay = Σ (payment date − due date) × amount ÷ Σ amount`
 *   over the payments of invoices received in the period. A payment on an
 *   invoice payable in instalments counts against the due date of the
 *   instalment it settles (the earliest unpaid one first).
 *
 * Amounts are added exactly; each figure in days is rounded half-up to 2
 * decimals once.
 *
 * **Gotchas**:
 * - Sales and receivables include VAT, as invoices do: both sides match.
 * - As in {@link agedBalance}, receivables issued after `asOf` are left
 *   out and payments dated after it are added back to what was owed (they
 *   do not count in the average delay either).
 * - The DSO says how much is owed in days of sales, not how late customers
 *   pay: a business that sells with 60-day terms has a DSO near 60 with
 *   customers paying on time; `averagePaymentDelay` measures the lateness.
 *
 * @param input - the receivables, the day, the period and the method
 * @returns the DSO, the figures it is made of and the average payment delay
 * @throws {@link TpeError} `INVALID_INPUT` with issues (see
 *   {@link daysSalesOutstandingInputSchema})
 *
 * @example
 * ```ts
 * import { daysSalesOutstanding } from '@tpe/dunning';
 *
 * const receivables = [
 *   { id: 'a', customerId: 'c-1', number: 'F1', issueDate: '2026-04-15', dueDate: '2026-05-15', amount: '6000.00', outstanding: '0.00', payments: [{ date: '2026-05-20', amount: '6000.00' }] },
 *   { id: 'b', customerId: 'c-2', number: 'F2', issueDate: '2026-05-10', dueDate: '2026-06-09', amount: '3000.00', outstanding: '1000.00', payments: [{ date: '2026-06-08', amount: '2000.00' }] },
 *   { id: 'c', customerId: 'c-1', number: 'F3', issueDate: '2026-06-20', dueDate: '2026-07-20', amount: '3000.00', outstanding: '3000.00' },
 * ];
 * // R = 1000 + 3000 = 4000, S = 12000 over 90 days: 4000 ÷ 12000 × 90 = 30
 * daysSalesOutstanding({ receivables, asOf: '2026-06-30', periodDays: 90, method: 'simple' }).days; // '30.00'
 * // June's sales are 3000 (30 days), May's 3000 (31 days): 30 + 31 × 1000 ÷ 3000 = 40.333…
 * daysSalesOutstanding({ receivables, asOf: '2026-06-30', periodDays: 90, method: 'countBack' }).days; // '40.33'
 * // (5 days × 6000 − 1 day × 2000) ÷ 8000 = 3.5
 * daysSalesOutstanding({ receivables, asOf: '2026-06-30', periodDays: 90, method: 'simple' })
 *   .averagePaymentDelay; // '3.50'
 * ```
 *
 * @category DSO
 * @since 0.1.0
 */
export function daysSalesOutstanding(input: DaysSalesOutstandingInput): DaysSalesOutstanding {
  const options = readOptions(input);
  if (options === undefined) return rejectInput(daysSalesOutstandingInputSchema, input);
  const { asOfDay, periodDays, method } = options;
  const firstDay = asOfDay - periodDays + 1;
  /** Receivables at 0 and credits at 1. */
  const balance = new WideSums(2);
  /** By day of the period, counted back from `asOf` (0 is `asOf`): invoices, then credit notes. */
  const invoiced = new WideSums(periodDays);
  const credited = new WideSums(periodDays);
  const paid = new WideSums(1);
  let delayUnits = 0n;
  const addPayment = (paymentDay: number, dueDay: number, units: number) => {
    if (paymentDay < firstDay || paymentDay > asOfDay) return;
    paid.add(0, units);
    delayUnits += BigInt(paymentDay - dueDay) * BigInt(units);
  };
  const addRows = (rows: ReceivableColumns) => {
    const { customer, kind, issueDay, amount, detail, details } = rows;
    for (let row = 0; row < rows.length; row++) {
      const issued = issueDay[row] as number;
      if ((customer[row] as number) < 0 || issued > asOfDay) continue;
      const isInvoice = kind[row] === INVOICE;
      balance.add(isInvoice ? 0 : 1, owedAtEndOf(rows, row, asOfDay));
      if (issued >= firstDay && kind[row] !== UNALLOCATED_PAYMENT) {
        (isInvoice ? invoiced : credited).add(asOfDay - issued, amount[row] as number);
      }
      if (!isInvoice) continue;
      const at = detail[row] as number;
      const instalments = at < 0 ? NO_INSTALMENTS : (details[at] as ReadReceivable).instalments;
      forEachSettledInstalment(rows, row, instalments, addPayment);
    }
  };
  if (!Array.isArray(input.receivables)) return rejectInput(daysSalesOutstandingInputSchema, input);
  const currency = readReportBlocks(
    input.receivables,
    {
      currency: options.currency,
      refuse: () => rejectInput(daysSalesOutstandingInputSchema, input),
    },
    addRows,
  );
  const exponent = exponentOf(currency);
  const receivables = BigInt(balance.at(0)) - BigInt(balance.at(1));
  const salesOf = (fromOffset: number, toOffset: number): bigint => {
    let sales = 0n;
    for (let offset = fromOffset; offset <= toOffset; offset++) {
      sales += BigInt(invoiced.at(offset)) - BigInt(credited.at(offset));
    }
    return sales;
  };
  const sales = salesOf(0, periodDays - 1);
  const hundredths =
    receivables <= 0n
      ? 0n
      : method === 'simple'
        ? sales > 0n
          ? divideRounded(receivables * BigInt(periodDays) * 100n, sales)
          : undefined
        : countBackHundredths(input.asOf, asOfDay, firstDay, receivables, salesOf);
  const paidUnits = BigInt(paid.at(0));
  return {
    asOf: input.asOf,
    from: fromEpochDay(firstDay),
    periodDays,
    method,
    currency,
    receivables: formatScaledUnits(receivables, exponent),
    sales: formatScaledUnits(sales, exponent),
    days: hundredths === undefined ? null : formatScaledUnits(hundredths, 2),
    paid: formatScaledUnits(paidUnits, exponent),
    averagePaymentDelay:
      paidUnits === 0n ? null : formatScaledUnits(divideRounded(delayUnits * 100n, paidUnits), 2),
  };
}

/**
 * The count-back DSO in hundredths of a day, or `undefined` when the sales
 * of the period do not use the receivables up.
 */
function countBackHundredths(
  asOf: string,
  asOfDay: number,
  firstDay: number,
  receivables: bigint,
  salesOf: (fromOffset: number, toOffset: number) => bigint,
): bigint | undefined {
  // addMonths reaches the year 1 at most this many months back.
  const monthsBack = (Number(asOf.slice(0, 4)) - 1) * 12 + Number(asOf.slice(5, 7)) - 1;
  const calendarMonths = endOfMonth(asOf) === asOf;
  const monthBefore = (months: number): number => {
    if (months > monthsBack) return firstDay - 1;
    const date = addMonths(asOf, -months);
    return toEpochDay(calendarMonths ? endOfMonth(date) : date);
  };
  let left = receivables;
  let wholeDays = 0;
  let last = asOfDay;
  for (let months = 1; last >= firstDay; months++) {
    const start = Math.max(monthBefore(months) + 1, firstDay);
    const days = last - start + 1;
    const sales = salesOf(asOfDay - last, asOfDay - start);
    if (sales > 0n && left <= sales) {
      return BigInt(wholeDays) * 100n + divideRounded(left * BigInt(days) * 100n, sales);
    }
    left -= sales;
    wholeDays += days;
    last = start - 1;
  }
  return undefined;
}

interface DsoOptions {
  readonly asOfDay: number;
  readonly periodDays: number;
  readonly method: DsoMethod;
  readonly currency: string | undefined;
}

const KEYS = new Set(['receivables', 'asOf', 'periodDays', 'method', 'currency']);

/** The options as the schema accepts them, or `undefined`. */
function readOptions(input: unknown): DsoOptions | undefined {
  if (!isRecord(input) || !hasOnlyKeys(input, KEYS)) return undefined;
  const { periodDays, method, currency } = input;
  const asOfDay = dayOf(input.asOf);
  if (Number.isNaN(asOfDay)) return undefined;
  if (typeof periodDays !== 'number' || !Number.isInteger(periodDays)) return undefined;
  if (periodDays < 1 || periodDays > MAX_PERIOD_DAYS || asOfDay - periodDays + 1 < FIRST_DAY) {
    return undefined;
  }
  if (method !== 'simple' && method !== 'countBack') return undefined;
  if (currency !== undefined && !isCurrencyCode(currency)) return undefined;
  return { asOfDay, periodDays, method, currency: currency as string | undefined };
}
