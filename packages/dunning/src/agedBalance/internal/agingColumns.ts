import { z } from 'zod';
import type { AgedBalanceBasis } from '../AgedBalanceInput.js';
import type { AgedBalanceColumn } from '../agedBalance.js';

/** The most upper bounds a list of buckets may have. */
export const MAX_BUCKETS = 24;
/** The largest upper bound of a bucket, in days (a hundred years). */
export const MAX_BUCKET_DAYS = 36_500;

/**
 * A zod schema for a list of bucket upper bounds: 1 to {@link MAX_BUCKETS}
 * whole numbers of days from 1 to {@link MAX_BUCKET_DAYS}, each greater than
 * the one before (issue code `buckets_out_of_order`).
 */
export const bucketBoundsSchema = z
  .array(z.int().min(1).max(MAX_BUCKET_DAYS))
  .min(1)
  .max(MAX_BUCKETS)
  .check((context) => {
    const bounds = context.value;
    for (let index = 1; index < bounds.length; index++) {
      if ((bounds[index] as number) <= (bounds[index - 1] as number)) {
        context.issues.push({
          code: 'custom',
          message: 'Bucket upper bounds are listed in increasing order, each above the one before',
          input: context.value,
          path: [index],
          params: { code: 'buckets_out_of_order' },
        });
      }
    }
  });

/** The bounds `bucketBoundsSchema` accepts, read without zod, or `undefined`. */
export function readBucketBounds(value: unknown): readonly number[] | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_BUCKETS) return undefined;
  let previous = 0;
  for (const bound of value) {
    if (
      typeof bound !== 'number' ||
      !Number.isInteger(bound) ||
      bound <= previous ||
      bound > MAX_BUCKET_DAYS
    ) {
      return undefined;
    }
    previous = bound;
  }
  return value as readonly number[];
}

/**
 * The columns of an aged balance. Counted from the due date, the first column
 * holds what is not yet due (0 days late or fewer), then one column per upper
 * bound and a last one beyond: `[30, 60, 90]` gives `notDue`, `1-30`,
 * `31-60`, `61-90`, `91+`. Counted from the issue date, there is nothing
 * "not yet due": the first column starts at 0 days (`0-30`, `31-60`, …).
 */
export function agingColumns(
  bounds: readonly number[],
  basis: AgedBalanceBasis,
): readonly AgedBalanceColumn[] {
  const columns: AgedBalanceColumn[] = [];
  let from = 0;
  if (basis === 'dueDate') {
    columns.push({ key: 'notDue', label: 'Non échu', fromDays: null, toDays: 0 });
    from = 1;
  }
  for (const bound of bounds) {
    columns.push({
      key: from === bound ? String(bound) : `${from}-${bound}`,
      label: from === bound ? `${bound} j` : `${from} à ${bound} j`,
      fromDays: from,
      toDays: bound,
    });
    from = bound + 1;
  }
  const last = from - 1;
  columns.push({ key: `${from}+`, label: `Plus de ${last} j`, fromDays: from, toDays: null });
  return columns;
}

/**
 * The upper bound of each column but the last, for {@link columnOfDays}:
 * `[0, 30, 60, 90]` from the due date, `[30, 60, 90]` from the issue date.
 */
export function columnUpperBounds(bounds: readonly number[], basis: AgedBalanceBasis): Int32Array {
  return Int32Array.from(basis === 'dueDate' ? [0, ...bounds] : bounds);
}

/** The index of the column a number of days falls in. */
export function columnOfDays(upperBounds: Int32Array, days: number): number {
  let column = 0;
  while (column < upperBounds.length && days > (upperBounds[column] as number)) column++;
  return column;
}
