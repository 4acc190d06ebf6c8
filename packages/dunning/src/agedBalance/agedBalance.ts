import * as core from '@tpe/core';
import { TpeError } from '@tpe/core';
import type { Amount } from '../input/Amount.js';
import { exponentOf } from '../input/internal/readAmount.js';
import { readCustomer } from '../input/internal/readCustomer.js';
import { dayOf, hasOnlyKeys, isRecord } from '../input/internal/readFields.js';
import {
  type AgedBalanceBasis,
  type AgedBalanceInput,
  type AgedBalanceSortBy,
  agedBalanceInputSchema,
  DEFAULT_AGED_BALANCE_BUCKETS,
} from './AgedBalanceInput.js';
import { agingColumns, columnUpperBounds, readBucketBounds } from './internal/agingColumns.js';
import { CustomerBalances } from './internal/customerBalances.js';
import { numberCustomers, readReportBlocks, rejectInput } from './internal/receivablesAsOf.js';
import { sortSlots } from './internal/sortSlots.js';
import { subtractUnits, type WideSums } from './internal/wideSums.js';

/** Read once: through a CommonJS `require`, each `core.name` read is a getter call. */
const { formatScaledUnits, isCurrencyCode } = core;

/**
 * One column of an {@link AgedBalance}: the days it holds, both ends
 * included.
 *
 * @example
 * ```ts
 * import type { AgedBalanceColumn } from '@tpe/dunning';
 *
 * const column: AgedBalanceColumn = { key: '1-30', label: '1 à 30 j', fromDays: 1, toDays: 30 };
 * ```
 *
 * @category Aged balance
 * @since 0.1.0
 */
export interface AgedBalanceColumn {
  /** A stable key: `notDue`, `1-30`, `31-60`, `91+`… */
  readonly key: string;
  /** The French heading: `Non échu`, `1 à 30 j`, `Plus de 90 j`… */
  readonly label: string;
  /** The fewest days of the column; `null` for the column of what is not yet due. */
  readonly fromDays: number | null;
  /** The most days of the column; `null` for the last one. */
  readonly toDays: number | null;
}

/**
 * One customer's line of an {@link AgedBalance}.
 *
 * @example
 * ```ts
 * import type { AgedBalanceCustomer } from '@tpe/dunning';
 *
 * const line: AgedBalanceCustomer = {
 *   customerId: 'c-1',
 *   buckets: ['0.00', '0.00', '1200.00', '0.00', '0.00'],
 *   outstanding: '1200.00',
 *   credits: '-200.00',
 *   balance: '1000.00',
 *   maxDays: 45,
 *   openReceivables: 2,
 * };
 * ```
 *
 * @category Aged balance
 * @since 0.1.0
 */
export interface AgedBalanceCustomer {
  readonly customerId: string;
  /** The customer's name, when `customers` was given. */
  readonly name?: string | undefined;
  /** What its invoices still owe, one amount per column of {@link AgedBalance.columns}. */
  readonly buckets: readonly Amount[];
  /** The sum of `buckets`: what its invoices still owe. */
  readonly outstanding: Amount;
  /** Its open credit notes and unallocated payments, as a negative amount (or `0.00`). */
  readonly credits: string;
  /** The net balance, `outstanding + credits`: negative when the credits are larger. */
  readonly balance: string;
  /** The most days counted on an outstanding part of its invoices (days late, or age); 0 if none is overdue. */
  readonly maxDays: number;
  /** How many of its receivables (invoices and credits) are open on the day. */
  readonly openReceivables: number;
}

/**
 * The last line of an {@link AgedBalance}: all customers added up.
 *
 * @example
 * ```ts
 * import type { AgedBalanceTotal } from '@tpe/dunning';
 *
 * const total: AgedBalanceTotal = {
 *   buckets: ['0.00', '0.00', '1200.00', '0.00', '0.00'],
 *   outstanding: '1200.00',
 *   credits: '0.00',
 *   balance: '1200.00',
 *   customers: 1,
 *   openReceivables: 1,
 * };
 * ```
 *
 * @category Aged balance
 * @since 0.1.0
 */
export interface AgedBalanceTotal {
  /** One amount per column. */
  readonly buckets: readonly Amount[];
  /** The sum of `buckets`: what all invoices still owe. */
  readonly outstanding: Amount;
  /** All open credits, as a negative amount (or `0.00`). */
  readonly credits: string;
  /** `outstanding + credits`. */
  readonly balance: string;
  /** How many customers have a line. */
  readonly customers: number;
  /** How many receivables are open on the day. */
  readonly openReceivables: number;
}

