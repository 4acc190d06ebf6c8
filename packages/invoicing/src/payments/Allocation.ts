import { isoDateSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { positiveAmountSchema } from './internal/settlementSchemas.js';

/**
 * What settles invoices: a payment received ({@link Payment}) or an issued
 * credit note ({@link IssuedCreditNote}), by its id.
 *
 * @example
 * ```ts
 * import type { SettlementSource } from '@tpe/invoicing';
 *
 * const source: SettlementSource = { kind: 'payment', id: 'P-001' };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export interface SettlementSource {
  /** A payment or a credit note. */
  readonly kind: 'payment' | 'creditNote';
  /** The id of the payment or of the credit note. */
  readonly id: string;
}

/**
 * A zod schema for {@link SettlementSource}.
 *
 * @example
 * ```ts
 * import { settlementSourceSchema } from '@tpe/invoicing';
 *
 * settlementSourceSchema.safeParse({ kind: 'creditNote', id: 'CN-1' }).success; // true
 * settlementSourceSchema.safeParse({ kind: 'cheque', id: 'CN-1' }).success; // false
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export const settlementSourceSchema: z.ZodType<SettlementSource> = z.strictObject({
  kind: z.enum(['payment', 'creditNote']),
  id: idSchema,
});

/**
 * A part of a payment or of a credit note applied to one invoice (lettrage),
 * as returned by {@link allocatePayment} and {@link allocateCreditNote}.
 *
 * **Details**: `date` is the day the invoice counts as settled by this
 * amount: the day of the allocation, or the invoice's issue date when the
 * money came first (an advance applied once the invoice exists). It is never
 * before the source's date, so an allocation never counts before its money.
 *
 * @example
 * ```ts
 * import type { Allocation } from '@tpe/invoicing';
 *
 * const allocation: Allocation = {
 *   source: { kind: 'payment', id: 'P-001' },
 *   invoiceId: 'INV-1',
 *   amount: '1200.00',
 *   date: '2026-04-15',
 * };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export interface Allocation {
  /** The payment or credit note the amount comes from. */
  readonly source: SettlementSource;
  /** The id of the invoice it settles. */
  readonly invoiceId: string;
  /** The amount applied, above zero. */
  readonly amount: string;
  /** The day it counts from, `YYYY-MM-DD`. */
  readonly date: string;
}

/**
 * A zod schema for {@link Allocation}: unknown keys refused, an amount above
 * zero.
 *
 * @example
 * ```ts
 * import { allocationSchema } from '@tpe/invoicing';
 *
 * allocationSchema.safeParse({
 *   source: { kind: 'payment', id: 'P-001' }, invoiceId: 'INV-1', amount: '1200.00', date: '2026-04-15',
 * }).success; // true
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export const allocationSchema: z.ZodType<Allocation> = z.strictObject({
  source: settlementSourceSchema,
  invoiceId: idSchema,
  amount: positiveAmountSchema,
  date: isoDateSchema,
});
