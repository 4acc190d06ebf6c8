import { isoDateSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { positiveAmountSchema } from './internal/settlementSchemas.js';

/**
 * How to spread a payment or a credit note over invoices:
 *
 * - `{ strategy: 'oldestDueFirst' }`: the open invoices (issued, with a
 *   balance) by due date, then issue date, number and id, each settled in
 *   full until the money runs out (the last one partly);
 * - `{ allocations: [{ invoiceId, amount }] }`: exactly these amounts, as
 *   the customer's remittance advice says.
 *
 * Either way `on` is the day of the allocation: the source's date by default,
 * later when a credit kept earlier is used now.
 *
 * @example
 * ```ts
 * import type { AllocationInstruction } from '@tpe/invoicing';
 *
 * const automatic: AllocationInstruction = { strategy: 'oldestDueFirst' };
 * const explicit: AllocationInstruction = {
 *   allocations: [{ invoiceId: 'INV-1', amount: '500.00' }],
 *   on: '2026-05-02',
 * };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export type AllocationInstruction =
  | {
      /** Settle the open invoices by due date, oldest first. */
      readonly strategy: 'oldestDueFirst';
      /** The day of the allocation; the source's date by default. */
      readonly on?: string | undefined;
    }
  | {
      /** The amount to apply to each invoice, each invoice at most once. */
      readonly allocations: readonly { readonly invoiceId: string; readonly amount: string }[];
      /** The day of the allocation; the source's date by default. */
      readonly on?: string | undefined;
    };

/**
 * A zod schema for {@link AllocationInstruction}: exactly one of `strategy`
 * and `allocations` (issue code `strategy_or_allocations`), amounts above
 * zero.
 *
 * @example
 * ```ts
 * import { allocationInstructionSchema } from '@tpe/invoicing';
 *
 * allocationInstructionSchema.safeParse({ strategy: 'oldestDueFirst' }).success; // true
 * allocationInstructionSchema.safeParse({ strategy: 'largestFirst' }).success; // false
 * allocationInstructionSchema.safeParse({}).success; // false
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export const allocationInstructionSchema: z.ZodType<AllocationInstruction> = z
  .strictObject({
    strategy: z.literal('oldestDueFirst').optional(),
    allocations: z
      .array(z.strictObject({ invoiceId: idSchema, amount: positiveAmountSchema }))
      .min(1)
      .max(100_000)
      .optional(),
    on: isoDateSchema.optional(),
  })
  .check((context) => {
    if ((context.value.strategy === undefined) === (context.value.allocations === undefined)) {
      context.issues.push({
        code: 'custom',
        message: 'Give either strategy or allocations',
        input: context.value,
        params: { code: 'strategy_or_allocations' },
      });
    }
  }) as z.ZodType as z.ZodType<AllocationInstruction>;
