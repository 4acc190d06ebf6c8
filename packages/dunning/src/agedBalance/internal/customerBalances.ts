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
   */
  addRows(rows: ReceivableColumns): void {
    const { asOfDay, basis } = this.#aging;
    const { customer, kind, issueDay, dueDay, detail, details } = rows;
    const { width, stride } = this;
    const figures = this.#figures;
    const byIssueDate = basis === 'issueDate';
    for (let row = 0; row < rows.length; row++) {
      const slot = customer[row] as number;
      if (slot < 0 || (issueDay[row] as number) > asOfDay) continue;
      const units = owedAtEndOf(rows, row, asOfDay);
      if (units === 0) continue;
      const credits = slot * stride + width;
      figures[credits + OPEN_RECEIVABLES] = (figures[credits + OPEN_RECEIVABLES] as number) + 1;
      if (kind[row] !== INVOICE) {
        this.sums.add(credits, units);
        continue;
      }
      const at = detail[row] as number;
      const read = at < 0 ? undefined : details[at];
      if (byIssueDate || read === undefined || read.instalments.length === 0) {
        const day = byIssueDate ? issueDay[row] : dueDay[row];
        this.#addPart(slot, asOfDay - (day as number), units);
      } else {
        forEachOutstandingInstalment(read.instalments, units, (instalmentDay, part) =>
          this.#addPart(slot, asOfDay - instalmentDay, part),
        );
      }
    }
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

  /** Adds a part counted `counted` days to a customer's column and figures. */
  #addPart(slot: number, counted: number, units: number): void {
    const first = slot * this.stride;
    this.sums.add(first + columnOfDays(this.#aging.upperBounds, counted), units);
    if (counted > 0) {
      const figures = this.#figures;
      const credits = first + this.width;
      figures[credits + PRIORITY] = (figures[credits + PRIORITY] as number) + counted * units;
      if (counted > (figures[credits + MAX_DAYS] as number)) figures[credits + MAX_DAYS] = counted;
    }
  }
}
