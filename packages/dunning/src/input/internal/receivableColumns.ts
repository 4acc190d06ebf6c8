import type { Receivable, ReceivableKind } from '../Receivable.js';
import {
  type DatedUnits,
  keptReading,
  type ReadReceivable,
  readReceivable,
  receivableIssues,
  receivableReading,
} from './readReceivable.js';

/**
 * Receivables read into columns, one entry per row in input order (see
 * {@link ColumnBlock}).
 */
export type ReceivableColumns = Readonly<Omit<ColumnBlock, 'read'>>;

/** The kinds of receivables by their code in {@link ReceivableColumns.kind}. */
export const RECEIVABLE_KINDS: readonly ReceivableKind[] = Object.freeze([
  'invoice',
  'creditNote',
  'unallocatedPayment',
]);

/** The code of an invoice in {@link ReceivableColumns.kind}. */
export const INVOICE = 0;
/** The code of an unallocated payment in {@link ReceivableColumns.kind}. */
export const UNALLOCATED_PAYMENT = 2;

/** How the caller of a reader of receivables takes each row. */
export interface RowPlacement {
  /**
   * The slot of the customer of a valid row (its index among the caller's
   * customers), or -1 to leave the row out; throws to refuse it.
   */
  readonly customerSlot: (customerId: string, currency: string, index: number) => number;
  /** Throws the error explaining why the row at `index` is refused. */
  readonly refuse: (index: number) => never;
}

/**
 * Reads and checks a list of receivables, each as `receivableSchema` would,
 * in input order, into one set of columns holding them all. See
 * {@link readReceivableBlocks} for the calls made to `placement`.
 */
export function readReceivableColumns(
  list: readonly unknown[],
  placement: RowPlacement,
): ReceivableColumns {
  const columns = new ColumnBlock(list as readonly Receivable[], list.length);
  columns.read(0, placement);
  return columns;
}

/**
 * The rows of a block of {@link readReceivableBlocks}. A report adds each
 * block's rows to figures of its customers met at random, megabytes of
 * them: the more rows a block has, the more of those additions find the
 * figures, and their addresses, still in the processor's caches from the
 * previous ones. The columns of a block this size take about 10 MB, and
 * the parts an aged balance lists from them 7 MB more.
 */
export const BLOCK_ROWS = 262_144;

/**
 * Reads and checks a list of receivables, each as `receivableSchema` would,
 * in input order, block after block of `blockRows` rows, handing each block
 * to `use`: a report adds up millions of rows in the same few megabytes of
 * columns, filled again for each block (`use` must not keep them).
 *
 * In each block the rows are read first, then `placement.customerSlot` is
 * called for each in turn: the look-ups of the customers' slots (in a map
 * of many ids, mostly out of the processor's caches) run faster in a loop
 * that does nothing else. At the first row the schema refuses,
 * `placement.refuse` is called once the rows before it are placed, so that
 * the first error in input order is the one thrown.
 */
export function readReceivableBlocks(
  list: readonly unknown[],
  placement: RowPlacement,
  use: (block: ReceivableColumns) => void,
  blockRows = BLOCK_ROWS,
): void {
  const block = new ColumnBlock(list as readonly Receivable[], Math.min(list.length, blockRows));
  for (let first = 0; first < list.length; first += blockRows) {
    block.read(first, placement);
    use(block);
  }
}

/**
 * What a row still owed at the end of `day`: its outstanding (owed the day
 * the data was read) plus its payments dated after that day.
 */
export function owedAtEndOf(columns: ReceivableColumns, row: number, day: number): number {
  const { paymentStart, paymentDay, paymentUnits } = columns;
  let units = columns.outstanding[row] as number;
  const first = paymentStart[row] as number;
  // Payments are sorted by day: those after the day are at the end.
  for (let payment = (paymentStart[row + 1] as number) - 1; payment >= first; payment--) {
    if ((paymentDay[payment] as number) <= day) break;
    units += paymentUnits[payment] as number;
  }
  return units;
}

/** The rows {@link warmTexts} loads at a time: their texts stay in the processor's first caches. */
const WARM_ROWS = 128;

/**
 * Loads the texts of the rows `from` to `to` (excluded) into the
 * processor's caches, and answers the sum of their lengths. Each text of a
 * row is an object of its own somewhere in memory: read in a loop that only
 * loads them, the rows' texts are fetched many at a time, where the reading
 * of a row, which has work to do on each text before the next, waits for
 * them one by one. A row is read twice, as plain data allows.
 */
function warmTexts(rows: readonly unknown[], from: number, to: number): number {
  let lengths = 0;
  for (let index = from; index < to; index++) {
    const row = rows[index];
    if (typeof row !== 'object' || row === null) continue;
    const { id, customerId, number, issueDate, dueDate, amount, outstanding } = row as Receivable;
    lengths +=
      lengthOf(id) +
      lengthOf(customerId) +
      lengthOf(number) +
      lengthOf(issueDate) +
      lengthOf(dueDate) +
      lengthOf(amount) +
      lengthOf(outstanding);
  }
  return lengths;
}