/**
 * The result of {@link agedBalance}: plain JSON-ready data, amounts as
 * decimal strings with the currency's decimals.
 *
 * @example
 * ```ts
 * import type { AgedBalance } from '@tpe/dunning';
 *
 * const empty: AgedBalance = {
 *   asOf: '2026-04-30',
 *   basis: 'dueDate',
 *   currency: 'EUR',
 *   columns: [
 *     { key: 'notDue', label: 'Non échu', fromDays: null, toDays: 0 },
 *     { key: '1+', label: 'Plus de 0 j', fromDays: 1, toDays: null },
 *   ],
 *   customers: [],
 *   total: { buckets: ['0.00', '0.00'], outstanding: '0.00', credits: '0.00', balance: '0.00', customers: 0, openReceivables: 0 },
 * };
 * ```
 *
 * @category Aged balance
 * @since 0.1.0
 */
export interface AgedBalance {
  readonly asOf: string;
  readonly basis: AgedBalanceBasis;
  readonly currency: string;
  /** The columns, in order: what is not yet due (from the due date), then the buckets. */
  readonly columns: readonly AgedBalanceColumn[];
  /** One line per customer with something open on the day, in the order asked. */
  readonly customers: readonly AgedBalanceCustomer[];
  readonly total: AgedBalanceTotal;
}

/**
 * Builds the aged balance of receivables on a day (balance âgée): per
 * customer and in total, what is not yet due, then what is late by bucket of
 * days, with open credits netted in a separate column.
 *
 * **When to use**: to see who owes what and since when, on any day, past
 * ones included; to feed a spreadsheet with {@link agedBalanceToCsv}.
 *
 * **How each receivable counts**:
 * - issued after `asOf`: left out;
 * - its amount on the day is `outstanding` plus its payments dated after
 *   `asOf` (payments on or before it stay paid); a receivable with nothing
 *   owed that day is left out;
 * - an invoice goes in the column of its days late, `asOf − due date` (0 and
 *   less: not yet due), or of its age `asOf − issue date` with
 *   `basis: 'issueDate'`;
 * - an invoice payable in instalments: each instalment ages from its own due
 *   date. Payments settle the instalments in due-date order, so what is
 *   outstanding belongs to the latest ones: 3 × 100.00 with 150.00
 *   outstanding puts 50.00 at the second due date and 100.00 at the third;
 * - a credit note or an unallocated payment goes in `credits`, as a
 *   negative amount, never in a column.
 *
 * So for each customer and in total: the sum of `buckets` is `outstanding`
 * (what the invoices still owe) and `outstanding + credits` is `balance`.
 * Dispute, promise and exclusion flags do not change a balance: the money is
 * still owed. Amounts are added as integers of minor units, exactly.
 *
 * **Gotchas**:
 * - A settlement not listed in `payments` (a credit note allocated to the
 *   invoice, a write-off) is taken as made on or before `asOf`. For an exact
 *   balance on a past day, list such settlements as payments with their
 *   dates, and the uses of a credit as its `payments`.
 * - All receivables must share one currency, or pick one with `currency`.
 * - Receivable ids are not used here, and duplicates are not detected: a
 *   receivable listed twice counts twice.
 *
 * @param input - the receivables, the day and the options (see {@link AgedBalanceInput})
 * @returns the columns, one line per customer in the order asked, and the total
 * @throws {@link TpeError} `INVALID_INPUT` with issues (see
 *   {@link agedBalanceInputSchema}); `UNKNOWN_CUSTOMER` when `customers` is
 *   given without the customer of a receivable in the balance's currency
 *   (`details.customerId`)
 *
 * @example
 * ```ts
 * import { agedBalance } from '@tpe/dunning';
 *
 * const balance = agedBalance({
 *   receivables: [
 *     { id: 'a', customerId: 'c-1', number: 'F1', issueDate: '2026-02-14', dueDate: '2026-03-16', amount: '1200.00', outstanding: '1200.00' },
 *     { id: 'b', customerId: 'c-1', number: 'F2', issueDate: '2026-04-10', dueDate: '2026-05-10', amount: '300.00', outstanding: '300.00' },
 *     { id: 'c', customerId: 'c-1', number: 'A1', kind: 'creditNote', issueDate: '2026-04-20', dueDate: '2026-04-20', amount: '200.00', outstanding: '200.00' },
 *     { id: 'd', customerId: 'c-2', number: 'F3', issueDate: '2026-01-16', dueDate: '2026-02-15', amount: '500.00', outstanding: '250.00', payments: [{ date: '2026-04-15', amount: '250.00' }] },
 *   ],
 *   asOf: '2026-04-30',
 * });
 * balance.columns.map((column) => column.label);
 * // ['Non échu', '1 à 30 j', '31 à 60 j', '61 à 90 j', 'Plus de 90 j']
 * balance.customers.map((line) => line.customerId); // ['c-1', 'c-2']
 * balance.customers[0]?.buckets; // ['300.00', '0.00', '1200.00', '0.00', '0.00']
 * [balance.customers[0]?.credits, balance.customers[0]?.balance]; // ['-200.00', '1300.00']
 * balance.customers[1]?.buckets; // ['0.00', '0.00', '0.00', '250.00', '0.00']
 * balance.total.outstanding; // '1750.00'
 *
 * // On 10 April the payment of 15 April was not received yet.
 * agedBalance({ receivables: [
 *   { id: 'd', customerId: 'c-2', number: 'F3', issueDate: '2026-01-16', dueDate: '2026-02-15', amount: '500.00', outstanding: '250.00', payments: [{ date: '2026-04-15', amount: '250.00' }] },
 * ], asOf: '2026-04-10' }).total.buckets; // ['0.00', '0.00', '500.00', '0.00', '0.00']
 * agedBalance({ receivables: [], asOf: '2026-04-30', buckets: [60, 30] }); // throws TpeError INVALID_INPUT
 * ```
 *
 * @category Aged balance
 * @since 0.1.0
 */
