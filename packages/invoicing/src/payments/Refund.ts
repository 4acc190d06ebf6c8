import { isoDateSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { type SettlementSource, settlementSourceSchema } from './Allocation.js';
import { positiveAmountSchema, referenceSchema } from './internal/settlementSchemas.js';
import { type PaymentMethod, paymentMethodSchema } from './Payment.js';

/**
 * Money paid back to a customer out of its credit: the part of an
 * overpayment, or of a credit note, that no invoice used. Made by
 * {@link refundCredit}.
 *
 * @example
 * ```ts
 * import type { Refund } from '@tpe/invoicing';
 *
 * const refund: Refund = {
 *   id: 'R-001',
 *   customerId: 'C-001',
 *   date: '2026-05-02',
 *   amount: '30.00',
 *   method: 'transfer',
 *   source: { kind: 'payment', id: 'P-001' },
 * };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export interface Refund {
  /** The caller's id of the refund. */
  readonly id: string;
  /** The id of the customer refunded. */
  readonly customerId: string;
  /** The day the money left, `YYYY-MM-DD`; not before the source's date. */
  readonly date: string;
  /** The amount paid back, above zero. */
  readonly amount: string;
  /** How it was paid back. */
  readonly method: PaymentMethod;
  /** The bank reference or cheque number. */
  readonly reference?: string | undefined;
  /** The payment or credit note whose credit is refunded. */
  readonly source: SettlementSource;
}

/**
 * A zod schema for {@link Refund}: unknown keys refused, an amount above zero.
 *
 * @example
 * ```ts
 * import { refundSchema } from '@tpe/invoicing';
 *
 * refundSchema.safeParse({
 *   id: 'R-001', customerId: 'C-001', date: '2026-05-02', amount: '30.00', method: 'transfer',
 *   source: { kind: 'payment', id: 'P-001' },
 * }).success; // true
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export const refundSchema: z.ZodType<Refund> = z.strictObject({
  id: idSchema,
  customerId: idSchema,
  date: isoDateSchema,
  amount: positiveAmountSchema,
  method: paymentMethodSchema,
  reference: referenceSchema.optional(),
  source: settlementSourceSchema,
});
