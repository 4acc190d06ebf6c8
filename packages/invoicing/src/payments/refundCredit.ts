import { compareDates, isoDateSchema, parseWithSchema, TpeError } from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { type IssuedCreditNote, issuedCreditNoteSchema } from './IssuedCreditNote.js';
import { amountOf, unitsOf } from './internal/amounts.js';
import { invalidInput } from './internal/inputErrors.js';
import { positiveAmountSchema, referenceSchema } from './internal/settlementSchemas.js';
import { settlingCreditNote, settlingPayment } from './internal/settlingMoney.js';
import { unitsLeftOn } from './internal/sourceUsage.js';
import { type Payment, type PaymentMethod, paymentMethodSchema, paymentSchema } from './Payment.js';
import type { Refund } from './Refund.js';
import { type SettlementHistory, settlementHistorySchema } from './SettlementHistory.js';

/**
 * The refund to make, as given to {@link refundCredit}.
 *
 * @example
 * ```ts
 * import type { RefundRequest } from '@tpe/invoicing';
 *
 * const request: RefundRequest = { id: 'R-001', date: '2026-05-02', amount: '100.00', method: 'transfer' };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export interface RefundRequest {
  /** The caller's id of the refund. */
  readonly id: string;
  /** The day the money leaves, `YYYY-MM-DD`; not before the payment or credit note. */
  readonly date: string;
  /** The amount to pay back, above zero. */
  readonly amount: string;
  /** How it is paid back. */
  readonly method: PaymentMethod;
  /** The bank reference or cheque number. */
  readonly reference?: string | undefined;
}

/**
 * What {@link refundCredit} returns.
 *
 * @example
 * ```ts
 * import type { RefundResult } from '@tpe/invoicing';
 *
 * const result: RefundResult = {
 *   refund: {
 *     id: 'R-001', customerId: 'C-001', date: '2026-05-02', amount: '100.00', method: 'transfer',
 *     source: { kind: 'payment', id: 'P-001' },
 *   },
 *   currency: 'EUR',
 *   creditLeft: '0.00',
 * };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export interface RefundResult {
  /** The refund, to record with the history. */
  readonly refund: Refund;
  /** ISO 4217 code of the amounts. */
  readonly currency: string;
  /** The credit still left on the payment or credit note after it. */
  readonly creditLeft: string;
}

const inputSchema = z.strictObject({
  from: z.union([
    z.strictObject({ payment: paymentSchema }),
    z.strictObject({ creditNote: issuedCreditNoteSchema }),
  ]),
  request: z.strictObject({
    id: idSchema,
    date: isoDateSchema,
    amount: positiveAmountSchema,
    method: paymentMethodSchema,
    reference: referenceSchema.optional(),
  }),
  history: settlementHistorySchema,
});

/**
 * Pays back to a customer part or all of the credit left on a payment (an
 * overpayment) or on a credit note that no invoice used.
 *
 * **Details**: the credit available is the source's amount minus every
 * allocation and refund already taken from it in `history`; a refund above it
 * is refused. The refund reduces the credit, never the invoices: the customer
 * balance goes up by its amount ({@link customerBalanceAsOf}).
 *
 * @param from - `{ payment }` or `{ creditNote }` whose credit is refunded
 * @param request - the refund's id, date, amount, method and reference
 * @param history - the allocations and refunds already recorded
 * @returns the refund record and the credit left
 * @throws {@link TpeError} `INVALID_INPUT` (bad records, a refund dated
 *   before its source `before_source_date`); `ALLOCATION_EXCEEDS` for more
 *   than the credit left
 *
 * @example
 * ```ts
 * import { refundCredit } from '@tpe/invoicing';
 *
 * const payment = {
 *   id: 'P-001', customerId: 'C-001', date: '2026-04-15', amount: '1600.00', method: 'transfer' as const,
 * };
 * const history = {
 *   allocations: [
 *     { source: { kind: 'payment' as const, id: 'P-001' }, invoiceId: 'INV-1', amount: '1500.00', date: '2026-04-15' },
 *   ],
 * };
 * const request = { id: 'R-001', date: '2026-05-02', amount: '60.00', method: 'transfer' as const };
 * refundCredit({ payment }, request, history).creditLeft; // '40.00'
 * refundCredit({ payment }, { ...request, amount: '100.01' }, history); // throws TpeError ALLOCATION_EXCEEDS
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export function refundCredit(
  from: { readonly payment: Payment } | { readonly creditNote: IssuedCreditNote },
  request: RefundRequest,
  history: SettlementHistory = {},
): RefundResult {
  const parsed = parseWithSchema(inputSchema, { from, request, history });
  const { source, customerId, date, amount, currency } =
    'payment' in parsed.from
      ? settlingPayment(parsed.from.payment)
      : settlingCreditNote(parsed.from.creditNote);
  const refund = parsed.request;
  if (compareDates(refund.date, date) < 0) {
    throw invalidInput(
      ['request', 'date'],
      'before_source_date',
      `The refund date ${refund.date} is before the ${source.kind} date ${date}`,
    );
  }
  const left = unitsLeftOn(source, amount, parsed.history);
  const units = unitsOf(refund.amount);
  if (units > left) {
    const message = `${refund.amount} is more than the ${amountOf(left)} credit left on ${source.kind} ${source.id}`;
    throw new TpeError('ALLOCATION_EXCEEDS', message, {
      issues: [{ path: ['request', 'amount'], code: 'credit_exceeded', message }],
      details: { source, requested: refund.amount, credit: amountOf(left) },
    });
  }
  return {
    refund: {
      id: refund.id,
      customerId,
      date: refund.date,
      amount: amountOf(units),
      method: refund.method,
      ...(refund.reference === undefined ? {} : { reference: refund.reference }),
      source,
    },
    currency,
    creditLeft: amountOf(left - units),
  };
}
