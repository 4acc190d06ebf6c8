import {
  INVOICE,
  owedAtEndOf,
  type ReceivableColumns,
} from '../../input/internal/receivableColumns.js';
import type { AgedBalanceBasis } from '../AgedBalanceInput.js';
import { columnOfDays } from './agingColumns.js';
import { forEachOutstandingInstalment } from './instalments.js';
import { WideSums } from './wideSums.js';

/** What {@link CustomerBalances} counts a receivable's parts from. */
export interface AgingDay {
  readonly asOfDay: number;
  readonly basis: AgedBalanceBasis;
  /** The upper bound of each column but the last (see `columnUpperBounds`). */
  readonly upperBounds: Int32Array;
}

/** The figures of a customer after its sums (its columns and its credits), in {@link CustomerBalances}. */
const PRIORITY = 1;
const MAX_DAYS = 2;
const OPEN_RECEIVABLES = 3;

/**
 * The totals of an aged balance, one slot per customer, added up block of
 * rows after block (see {@link CustomerBalances.addRows}). A customer with
 * nothing open on the day keeps a slot of zeros.
 *
 * All the figures of a customer lie side by side, `stride` numbers from
 * `slot × stride`: the columns (what its invoices owe, by days), its
 * credits, then its priority score (Σ days × minor units of the parts
 * counted more than 0 days: a sort key, not an amount), the most days
 * counted and its number of open receivables. A row adds to a customer met
 * at random in one place, not in one array per figure. The columns and the
 * credits are exact sums (see {@link WideSums}).
 */
export class CustomerBalances {
  /** The number of columns. */
  readonly width: number;
  /** The numbers of each customer. */
  readonly stride: number;
  /** The columns and credits of the customers; their other figures in the same words. */
  readonly sums: WideSums;
  readonly #figures: Float64Array;
  readonly #aging: AgingDay;
  #blockParts: BlockParts | undefined;

  constructor(aging: AgingDay, customers: number) {
    this.#aging = aging;
    this.width = aging.upperBounds.length + 1;
    this.stride = this.width + 1 + OPEN_RECEIVABLES;
    this.#figures = new Float64Array(customers * this.stride);
    this.sums = new WideSums(this.#figures);
  }

  /**
   * Adds rows up by customer (`rows.customer`, -1 for a row left out), as
   * of the day: receivables issued later and those owing nothing that day
   * count for nothing; each other invoice goes in the column of the days
   * from its due or issue date, each instalment of one from its own due
   * date, each credit in the credits.
   *
   * The parts of the block are listed first, then added to their customers
   * in a loop of their own: the customers' figures, met at random in
   * megabytes of them, are mostly out of the processor's caches, and that
   * loop, short, waits for many of them at once.
   */
  addRows(rows: ReceivableColumns): void {
    const { asOfDay, basis, upperBounds } = this.#aging;
    const { customer, kind, issueDay, dueDay, detail, details } = rows;
    const parts = this.#parts(rows.length);
    const byIssueDate = basis === 'issueDate';
    for (let row = 0; row < rows.length; row++) {
      const slot = customer[row] as number;
      if (slot < 0 || (issueDay[row] as number) > asOfDay) continue;
      const units = owedAtEndOf(rows, row, asOfDay);
      if (units === 0) continue;
      if (kind[row] !== INVOICE) {
        parts.add(slot, this.width, units, 0, true);
        continue;
      }
      const at = detail[row] as number;
      const read = at < 0 ? undefined : details[at];
      if (byIssueDate || read === undefined || read.instalments.length === 0) {
        const counted = asOfDay - ((byIssueDate ? issueDay[row] : dueDay[row]) as number);
        parts.add(slot, columnOfDays(upperBounds, counted), units, counted, true);
      } else {
        let first = true;
        forEachOutstandingInstalment(read.instalments, units, (instalmentDay, part) => {
          const counted = asOfDay - instalmentDay;
          parts.add(slot, columnOfDays(upperBounds, counted), part, counted, first);
          first = false;
        });
      }
    }
    this.#addParts(parts);
  }

  /** Adds the parts listed to their customers' figures. */
  #addParts(parts: BlockParts): void {
    const { width, stride, sums } = this;
    const figures = this.#figures;
    const { slot, column, units, counted, opens } = parts;
    for (let part = 0; part < parts.length; part++) {
      const first = (slot[part] as number) * stride;
      const credits = first + width;
      const days = counted[part] as number;
      figures[credits + OPEN_RECEIVABLES] =
        (figures[credits + OPEN_RECEIVABLES] as number) + (opens[part] as number);
      sums.add(first + (column[part] as number), units[part] as number);
      if (days > 0) {
        figures[credits + PRIORITY] =
          (figures[credits + PRIORITY] as number) + days * (units[part] as number);
        if (days > (figures[credits + MAX_DAYS] as number)) figures[credits + MAX_DAYS] = days;
      }
    }
  }