function lengthOf(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

function needsDetail(read: ReadReceivable): boolean {
  return (
    read.instalments.length > 0 ||
    read.disputeSinceDay !== undefined ||
    read.promiseUntilDay !== undefined ||
    read.excluded
  );
}

/**
 * Receivables read into columns, one entry per row in input order: a run
 * over a million rows keeps a few typed arrays instead of a million objects,
 * and its loops read integers laid side by side. Amounts are in minor units
 * of the row's currency, dates in day numbers. The few rows with more than
 * amounts, dates and payments (instalments, a dispute, a promise, an
 * exclusion) also keep their full reading in `details`.
 *
 * The columns have room for a number of rows, filled by
 * {@link ColumnBlock.read}; they hold the rows `first` to
 * `first + length − 1` of `sources`, row `first + r` at index `r`: all rows
 * (see {@link readReceivableColumns}) or a block of them (see
 * {@link readReceivableBlocks}).
 */
class ColumnBlock {
  readonly sources: readonly Receivable[];
  first = 0;
  length = 0;
  /** The kind of each row, an index into {@link RECEIVABLE_KINDS}: {@link INVOICE} or a credit. */
  readonly kind: Uint8Array;
  /** The currency of each row, an index into `currencies` and `exponents`. */
  readonly currency: Uint16Array;
  /** The currencies met, in the order first met. */
  readonly currencies: string[] = [];
  /** The decimals of each of `currencies`. */
  readonly exponents: number[] = [];
  /** The slot the caller gave each row's customer; -1 for a row it leaves out. */
  readonly customer: Int32Array;
  readonly issueDay: Int32Array;
  readonly dueDay: Int32Array;
  readonly amount: Float64Array;
  readonly outstanding: Float64Array;
  /** The payments of row `r` are at `paymentStart[r]` up to `paymentStart[r + 1]`, sorted by day. */
  readonly paymentStart: Int32Array;
  paymentDay: Int32Array;
  paymentUnits: Float64Array;
  /** The index in `details` of each row's full reading, -1 for a row that needs none. */
  readonly detail: Int32Array;
  readonly details: ReadReceivable[] = [];
  readonly #reading = receivableReading();
  /** What {@link warmTexts} answers, kept so that its loads are not optimized away. */
  #warmth = 0;

  constructor(sources: readonly Receivable[], capacity: number) {
    this.sources = sources;
    this.kind = new Uint8Array(capacity);
    this.currency = new Uint16Array(capacity);
    this.customer = new Int32Array(capacity);
    this.issueDay = new Int32Array(capacity);
    this.dueDay = new Int32Array(capacity);
    this.amount = new Float64Array(capacity);
    this.outstanding = new Float64Array(capacity);
    this.paymentStart = new Int32Array(capacity + 1);
    this.detail = new Int32Array(capacity);
    this.paymentDay = new Int32Array(Math.max(capacity >> 3, 16));
    this.paymentUnits = new Float64Array(this.paymentDay.length);
  }

  /** Reads and places the rows from `first` on, as many as the columns hold. */
  read(first: number, placement: RowPlacement): void {
    const { sources, currencies, currency, details } = this;
    const end = Math.min(first + this.kind.length, sources.length);
    this.first = first;
    this.length = end - first;
    details.length = 0;
    let lastCurrency = -1;
    let refused = -1;
    for (let index = first; index < end && refused < 0; ) {
      const warmed = Math.min(index + WARM_ROWS, end);
      this.#warmth += warmTexts(sources, index, warmed);
      for (; index < warmed; index++) {
        const read = readReceivable(sources[index], this.#reading);
        if (read === undefined || receivableIssues(read) !== undefined) {
          refused = index;
          break;
        }
        if (read.currency !== currencies[lastCurrency]) {
          lastCurrency = currencies.indexOf(read.currency);
          if (lastCurrency < 0) {
            lastCurrency = currencies.length;
            currencies.push(read.currency);
            this.exponents.push(read.exponent);
          }
        }
        currency[index - first] = lastCurrency;
        this.#keep(index - first, read);
      }
    }
    this.#place(refused < 0 ? end : refused, placement);
    if (refused >= 0) placement.refuse(refused);
  }

  /** Places the rows read, up to the row at `end` (excluded), in a loop of their own. */
  #place(end: number, placement: RowPlacement): void {
    const { sources, currencies, currency, customer, first } = this;
    for (let index = first; index < end; index++) {
      const { customerId } = sources[index] as Receivable;
      const code = currencies[currency[index - first] as number] as string;
      customer[index - first] = placement.customerSlot(customerId, code, index);
    }
  }

  #keep(row: number, read: ReadReceivable): void {
    this.kind[row] = read.kind === 'invoice' ? INVOICE : RECEIVABLE_KINDS.indexOf(read.kind);
    this.issueDay[row] = read.issueDay;
    this.dueDay[row] = read.dueDay;
    this.amount[row] = read.amount;
    this.outstanding[row] = read.outstanding;
    let payment = this.paymentStart[row] as number;
    const { payments } = read;
    if (payment + payments.length > this.paymentDay.length) this.#growPayments(payments.length);
    for (let index = 0; index < payments.length; index++) {
      const { day, units } = payments[index] as DatedUnits;
      this.paymentDay[payment] = day;
      this.paymentUnits[payment] = units;
      payment++;
    }
    this.paymentStart[row + 1] = payment;
    if (needsDetail(read)) {
      this.detail[row] = this.details.length;
      this.details.push(keptReading(read));
    } else {
      this.detail[row] = -1;
    }
  }

  #growPayments(more: number): void {
    const capacity = Math.max(this.paymentDay.length * 2, this.paymentDay.length + more);
    const days = new Int32Array(capacity);
    const units = new Float64Array(capacity);
    days.set(this.paymentDay);
    units.set(this.paymentUnits);
    this.paymentDay = days;
    this.paymentUnits = units;
  }
}
