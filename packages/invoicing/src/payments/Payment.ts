import { currencyCodeSchema, isoDateSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { positiveAmountSchema, referenceSchema } from './internal/settlementSchemas.js';

/**
 * How a payment was made: bank transfer (virement), card, cheque, cash,
 * direct debit (prélèvement SEPA) or LCR (lettre de change relevé, the
 * French bill of exchange collected by the bank).
 *
 * @example
 * ```ts
 * import type { PaymentMethod } from '@tpe/invoicing';
 *
 * const method: PaymentMethod = 'lcr';
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export type PaymentMethod = 'transfer' | 'card' | 'cheque' | 'cash' | 'directDebit' | 'lcr';

/**
 * Every {@link PaymentMethod}.
 *
 * @example
 * ```ts
 * import { PAYMENT_METHODS } from '@tpe/invoicing';
 *
 * PAYMENT_METHODS.includes('cheque'); // true
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export const PAYMENT_METHODS: readonly PaymentMethod[] = Object.freeze([
  'transfer',
  'card',
  'cheque',
  'cash',
  'directDebit',
  'lcr',
]);

/**
 * A zod schema for {@link PaymentMethod}.
 *
 * @example
 * ```ts
 * import { paymentMethodSchema } from '@tpe/invoicing';
 *
 * paymentMethodSchema.safeParse('directDebit').success; // true
 * paymentMethodSchema.safeParse('bitcoin').success; // false
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export const paymentMethodSchema: z.ZodType<PaymentMethod> = z.enum([
  'transfer',
  'card',
  'cheque',
  'cash',
  'directDebit',
  'lcr',
]);

/**
 * A payment received from a customer, before or after it is allocated to
 * invoices (see {@link allocatePayment}).
 *
 * @example
 * ```ts
 * import type { Payment } from '@tpe/invoicing';
 *
 * const payment: Payment = {
 *   id: 'P-001',
 *   customerId: 'C-001',
 *   date: '2026-04-15',
 *   amount: '1200.00',
 *   method: 'transfer',
 *   reference: 'VIR CLIENT SAS F-2026-0001',
 * };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export interface Payment {
  /** The caller's id of the payment, 1 to 64 characters. */
  readonly id: string;
  /** The id of the customer who paid. */
  readonly customerId: string;
  /** The day the money was received (value date), `YYYY-MM-DD`. */
  readonly date: string;
  /** The amount received, above zero, e.g. `"1200.00"`. */
  readonly amount: string;
  /** ISO 4217 code of the amount; `"EUR"` by default. */
  readonly currency?: string | undefined;
  /** How the customer paid. */
  readonly method: PaymentMethod;
  /** The bank reference, cheque number or remittance text, up to 140 characters. */
  readonly reference?: string | undefined;
}

/**
 * A zod schema for {@link Payment}: unknown keys refused, an amount above
 * zero (issue code `not_positive`), a real date.
 *
 * @example
 * ```ts
 * import { paymentSchema } from '@tpe/invoicing';
 *
 * paymentSchema.safeParse({
 *   id: 'P-001', customerId: 'C-001', date: '2026-04-15', amount: '1200.00', method: 'cheque',
 * }).success; // true
 * paymentSchema.safeParse({
 *   id: 'P-001', customerId: 'C-001', date: '2026-04-15', amount: '0.00', method: 'cheque',
 * }).success; // false
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export const paymentSchema: z.ZodType<Payment> = z.strictObject({
  id: idSchema,
  customerId: idSchema,
  date: isoDateSchema,
  amount: positiveAmountSchema,
  currency: currencyCodeSchema.optional(),
  method: paymentMethodSchema,
  reference: referenceSchema.optional(),
});
