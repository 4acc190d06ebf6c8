import { currencyCodeSchema, isoDateSchema, rateSchema } from '@tpe/core';
import { z } from 'zod';
import { type Amount, dunningAmountSchema } from './Amount.js';
import { readReceivable, receivableIssues } from './internal/readReceivable.js';
import { pushIssues, reasonSchema, textIdSchema } from './internal/schemaParts.js';

/**
 * What a receivable is:
 *
 * - `invoice` (default): an amount the customer owes, dunned when late;
 * - `creditNote`, `unallocatedPayment`: a credit of the customer (given as
 *   positive amounts) that reduces the balance and is never dunned.
 *
 * @example
 * ```ts
 * import type { ReceivableKind } from '@tpe/dunning';
 *
 * const kind: ReceivableKind = 'creditNote';
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export type ReceivableKind = 'invoice' | 'creditNote' | 'unallocatedPayment';

/**
 * One instalment of an invoice payable in several times: it falls due on its
 * own date, late-payment interest on it runs from the day after.
 *
 * @example
 * ```ts
 * import type { ReceivableInstalment } from '@tpe/dunning';
 *
 * const first: ReceivableInstalment = { dueDate: '2026-03-31', amount: '600.00' };
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export interface ReceivableInstalment {
  /** The day this instalment falls due, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** Its amount including VAT, greater than zero. */
  readonly amount: Amount;
}

/**
 * A payment received on a receivable.
 *
 * @example
 * ```ts
 * import type { ReceivablePayment } from '@tpe/dunning';
 *
 * const payment: ReceivablePayment = { date: '2026-04-10', amount: '300.00' };
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export interface ReceivablePayment {
  /** The day the money was received, `YYYY-MM-DD`. */
  readonly date: string;
  /** The amount received, greater than zero. */
  readonly amount: Amount;
}

/**
 * A dispute raised by the customer: the receivable is not dunned from
 * `since` until the day before `resolvedOn`.
 *
 * @example
 * ```ts
 * import type { ReceivableDispute } from '@tpe/dunning';
 *
 * const dispute: ReceivableDispute = { reason: 'Colis endommagé', since: '2026-04-02', resolvedOn: '2026-04-20' };
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export interface ReceivableDispute {
  /** Why the customer contests the receivable. */
  readonly reason: string;
  /** The day the dispute was raised, `YYYY-MM-DD`. */
  readonly since: string;
  /** The day it was settled, if it was: dunning resumes that day. */
  readonly resolvedOn?: string | undefined;
}

/**
 * A promise of the customer to pay by a date: the receivable is not dunned
 * up to `until` included; if it is still unpaid after, the promise is broken
 * and dunning resumes at the next level.
 *
 * @example
 * ```ts
 * import type { PromiseToPay } from '@tpe/dunning';
 *
 * const promise: PromiseToPay = { until: '2026-05-15', agreedOn: '2026-05-04' };
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export interface PromiseToPay {
  /** The last day of the promised payment, `YYYY-MM-DD`. */
  readonly until: string;
  /** The day the promise was made; before it, the promise does not suspend anything. */
  readonly agreedOn?: string | undefined;
}

