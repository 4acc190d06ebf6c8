import { parseWithSchema, TpeError, type TpeIssue } from '@tpe/core';
import type { z } from 'zod';
import {
  type DatedUnits,
  type ReadReceivable,
  readReceivable,
  receivableIssues,
} from '../../input/internal/readReceivable.js';
import type { Receivable } from '../../input/Receivable.js';

/**
 * Reading the receivables of a report (aged balance, DSO) as of a day, in
 * one currency.
 *
 * **Currency**: a report adds amounts of one currency only. With a
 * `currency` option, the receivables of other currencies are left out;
 * without it, all receivables must share one currency (`EUR` when there are
 * none), and a receivable in another one is refused (`mixed_currencies`).
 *
 * **As of a day**: `outstanding` is what is owed the day the data is read;
 * the payments dated after the report's day are added back to it.
 */

/**
 * Reads each receivable as `receivableSchema` does and hands those of the
 * report's currency to `use`, in input order.
 *
 * @returns the report's currency, or `undefined` at the first receivable the
 *   schemas would refuse (a bad shape, a broken rule between its fields,
 *   mixed currencies): the caller then lets the schema explain
 */
export function readReceivablesIn(
  receivables: unknown,
  currency: string | undefined,
  use: (read: ReadReceivable, index: number) => void,
): string | undefined {
  if (!Array.isArray(receivables)) return undefined;
  let chosen = currency;
  for (let index = 0; index < receivables.length; index++) {
    const read = readReceivable(receivables[index]);
    if (read === undefined || receivableIssues(read) !== undefined) return undefined;
    if (read.currency !== chosen) {
      if (chosen === undefined) chosen = read.currency;
      else if (currency === undefined) return undefined;
      else continue;
    }
    use(read, index);
  }
  return chosen ?? 'EUR';
}

/** What was still owed on a receivable at the end of `asOfDay`, in minor units. */
export function outstandingAsOf(read: ReadReceivable, asOfDay: number): number {
  let units = read.outstanding;
  const { payments } = read;
  // Payments are sorted by day: those after the day are at the end.
  for (let index = payments.length - 1; index >= 0; index--) {
    const payment = payments[index] as DatedUnits;
    if (payment.day <= asOfDay) break;
    units += payment.units;
  }
  return units;
}

/**
 * The `mixed_currencies` issues of a list of receivables that the schemas
 * accepted, when no `currency` option picks one.
 */
export function mixedCurrencyIssues(
  receivables: readonly Receivable[],
  currency: string | undefined,
): TpeIssue[] {
  if (currency !== undefined || receivables.length === 0) return [];
  const first = receivables[0]?.currency ?? 'EUR';
  const issues: TpeIssue[] = [];
  receivables.forEach((receivable, index) => {
    const own = receivable.currency ?? 'EUR';
    if (own !== first) {
      issues.push({
        path: ['receivables', index, 'currency'],
        code: 'mixed_currencies',
        message: `The receivables are in ${first} and ${own}: pick one with the currency option`,
      });
    }
  });
  return issues;
}

/**
 * Throws the `INVALID_INPUT` error the schema gives for an input the fast
 * reading refused.
 */
export function rejectInput(schema: z.ZodType, input: unknown): never {
  parseWithSchema(schema, input);
  // The schema accepted what the reading refused: never expected.
  throw new TpeError('INVALID_INPUT', 'Invalid input');
}
