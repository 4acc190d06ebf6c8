import { invalidPart, unknownCustomer } from '../../input/internal/inputErrors.js';
import { type ReadReceivable, readReceivable } from '../../input/internal/readReceivable.js';
import {
  type ReceivableColumns,
  readReceivableColumns,
} from '../../input/internal/receivableColumns.js';
import { receivableSchema } from '../../input/Receivable.js';

/**
 * The receivables of an input read into columns (see
 * {@link ReceivableColumns}, `customer` the index of each one's customer),
 * with the rows of each customer listed together.
 */
export interface ReceivableRows extends ReceivableColumns {
  /** The receivables of customer `c` are `byCustomer[customerStart[c] … customerStart[c + 1])`, in input order. */
  readonly customerStart: Int32Array;
  readonly byCustomer: Int32Array;
}

/** Reads and checks the receivables, each of a known customer. */
export function readReceivableRows(
  list: readonly unknown[],
  customerIndex: ReadonlyMap<string, number>,
  customers: number,
): ReceivableRows {
  const columns = readReceivableColumns(list, {
    customerSlot(customerId, _currency, index) {
      const owner = customerIndex.get(customerId);
      if (owner === undefined)
        throw unknownCustomer(customerId, ['receivables', index, 'customerId']);
      return owner;
    },
    refuse(index) {
      throw invalidPart(receivableSchema, list[index], ['receivables', index]);
    },
  });
  // A counting sort of the rows by customer, stable.
  const { customer } = columns;
  const customerStart = new Int32Array(customers + 1);
  for (let index = 0; index < customer.length; index++) {
    const owner = customer[index] as number;
    customerStart[owner + 1] = (customerStart[owner + 1] as number) + 1;
  }
  for (let owner = 0; owner < customers; owner++) {
    customerStart[owner + 1] =
      (customerStart[owner] as number) + (customerStart[owner + 1] as number);
  }
  const fill = customerStart.slice(0, customers);
  const byCustomer = new Int32Array(customer.length);
  for (let index = 0; index < customer.length; index++) {
    const owner = customer[index] as number;
    byCustomer[fill[owner] as number] = index;
    fill[owner] = (fill[owner] as number) + 1;
  }
  return { ...columns, customerStart, byCustomer };
}

/** The full reading of a receivable (read again for a row without details: its columns say it is valid). */
export function receivableAt(rows: ReceivableRows, index: number): ReadReceivable {
  const detail = rows.detail[index] as number;
  return detail < 0
    ? (readReceivable(rows.sources[index]) as ReadReceivable)
    : (rows.details[detail] as ReadReceivable);
}