/**
 * One amount owed by (or, for credits, to) a customer, as the engine reads
 * it from any ERP: an invoice, a credit note or an unallocated payment.
 *
 * **Gotchas**:
 * - `outstanding` is what is still owed on the day the data is read. For a
 *   plan or a report as of an earlier day, the payments dated after it are
 *   added back; give `payments` for that and for exact penalties.
 * - Penalties never change a receivable: they are computed at each run and
 *   claimed in the messages only.
 *
 * @example
 * ```ts
 * import type { Receivable } from '@tpe/dunning';
 *
 * const invoice: Receivable = {
 *   id: 'inv-2026-0042',
 *   customerId: 'c-1',
 *   number: 'F2026-0042',
 *   issueDate: '2026-02-14',
 *   dueDate: '2026-03-16',
 *   amount: '1200.00',
 *   outstanding: '1200.00',
 * };
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export interface Receivable {
  /** The receivable's identifier in the caller's system; unique in an input. */
  readonly id: string;
  /** The identifier of its {@link DunningCustomer}. */
  readonly customerId: string;
  /** The number printed on the document, e.g. `F2026-0042`. */
  readonly number: string;
  /** `invoice` by default; credits are netted, never dunned. */
  readonly kind?: ReceivableKind | undefined;
  /** The issue date, `YYYY-MM-DD`. */
  readonly issueDate: string;
  /** The payment date printed on the invoice (the last instalment's when there are several), `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The amount including VAT (TTC), greater than zero. */
  readonly amount: Amount;
  /** What is still owed on the day the data is read, from 0 to `amount`. */
  readonly outstanding: Amount;
  /** ISO 4217 code of the amounts; `EUR` by default. */
  readonly currency?: string | undefined;
  /** The instalments of an invoice payable in several times, in date order, adding up to `amount`. */
  readonly instalments?: readonly ReceivableInstalment[] | undefined;
  /** The payments received, adding up to at most `amount − outstanding`. */
  readonly payments?: readonly ReceivablePayment[] | undefined;
  /** A dispute: no dunning while it is open. */
  readonly disputed?: ReceivableDispute | undefined;
  /** A promise to pay: no dunning up to its date. */
  readonly promiseToPay?: PromiseToPay | undefined;
  /** Kept out of dunning for good (a litigation handled elsewhere, a write-off). */
  readonly excluded?: { readonly reason: string } | undefined;
  /** The annual penalty rate of the contract or the CGV, in percent, if any. */
  readonly contractualPenaltyRate?: string | undefined;
}

/**
 * A zod schema for {@link Receivable}, with the rules between fields. Issue
 * codes beyond the decimal and date ones: `not_positive` (an amount of
 * zero), `exceeds_amount` (`outstanding` above `amount`),
 * `too_many_decimals` (more decimals than the currency has),
 * `due_before_issue`, `instalments_sum` (instalments not adding up to
 * `amount`), `instalments_out_of_order`, `payments_exceed_paid` (payments
 * above `amount − outstanding`), `resolved_before_raised`,
 * `promise_before_agreement`, `not_for_credit` (instalments on a credit),
 * `unrecognized_keys`.
 *
 * @example
 * ```ts
 * import { receivableSchema } from '@tpe/dunning';
 *
 * const invoice = {
 *   id: 'inv-1',
 *   customerId: 'c-1',
 *   number: 'F1',
 *   issueDate: '2026-02-14',
 *   dueDate: '2026-03-16',
 *   amount: '1200.00',
 *   outstanding: '1200.00',
 * };
 * receivableSchema.safeParse(invoice).success; // true
 * receivableSchema.safeParse({ ...invoice, outstanding: '1300.00' }).success; // false
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export const receivableSchema: z.ZodType<Receivable> = z
  .strictObject({
    id: textIdSchema,
    customerId: textIdSchema,
    number: textIdSchema,
    kind: z.enum(['invoice', 'creditNote', 'unallocatedPayment']).optional(),
    issueDate: isoDateSchema,
    dueDate: isoDateSchema,
    amount: dunningAmountSchema,
    outstanding: dunningAmountSchema,
    currency: currencyCodeSchema.optional(),
    instalments: z
      .array(z.strictObject({ dueDate: isoDateSchema, amount: dunningAmountSchema }))
      .optional(),
    payments: z
      .array(z.strictObject({ date: isoDateSchema, amount: dunningAmountSchema }))
      .optional(),
    disputed: z
      .strictObject({
        reason: reasonSchema,
        since: isoDateSchema,
        resolvedOn: isoDateSchema.optional(),
      })
      .optional(),
    promiseToPay: z
      .strictObject({ until: isoDateSchema, agreedOn: isoDateSchema.optional() })
      .optional(),
    excluded: z.strictObject({ reason: reasonSchema }).optional(),
    contractualPenaltyRate: rateSchema.optional(),
  })
  .check((context) => {
    const read = readReceivable(context.value);
    if (read !== undefined) pushIssues(context, receivableIssues(read));
  });
