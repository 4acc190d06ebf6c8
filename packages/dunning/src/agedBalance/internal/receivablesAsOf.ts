import { parseWithSchema, TpeError, type TpeIssue } from '@tpe/core';
import type { z } from 'zod';
import { isRecord } from '../../input/internal/readFields.js';
import {
  type ReceivableColumns,
  type RowPlacement,
  readReceivableBlocks,
} from '../../input/internal/receivableColumns.js';
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
 * The currency of a report, decided receivable by receivable in input
 * order: the one asked for, or else the first one met.
 */
class ReportCurrency {
  readonly #asked: string | undefined;
  #chosen: string | undefined;

  constructor(asked: string | undefined) {
    this.#asked = asked;
    this.#chosen = asked;
  }

  /**
   * Whether a receivable in `code` counts: `true`, `false` for one in
   * another currency than the one asked for, `undefined` for one in another
   * currency than the first met when none was asked for (`mixed_currencies`).
   */
  admits(code: string): boolean | undefined {
    if (code === this.#chosen) return true;
    if (this.#chosen === undefined) {
      this.#chosen = code;
      return true;
    }
    return this.#asked === undefined ? undefined : false;
  }

  /** The currency of the report: the one asked for or first met, `EUR` when there was none. */
  get code(): string {
    return this.#chosen ?? 'EUR';
  }
}

/** The customers named by a list of receivables (see {@link numberCustomers}). */
export interface NumberedCustomers {
  /** The customers, in the order first named. */
  readonly customerIds: readonly string[];
  /** The index in `customerIds` of each row's customer, -1 for a row naming none. */
  readonly customerOf: Int32Array;
}

/**
 * Numbers the customers named by the rows, in a pass over them that does
 * nothing else: the look-ups in a map of many ids run several times faster
 * in such a loop, the map staying in the processor's caches, than between
 * the readings of the rows. Every customer named has an index, even one
 * whose rows are all left out or refused later.
 */
export function numberCustomers(receivables: readonly unknown[]): NumberedCustomers {
  const slots = new Map<string, number>();
  const customerIds: string[] = [];
  const customerOf = new Int32Array(receivables.length);
  for (let index = 0; index < receivables.length; index++) {
    const row = receivables[index];
    const customerId = isRecord(row) ? row.customerId : undefined;
    if (typeof customerId !== 'string') {
      customerOf[index] = -1;
      continue;
    }
    let slot = slots.get(customerId);
    if (slot === undefined) {
      slot = customerIds.length;
      slots.set(customerId, slot);
      customerIds.push(customerId);
    }
    customerOf[index] = slot;
  }
  return { customerIds, customerOf };
}

/** How a report reads its receivables. */
export interface ReportReading {
  /** The currency asked for, if any. */
  readonly currency: string | undefined;
  /** Throws the error of an input the schemas refuse. */
  readonly refuse: () => never;
  /** Checks the customer of each receivable in the report's currency (it may throw). */
  readonly check?: ((customerId: string, index: number) => void) | undefined;
  /** The customers of the rows, for a report by customer; without them, every row counted has customer 0. */
  readonly customers?: NumberedCustomers | undefined;
}

/**
 * Reads each receivable as `receivableSchema` does, in input order, block
 * after block of columns handed to `use` (see `readReceivableBlocks`): the
 * `customer` of a row in the report's currency is its index in
 * `reading.customers` (or 0), -1 for a row in another currency. At the
 * first receivable the schemas would refuse (a bad shape, a broken rule
 * between its fields, mixed currencies), `refuse` lets the caller's schema
 * explain.
 *
 * @returns the report's currency
 */
export function readReportBlocks(
  receivables: readonly unknown[],
  reading: ReportReading,
  use: (block: ReceivableColumns) => void,
): string {
  const { refuse, check } = reading;
  const customerOf = reading.customers?.customerOf;
  const report = new ReportCurrency(reading.currency);
  const placement: RowPlacement = {
    customerSlot(customerId, code, index) {
      const admitted = report.admits(code);
      if (admitted === undefined) return refuse();
      if (!admitted) return -1;
      check?.(customerId, index);
      return customerOf === undefined ? 0 : (customerOf[index] as number);
    },
    refuse,
  };
  readReceivableBlocks(receivables, placement, use);
  return report.code;
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
