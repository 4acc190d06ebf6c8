import { currencyCodeSchema, isoDateSchema } from '@tpe/core';
import { z } from 'zod';
import { type DunningCustomer, dunningCustomerSchema } from '../input/DunningCustomer.js';
import { pushIssues } from '../input/internal/schemaParts.js';
import { type Receivable, receivableSchema } from '../input/Receivable.js';
import { bucketBoundsSchema } from './internal/agingColumns.js';
import { mixedCurrencyIssues } from './internal/receivablesAsOf.js';

/**
 * From which date the days of an aged balance are counted:
 *
 * - `dueDate` (default): days late, from each due date (each instalment's
 *   own); what is not yet due has its own first column;
 * - `issueDate`: the age of each receivable, from its issue date; the first
 *   column starts at 0 days.
 *
 * @example
 * ```ts
 * import type { AgedBalanceBasis } from '@tpe/dunning';
 *
 * const basis: AgedBalanceBasis = 'issueDate';
 * ```
 *
 * @category Aged balance
 * @since 0.1.0
 */
export type AgedBalanceBasis = 'dueDate' | 'issueDate';

/**
 * The order of the customers of an aged balance:
 *
 * - `priority` (default): the most urgent first, by the sum over the
 *   customer's outstanding invoices of days late × amount (days counted on
 *   the basis, not-yet-due parts counting 0), then by outstanding amount;
 * - `amount`: the largest outstanding amount first;
 * - `name`: by name in French alphabetical order (`customers` gives the
 *   names; the id stands for a missing one).
 *
 * Ties are broken by customer id (plain character order), so the order is
 * always the same for the same input.
 *
 * @example
 * ```ts
 * import type { AgedBalanceSortBy } from '@tpe/dunning';
 *
 * const sortBy: AgedBalanceSortBy = 'amount';
 * ```
 *
 * @category Aged balance
 * @since 0.1.0
 */
export type AgedBalanceSortBy = 'priority' | 'amount' | 'name';

/**
 * Input of {@link agedBalance}.
 *
 * @example
 * ```ts
 * import type { AgedBalanceInput } from '@tpe/dunning';
 *
 * const input: AgedBalanceInput = {
 *   receivables: [
 *     {
 *       id: 'inv-1',
 *       customerId: 'c-1',
 *       number: 'F2026-0001',
 *       issueDate: '2026-02-14',
 *       dueDate: '2026-03-16',
 *       amount: '1200.00',
 *       outstanding: '1200.00',
 *     },
 *   ],
 *   asOf: '2026-04-30',
 *   buckets: [30, 60, 90, 180],
 * };
 * ```
 *
 * @category Aged balance
 * @since 0.1.0
 */
export interface AgedBalanceInput {
  /** The invoices, credit notes and unallocated payments, as `receivableSchema` accepts them. */
  readonly receivables: readonly Receivable[];
  /** The day of the balance, `YYYY-MM-DD`: any past day, or the day the data is read. */
  readonly asOf: string;
  /**
   * The upper bounds of the buckets in days, in increasing order: 1 to 24
   * whole numbers from 1 to 36,500. `[30, 60, 90]` (the default) gives the
   * columns 1–30, 31–60, 61–90 and more than 90 days late.
   */
  readonly buckets?: readonly number[] | undefined;
  /** `dueDate` (default) or `issueDate`. */
  readonly basis?: AgedBalanceBasis | undefined;
  /** `priority` (default), `amount` or `name`. */
  readonly sortBy?: AgedBalanceSortBy | undefined;
  /**
   * The currency of the balance: only the receivables in it are counted.
   * Without it, all receivables must share one currency.
   */
  readonly currency?: string | undefined;
  /**
   * The customers, to put their names in the balance and sort by name. When
   * given, the customer of every receivable in the balance's currency must
   * be in it.
   */
  readonly customers?: readonly DunningCustomer[] | undefined;
}

/**
 * The upper bounds of the buckets when none are given: 1–30, 31–60, 61–90
 * and more than 90 days late.
 *
 * @example
 * ```ts
 * import { DEFAULT_AGED_BALANCE_BUCKETS } from '@tpe/dunning';
 *
 * DEFAULT_AGED_BALANCE_BUCKETS; // [30, 60, 90]
 * ```
 *
 * @category Aged balance
 * @since 0.1.0
 */
export const DEFAULT_AGED_BALANCE_BUCKETS: readonly number[] = Object.freeze([30, 60, 90]);

/**
 * A zod schema for {@link AgedBalanceInput}. Issue codes beyond those of
 * `receivableSchema` and `dunningCustomerSchema`: `buckets_out_of_order`,
 * `mixed_currencies` (receivables in several currencies and no `currency`
 * option), `duplicate_customer` (two customers with one id),
 * `unrecognized_keys`.
 *
 * @example
 * ```ts
 * import { agedBalanceInputSchema } from '@tpe/dunning';
 *
 * agedBalanceInputSchema.safeParse({ receivables: [], asOf: '2026-04-30' }).success; // true
 * agedBalanceInputSchema.safeParse({ receivables: [], asOf: '2026-04-30', buckets: [60, 30] })
 *   .success; // false
 * ```
 *
 * @category Aged balance
 * @since 0.1.0
 */
export const agedBalanceInputSchema: z.ZodType<AgedBalanceInput> = z
  .strictObject({
    receivables: z.array(receivableSchema),
    asOf: isoDateSchema,
    buckets: bucketBoundsSchema.optional(),
    basis: z.enum(['dueDate', 'issueDate']).optional(),
    sortBy: z.enum(['priority', 'amount', 'name']).optional(),
    currency: currencyCodeSchema.optional(),
    customers: z.array(dunningCustomerSchema).optional(),
  })
  .check((context) => {
    const { receivables, currency, customers } = context.value;
    pushIssues(context, mixedCurrencyIssues(receivables, currency));
    const seen = new Set<string>();
    customers?.forEach((customer, index) => {
      if (seen.has(customer.id)) {
        pushIssues(context, [
          {
            path: ['customers', index, 'id'],
            code: 'duplicate_customer',
            message: `Two customers have the id ${JSON.stringify(customer.id)}`,
          },
        ]);
      }
      seen.add(customer.id);
    });
  });
