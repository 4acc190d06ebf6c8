import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import {
  type AllocationInstruction,
  allocationInstructionSchema,
} from './AllocationInstruction.js';
import type { AllocationResult } from './AllocationResult.js';
import { type IssuedCreditNote, issuedCreditNoteSchema } from './IssuedCreditNote.js';
import { openInvoicesSchema } from './internal/openInvoicesSchema.js';
import { settle } from './internal/settle.js';
import { settlingCreditNote } from './internal/settlingMoney.js';
import type { PayableInvoice } from './PayableInvoice.js';
import { type SettlementHistory, settlementHistorySchema } from './SettlementHistory.js';

const inputSchema = z.strictObject({
  creditNote: issuedCreditNoteSchema,
  openInvoices: openInvoicesSchema,
  instruction: allocationInstructionSchema,
  history: settlementHistorySchema,
});

/**
 * Applies a credit note to the invoices it reduces (usually the one it
 * credits), so that their balance and status account for it; what is left is
 * customer credit, to use later or to refund.
 *
 * **Details**: the same rules as {@link allocatePayment}, with one
 * difference: a cancelled invoice may take a credit note (a credit note is
 * how an invoice gets cancelled), so `oldestDueFirst` does not skip it.
 * Allocations are dated the credit note's issue date by default.
 *
 * @param creditNote - the issued credit note
 * @param openInvoices - the customer's invoices it may reduce
 * @param instruction - `{ strategy: 'oldestDueFirst' }` or explicit `allocations`
 * @param history - the allocations and refunds already recorded
 * @returns the new allocations and the credit left
 * @throws {@link TpeError} as {@link allocatePayment}, without `DOCUMENT_CANCELLED`
 *
 * @example
 * ```ts
 * import { allocateCreditNote } from '@tpe/invoicing';
 *
 * const invoice = {
 *   id: 'INV-1', number: 'F-2026-0001', customerId: 'C-001', issueDate: '2026-03-02',
 *   dueDate: '2026-04-01', amountDue: '1200.00', status: 'cancelled' as const,
 * };
 * const creditNote = {
 *   id: 'CN-1', number: 'AV-2026-0001', customerId: 'C-001', issueDate: '2026-03-10', amount: '1200.00',
 * };
 * allocateCreditNote(creditNote, [invoice], { allocations: [{ invoiceId: 'INV-1', amount: '1200.00' }] })
 *   .allocations;
 * // [{ source: { kind: 'creditNote', id: 'CN-1' }, invoiceId: 'INV-1', amount: '1200.00', date: '2026-03-10' }]
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export function allocateCreditNote(
  creditNote: IssuedCreditNote,
  openInvoices: readonly PayableInvoice[],
  instruction: AllocationInstruction,
  history: SettlementHistory = {},
): AllocationResult {
  const parsed = parseWithSchema(inputSchema, { creditNote, openInvoices, instruction, history });
  return settle(
    settlingCreditNote(parsed.creditNote),
    parsed.openInvoices,
    parsed.instruction,
    parsed.history,
    true,
  );
}
