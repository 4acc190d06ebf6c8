import type { Allocation, SettlementSource } from './Allocation.js';

/**
 * What {@link allocatePayment} and {@link allocateCreditNote} return: the new
 * allocations and the customer credit left on the source.
 *
 * **Details**: `allocated + credit = available` to the cent, and `available`
 * is the source's amount minus what earlier allocations and refunds took.
 *
 * @example
 * ```ts
 * import type { AllocationResult } from '@tpe/invoicing';
 *
 * const result: AllocationResult = {
 *   source: { kind: 'payment', id: 'P-001' },
 *   currency: 'EUR',
 *   available: '1000.00',
 *   allocations: [
 *     { source: { kind: 'payment', id: 'P-001' }, invoiceId: 'INV-1', amount: '900.00', date: '2026-04-15' },
 *   ],
 *   allocated: '900.00',
 *   credit: '100.00',
 * };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export interface AllocationResult {
  /** The payment or credit note allocated. */
  readonly source: SettlementSource;
  /** ISO 4217 code of every amount. */
  readonly currency: string;
  /** What the source had left before these allocations. */
  readonly available: string;
  /** The new allocations, in the order applied; to record with the earlier ones. */
  readonly allocations: readonly Allocation[];
  /** The sum of the new allocations. */
  readonly allocated: string;
  /** What is left on the source after them: customer credit (overpayment). */
  readonly credit: string;
}