  /** The list of parts, emptied, with room for `rows` parts. */
  #parts(rows: number): BlockParts {
    if (this.#blockParts === undefined || this.#blockParts.slot.length < rows) {
      this.#blockParts = new BlockParts(rows);
    }
    this.#blockParts.length = 0;
    return this.#blockParts;
  }

  /** Where the columns of a customer start in {@link CustomerBalances.sums}. */
  columnsOf(slot: number): number {
    return slot * this.stride;
  }

  /** Where a customer's credits are in {@link CustomerBalances.sums}. */
  creditsOf(slot: number): number {
    return slot * this.stride + this.width;
  }

  priorityOf(slot: number): number {
    return this.#figures[this.creditsOf(slot) + PRIORITY] as number;
  }

  maxDaysOf(slot: number): number {
    return this.#figures[this.creditsOf(slot) + MAX_DAYS] as number;
  }

  openReceivablesOf(slot: number): number {
    return this.#figures[this.creditsOf(slot) + OPEN_RECEIVABLES] as number;
  }

  /** What the invoices of each of the first `customers` slots owe: the sum of its columns. */
  outstanding(customers: number): WideSums {
    const { width, sums } = this;
    const outstanding = new WideSums(customers);
    for (let slot = 0; slot < customers; slot++) {
      const first = this.columnsOf(slot);
      for (let column = 0; column < width; column++) outstanding.addSum(slot, sums, first + column);
    }
    return outstanding;
  }

  /**
   * The figures of the first `customers` slots added up, `width + 2` sums:
   * the columns, the outstanding (from {@link CustomerBalances.outstanding}),
   * the credits.
   */
  totals(customers: number, outstanding: WideSums): WideSums {
    const { width, sums } = this;
    const totals = new WideSums(width + 2);
    for (let slot = 0; slot < customers; slot++) {
      const first = this.columnsOf(slot);
      for (let column = 0; column < width; column++) totals.addSum(column, sums, first + column);
      totals.addSum(width, outstanding, slot);
      totals.addSum(width + 1, sums, first + width);
    }
    return totals;
  }
}

/**
 * The parts of a block of rows, in row order, before they are added to
 * their customers (see {@link CustomerBalances.addRows}): a credit, an
 * invoice or an instalment of one.
 */
class BlockParts {
  length = 0;
  /** The customer's slot. */
  slot: Int32Array;
  /** Where it adds in the customer's figures: a column, or `width` for the credits. */
  column: Int32Array;
  /** Its minor units. */
  units: Float64Array;
  /** The days counted on it; 0 for a credit. */
  counted: Float64Array;
  /** 1 for the first part of a receivable (it counts one more open receivable), else 0. */
  opens: Uint8Array;

  constructor(capacity: number) {
    this.slot = new Int32Array(capacity);
    this.column = new Int32Array(capacity);
    this.units = new Float64Array(capacity);
    this.counted = new Float64Array(capacity);
    this.opens = new Uint8Array(capacity);
  }

  add(slot: number, column: number, units: number, counted: number, opens: boolean): void {
    if (this.length === this.slot.length) this.#grow();
    const part = this.length++;
    this.slot[part] = slot;
    this.column[part] = column;
    this.units[part] = units;
    this.counted[part] = counted;
    this.opens[part] = opens ? 1 : 0;
  }

  #grow(): void {
    const capacity = this.slot.length * 2 + 16;
    this.slot = copyInto(new Int32Array(capacity), this.slot);
    this.column = copyInto(new Int32Array(capacity), this.column);
    this.units = copyInto(new Float64Array(capacity), this.units);
    this.counted = copyInto(new Float64Array(capacity), this.counted);
    this.opens = copyInto(new Uint8Array(capacity), this.opens);
  }
}

/** `to`, holding a copy of `from` at its start. */
function copyInto<Numbers extends Int32Array | Float64Array | Uint8Array>(
  to: Numbers,
  from: ArrayLike<number>,
): Numbers {
  to.set(from);
  return to;
}