export function agedBalance(input: AgedBalanceInput): AgedBalance {
  const options = readOptions(input);
  if (options === undefined || !Array.isArray(input.receivables)) {
    return rejectInput(agedBalanceInputSchema, input);
  }
  const { asOfDay, bounds, basis, names } = options;
  const customers = numberCustomers(input.receivables);
  const { customerIds } = customers;
  const balances = new CustomerBalances(
    { asOfDay, basis, upperBounds: columnUpperBounds(bounds, basis) },
    customerIds.length,
  );
  const currency = readReportBlocks(
    input.receivables,
    {
      currency: options.currency,
      customers,
      refuse: () => rejectInput(agedBalanceInputSchema, input),
      check:
        names === undefined
          ? undefined
          : (customerId, index) => {
              if (!names.has(customerId)) throw unknownCustomer(customerId, index);
            },
    },
    (block) => balances.addRows(block),
  );
  const exponent = exponentOf(currency);
  const zero = formatScaledUnits(0, exponent);
  const format = (units: number | bigint): string =>
    units === 0 ? zero : formatScaledUnits(units, exponent);
  const outstanding = balances.outstanding(customerIds.length);
  const slots = sortedSlots(balances, outstanding, customerIds, options.sortBy, names);
  // The lines are made customer after customer, reading the figures in the
  // order they lie, and each put at its place in the order asked.
  const places = new Int32Array(customerIds.length);
  for (let place = 0; place < slots.length; place++) places[slots[place] as number] = place;
  const lines: AgedBalanceCustomer[] = new Array(slots.length);
  for (let slot = 0; slot < customerIds.length; slot++) {
    if (balances.openReceivablesOf(slot) === 0) continue;
    const id = customerIds[slot] as string;
    lines[places[slot] as number] = customerLine(balances, outstanding, slot, id, names, format);
  }
  return {
    asOf: input.asOf,
    basis,
    currency,
    columns: agingColumns(bounds, basis),
    customers: lines,
    total: totalLine(balances, outstanding, customerIds.length, lines.length, format),
  };
}

interface AgingOptions {
  readonly asOfDay: number;
  readonly bounds: readonly number[];
  readonly basis: AgedBalanceBasis;
  readonly sortBy: AgedBalanceSortBy;
  readonly currency: string | undefined;
  /** The customers' names by id, when `customers` is given. */
  readonly names: ReadonlyMap<string, string> | undefined;
}

const KEYS = new Set([
  'receivables',
  'asOf',
  'buckets',
  'basis',
  'sortBy',
  'currency',
  'customers',
]);

