import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import {
  type AllocationInstruction,
  allocationInstructionSchema,
} from './AllocationInstruction.js';
import type { AllocationResult } from './AllocationResult.js';
import { openInvoicesSchema } from './internal/openInvoicesSchema.js';
import { settle } from './internal/settle.js';
import { settlingPayment } from './internal/settlingMoney.js';
import type { PayableInvoice } from './PayableInvoice.js';
import { type Payment, paymentSchema } from './Payment.js';
import { type SettlementHistory, settlementHistorySchema } from './SettlementHistory.js';

const inputSchema = z.strictObject({
  payment: paymentSchema,
  openInvoices: openInvoicesSchema,
  instruction: allocationInstructionSchema,
  history: settlementHistorySchema,
});

/**
 * Allocates a payment to a customer's invoices (lettrage), oldest due first
 * or as the customer said, and keeps what is left as customer credit.
 *
 * **Details**: no cent is created or lost: the allocations plus the credit
 * always equal what the payment had available (its amount minus what
 * `history` already took from it). An invoice can take at most its balance
 * (amount due minus what `history` already applied to it). With
 * `oldestDueFirst`, cancelled and settled invoices are skipped. Each
 * allocation is dated the allocation day (`instruction.on`, the payment date
 * by default), or the invoice's issue date when the payment came first.
 *
 * **When to use**: on receipt of a payment; again later with the same payment
 * and the history to use a credit it left on a new invoice; see
 * {@link refundCredit} to pay a credit back.
 *
 * @param payment - the payment received
 * @param openInvoices - the customer's invoices that may be settled
 * @param instruction - `{ strategy: 'oldestDueFirst' }` or explicit `allocations`
 * @param history - the allocations and refunds already recorded
 * @returns the new allocations and the credit left
 * @throws {@link TpeError} `INVALID_INPUT` (bad records; an invoice of another
 *   customer `other_customer`, `unknown_invoice`, `duplicate_invoice`,
 *   `duplicate_id`, an allocation day before the payment
 *   `before_source_date`); `CURRENCY_MISMATCH`; `DOCUMENT_CANCELLED` for an
 *   explicit allocation to a cancelled invoice; `ALLOCATION_EXCEEDS` when
 *   explicit allocations take more than the payment has or than an invoice
 *   owes, or when the history already does
 *
 * @example
 * ```ts
 * import { allocatePayment } from '@tpe/invoicing';
 *
 * const invoices = [
 *   { id: 'INV-2', number: 'F-2026-0002', customerId: 'C-001', issueDate: '2026-03-10',
 *     dueDate: '2026-04-09', amountDue: '300.00', status: 'issued' as const },
 *   { id: 'INV-1', number: 'F-2026-0001', customerId: 'C-001', issueDate: '2026-03-02',
 *     dueDate: '2026-04-01', amountDue: '1200.00', status: 'issued' as const },
 * ];
 * const payment = {
 *   id: 'P-001', customerId: 'C-001', date: '2026-04-15', amount: '1600.00', method: 'transfer' as const,
 * };
 * const result = allocatePayment(payment, invoices, { strategy: 'oldestDueFirst' });
 * result.allocations.map((allocation) => [allocation.invoiceId, allocation.amount]);
 * // [['INV-1', '1200.00'], ['INV-2', '300.00']]
 * result.credit; // '100.00'
 *
 * allocatePayment(payment, invoices, { allocations: [{ invoiceId: 'INV-2', amount: '400.00' }] });
 * // throws TpeError ALLOCATION_EXCEEDS
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export function allocatePayment(
  payment: Payment,
  openInvoices: readonly PayableInvoice[],
  instruction: AllocationInstruction,
  history: SettlementHistory = {},
): AllocationResult {
  const parsed = parseWithSchema(inputSchema, { payment, openInvoices, instruction, history });
  return settle(
    settlingPayment(parsed.payment),
    parsed.openInvoices,
    parsed.instruction,
    parsed.history,
    false,
  );
}
