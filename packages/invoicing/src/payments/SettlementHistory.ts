import { z } from 'zod';
import { type Allocation, allocationSchema } from './Allocation.js';
import { type Refund, refundSchema } from './Refund.js';

/**
 * The allocations and refunds already recorded: what has been taken from
 * each payment and credit note, and what has been applied to each invoice.
 * Passing the whole history is fine: entries about other payments, credit
 * notes or invoices are not read.
 *
 * @example
 * ```ts
 * import type { SettlementHistory } from '@tpe/invoicing';
 *
 * const history: SettlementHistory = {
 *   allocations: [
 *     { source: { kind: 'payment', id: 'P-001' }, invoiceId: 'INV-1', amount: '1200.00', date: '2026-04-15' },
 *   ],
 * };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export interface SettlementHistory {
  /** Allocations made earlier. */
  readonly allocations?: readonly Allocation[] | undefined;
  /** Refunds made earlier. */
  readonly refunds?: readonly Refund[] | undefined;
}

/**
 * A zod schema for {@link SettlementHistory}.
 *
 * @example
 * ```ts
 * import { settlementHistorySchema } from '@tpe/invoicing';
 *
 * settlementHistorySchema.safeParse({ allocations: [], refunds: [] }).success; // true
 * settlementHistorySchema.safeParse({ payments: [] }).success; // false
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export const settlementHistorySchema: z.ZodType<SettlementHistory> = z.strictObject({
  allocations: z.array(allocationSchema).max(1_000_000).optional(),
  refunds: z.array(refundSchema).max(1_000_000).optional(),
});