/** The options as the schema accepts them, or `undefined`. */
function readOptions(input: unknown): AgingOptions | undefined {
  if (!isRecord(input) || !hasOnlyKeys(input, KEYS)) return undefined;
  const { basis = 'dueDate', sortBy = 'priority', currency } = input;
  const asOfDay = dayOf(input.asOf);
  const bounds =
    input.buckets === undefined ? DEFAULT_AGED_BALANCE_BUCKETS : readBucketBounds(input.buckets);
  if (Number.isNaN(asOfDay) || bounds === undefined) return undefined;
  if (basis !== 'dueDate' && basis !== 'issueDate') return undefined;
  if (sortBy !== 'priority' && sortBy !== 'amount' && sortBy !== 'name') return undefined;
  if (currency !== undefined && !isCurrencyCode(currency)) return undefined;
  let names: Map<string, string> | undefined;
  if (input.customers !== undefined) {
    if (!Array.isArray(input.customers)) return undefined;
    names = new Map();
    for (const customer of input.customers) {
      const read = readCustomer(customer);
      if (read === undefined || names.has(read.source.id)) return undefined;
      names.set(read.source.id, read.source.name);
    }
  }
  return { asOfDay, bounds, basis, sortBy, currency: currency as string | undefined, names };
}

function unknownCustomer(customerId: string, index: number): TpeError {
  const message = `Receivable ${index} names the customer ${JSON.stringify(customerId)}, which is not in customers`;
  return new TpeError('UNKNOWN_CUSTOMER', message, {
    details: { customerId },
    issues: [{ path: ['receivables', index, 'customerId'], code: 'unknown_customer', message }],
  });
}

/** French alphabetical order, digits read as numbers ("Client 2" before "Client 10"). */
const FRENCH_ORDER = /* @__PURE__ */ new Intl.Collator('fr', { numeric: true });

function compareIds(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The slots of the customers with something open, in the order asked, ties broken by id. */
function sortedSlots(
  balances: CustomerBalances,
  outstanding: WideSums,
  ids: readonly string[],
  sortBy: AgedBalanceSortBy,
  names: ReadonlyMap<string, string> | undefined,
): Int32Array {
  const open = new Int32Array(ids.length);
  let count = 0;
  for (let slot = 0; slot < ids.length; slot++) {
    if (balances.openReceivablesOf(slot) > 0) open[count++] = slot;
  }
  const slots = open.subarray(0, count);
  const byId = (left: number, right: number): number =>
    compareIds(ids[left] as string, ids[right] as string);
  const byAmount = (left: number, right: number): number =>
    outstanding.compare(right, left) || byId(left, right);
  if (sortBy === 'amount') {
    return sortSlots(slots, (slot) => outstanding.approximate(slot), byAmount);
  }
  if (sortBy === 'priority') {
    return sortSlots(slots, (slot) => balances.priorityOf(slot), byAmount);
  }
  const nameOf = (slot: number): string => {
    const id = ids[slot] as string;
    return names?.get(id) ?? id;
  };
  return sortSlots(
    slots,
    () => 0,
    (left, right) => FRENCH_ORDER.compare(nameOf(left), nameOf(right)) || byId(left, right),
  );
}

type Format = (units: number | bigint) => string;

/** The amounts of `width` sums from `first`. */
function amountsOf(sums: WideSums, first: number, width: number, format: Format): string[] {
  const amounts: string[] = new Array(width);
  for (let column = 0; column < width; column++) amounts[column] = format(sums.at(first + column));
  return amounts;
}

function customerLine(
  balances: CustomerBalances,
  outstanding: WideSums,
  slot: number,
  customerId: string,
  names: ReadonlyMap<string, string> | undefined,
  format: Format,
): AgedBalanceCustomer {
  const { width, sums } = balances;
  const owes = outstanding.at(slot);
  const credits = sums.at(balances.creditsOf(slot));
  const owed = format(owes);
  const buckets = amountsOf(sums, balances.columnsOf(slot), width, format);
  const credited = format(subtractUnits(0, credits));
  const balance = credits === 0 ? owed : format(subtractUnits(owes, credits));
  const line: AgedBalanceCustomer = {
    customerId,
    buckets,
    outstanding: owed,
    credits: credited,
    balance,
    maxDays: balances.maxDaysOf(slot),
    openReceivables: balances.openReceivablesOf(slot),
  };
  const name = names?.get(customerId);
  if (name === undefined) return line;
  const { customerId: id, ...amounts } = line;
  return { customerId: id, name, ...amounts };
}

function totalLine(
  balances: CustomerBalances,
  outstanding: WideSums,
  slots: number,
  customers: number,
  format: Format,
): AgedBalanceTotal {
  const { width } = balances;
  const totals = balances.totals(slots, outstanding);
  const owes = totals.at(width);
  const credits = totals.at(width + 1);
  let openReceivables = 0;
  for (let slot = 0; slot < slots; slot++) openReceivables += balances.openReceivablesOf(slot);
  return {
    buckets: amountsOf(totals, 0, width, format),
    outstanding: format(owes),
    credits: format(subtractUnits(0, credits)),
    balance: format(subtractUnits(owes, credits)),
    customers,
    openReceivables,
  };
}
