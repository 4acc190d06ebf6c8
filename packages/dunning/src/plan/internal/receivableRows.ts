import { invalidPart, unknownCustomer } from '../../input/internal/inputErrors.js';
import { rememberingDayReader } from '../../input/internal/readFields.js';
import {
  type ReadReceivable,
  readReceivable,
  receivableIssues,
  receivableReading,
} from '../../input/internal/readReceivable.js';
import type { Receivable } from '../../input/Receivable.js';
import { receivableSchema } from '../../input/Receivable.js';

/**
 * The receivables of an input read into columns: a run over a million rows
 * keeps a few typed arrays instead of a million objects. A receivable with
 * anything beyond an invoice's plain fields (instalments, payments, a
 * dispute, a promise, an exclusion, a credit, a currency other than EUR)
 * also keeps its full reading in `detailed`.
 */
export interface ReceivableRows {
  readonly sources: readonly Receivable[];
  readonly issueDay: Int32Array;
  readonly dueDay: Int32Array;
  /** In minor units. */
  readonly outstanding: Float64Array;
  /** The index of each receivable's customer. */
  readonly customer: Int32Array;
  readonly detailed: readonly (ReadReceivable | undefined)[];
  /** The receivables of customer `c` are `byCustomer[customerStart[c] … customerStart[c + 1])`, in input order. */
  readonly customerStart: Int32Array;
  readonly byCustomer: Int32Array;
}

function isPlain(read: ReadReceivable): boolean {
  return (
    read.kind === 'invoice' &&
    read.currency === 'EUR' &&
    read.instalments.length === 0 &&
    read.payments.length === 0 &&
    read.disputeSinceDay === undefined &&
    read.promiseUntilDay === undefined &&
    !read.excluded
  );
}

/** Reads and checks the receivables, each of a known customer. */
export function readReceivableRows(
  list: readonly unknown[],
  customerIndex: ReadonlyMap<string, number>,
  customers: number,
): ReceivableRows {
  const count = list.length;
  const issueDay = new Int32Array(count);
  const dueDay = new Int32Array(count);
  const outstanding = new Float64Array(count);
  const customer = new Int32Array(count);
  const detailed: (ReadReceivable | undefined)[] = new Array(count).fill(undefined);
  const counts = new Int32Array(customers + 1);
  const days = rememberingDayReader();
  const reading = receivableReading();
  for (let index = 0; index < count; index++) {
    const read = readReceivable(list[index], days, reading);
    if (read === undefined || receivableIssues(read) !== undefined) {
      throw invalidPart(receivableSchema, list[index], ['receivables', index]);
    }
    const customerId = read.source.customerId;
    const owner = customerIndex.get(customerId);
    if (owner === undefined)
      throw unknownCustomer(customerId, ['receivables', index, 'customerId']);
    issueDay[index] = read.issueDay;
    dueDay[index] = read.dueDay;
    outstanding[index] = read.outstanding;
    customer[index] = owner;
    counts[owner + 1] = (counts[owner + 1] as number) + 1;
    if (!isPlain(read)) detailed[index] = { ...read };
  }
  const customerStart = new Int32Array(customers + 1);
  for (let owner = 0; owner < customers; owner++) {
    customerStart[owner + 1] = (customerStart[owner] as number) + (counts[owner + 1] as number);
  }
  const fill = customerStart.slice(0, customers);
  const byCustomer = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    const owner = customer[index] as number;
    byCustomer[fill[owner] as number] = index;
    fill[owner] = (fill[owner] as number) + 1;
  }
  return {
    sources: list as readonly Receivable[],
    issueDay,
    dueDay,
    outstanding,
    customer,
    detailed,
    customerStart,
    byCustomer,
  };
}

/** The full reading of a receivable (read again for a plain one: its columns say it is valid). */
export function receivableAt(rows: ReceivableRows, index: number): ReadReceivable {
  return rows.detailed[index] ?? (readReceivable(rows.sources[index]) as ReadReceivable);
}
