import type { TpeIssue } from '@tpe/core';
import * as core from '@tpe/core';
import type { Receivable, ReceivableKind } from '../Receivable.js';
import { exponentOf, readAmount, TOO_MANY_DECIMALS } from './readAmount.js';
import { dayOf, hasOnlyKeys, isReason, isRecord, isTextId, optionalDayOf } from './readFields.js';

/** Read once: through a CommonJS `require`, each `core.name` read is a getter call. */
const { DECIMAL_KINDS, scaleOfDecimal } = core;

/** An amount at a date (an instalment or a payment), in minor units and day numbers. */
export interface DatedUnits {
  readonly day: number;
  readonly units: number;
  /** Its position in the caller's list (for issue paths). */
  readonly index: number;
}

/**
 * A {@link Receivable} read into integers in one pass: amounts in minor
 * units of its currency, dates in day numbers. {@link readReceivable}
 * accepts exactly the shape `receivableSchema` accepts; the rules between
 * fields are {@link receivableIssues}.
 */
export interface ReadReceivable {
  readonly source: Receivable;
  readonly kind: ReceivableKind;
  readonly currency: string;
  readonly exponent: number;
  readonly issueDay: number;
  readonly dueDay: number;
  readonly amount: number;
  readonly outstanding: number;
  /** In date order as given (a rule checks it); empty when the invoice has a single due date. */
  readonly instalments: readonly DatedUnits[];
  /** Sorted by day, stable. */
  readonly payments: readonly DatedUnits[];
  readonly disputeSinceDay: number | undefined;
  readonly disputeResolvedDay: number | undefined;
  readonly promiseUntilDay: number | undefined;
  readonly promiseAgreedDay: number | undefined;
  readonly excluded: boolean;
}

/**
 * Whether a key is one of a receivable's. A switch over the keys compiles to
 * a few pointer comparisons of interned strings, several times faster than
 * a set lookup, for a check made on every key of every row.
 */
function isReceivableKey(key: string): boolean {
  switch (key) {
    case 'id':
    case 'customerId':
    case 'number':
    case 'kind':
    case 'issueDate':
    case 'dueDate':
    case 'amount':
    case 'outstanding':
    case 'currency':
    case 'instalments':
    case 'payments':
    case 'disputed':
    case 'promiseToPay':
    case 'excluded':
    case 'contractualPenaltyRate':
      return true;
    default:
      return false;
  }
}

/** Whether every key of `value` is a receivable's (`receivableSchema` is a strict object). */
function hasOnlyReceivableKeys(value: Record<string, unknown>): boolean {
  for (const key in value) {
    if (!isReceivableKey(key)) return false;
  }
  return true;
}

const INSTALMENT_KEYS = new Set(['dueDate', 'amount']);
const PAYMENT_KEYS = new Set(['date', 'amount']);
const DISPUTE_KEYS = new Set(['reason', 'since', 'resolvedOn']);
const PROMISE_KEYS = new Set(['until', 'agreedOn']);
const EXCLUDED_KEYS = new Set(['reason']);
const NONE: readonly DatedUnits[] = Object.freeze([]);

type Mutable<Type> = { -readonly [Key in keyof Type]: Type[Key] };

/**
 * A {@link ReadReceivable} that a reader of many rows fills again for each
 * row, lists included: their items are reused from row to row (see
 * {@link keptReading} to keep one).
 */
export interface ReceivableReading extends Mutable<ReadReceivable> {
  readonly instalmentItems: Mutable<DatedUnits>[];
  readonly paymentItems: Mutable<DatedUnits>[];
}

/** An empty {@link ReceivableReading}, to be filled by {@link readReceivable}. */
export function receivableReading(): ReceivableReading {
  return {
    source: undefined as unknown as Receivable,
    kind: 'invoice',
    currency: 'EUR',
    exponent: 2,
    issueDay: 0,
    dueDay: 0,
    amount: 0,
    outstanding: 0,
    instalments: NONE,
    payments: NONE,
    disputeSinceDay: undefined,
    disputeResolvedDay: undefined,
    promiseUntilDay: undefined,
    promiseAgreedDay: undefined,
    excluded: false,
    instalmentItems: [],
    paymentItems: [],
  };
}

/** A copy of a reading that does not change when the next row is read into the same {@link ReceivableReading}. */
export function keptReading(read: ReadReceivable): ReadReceivable {
  const copy = (item: DatedUnits): DatedUnits => ({
    day: item.day,
    units: item.units,
    index: item.index,
  });
  return {
    source: read.source,
    kind: read.kind,
    currency: read.currency,
    exponent: read.exponent,
    issueDay: read.issueDay,
    dueDay: read.dueDay,
    amount: read.amount,
    outstanding: read.outstanding,
    instalments: read.instalments.length === 0 ? NONE : read.instalments.map(copy),
    payments: read.payments.length === 0 ? NONE : read.payments.map(copy),
    disputeSinceDay: read.disputeSinceDay,
    disputeResolvedDay: read.disputeResolvedDay,
    promiseUntilDay: read.promiseUntilDay,
    promiseAgreedDay: read.promiseAgreedDay,
    excluded: read.excluded,
  };
}

/**
 * Reads a receivable, or answers `undefined` when its shape is not valid.
 * `into`, when given, is filled and returned instead of a new object, its
 * lists and their items reused, so that a million rows leave no garbage
 * behind.
 */
export function readReceivable(
  value: unknown,
  into?: ReceivableReading,
): ReadReceivable | undefined {
  if (!isRecord(value) || !hasOnlyReceivableKeys(value)) return undefined;
  const { kind, disputed, promiseToPay, excluded, contractualPenaltyRate } = value;
  if (!isTextId(value.id) || !isTextId(value.customerId) || !isTextId(value.number)) {
    return undefined;
  }
  if (
    kind !== undefined &&
    kind !== 'invoice' &&
    kind !== 'creditNote' &&
    kind !== 'unallocatedPayment'
  ) {
    return undefined;
  }
  const exponent = exponentOf(value.currency);
  if (Number.isNaN(exponent)) return undefined;
  const issueDay = dayOf(value.issueDate);
  const dueDay = dayOf(value.dueDate);
  const amount = readAmount(value.amount, exponent);
  const outstanding = readAmount(value.outstanding, exponent);
  if (
    Number.isNaN(issueDay) ||
    Number.isNaN(dueDay) ||
    Number.isNaN(amount) ||
    Number.isNaN(outstanding)
  ) {
    return undefined;
  }
  if (contractualPenaltyRate !== undefined && !isRate(contractualPenaltyRate)) return undefined;
  if (
    excluded !== undefined &&
    !(isRecord(excluded) && hasOnlyKeys(excluded, EXCLUDED_KEYS) && isReason(excluded.reason))
  ) {
    return undefined;
  }
  let disputeSinceDay: number | undefined;
  let disputeResolvedDay: number | undefined;
  if (disputed !== undefined) {
    if (!isRecord(disputed) || !hasOnlyKeys(disputed, DISPUTE_KEYS) || !isReason(disputed.reason)) {
      return undefined;
    }
    disputeSinceDay = dayOf(disputed.since);
    disputeResolvedDay = optionalDayOf(disputed.resolvedOn);
    if (Number.isNaN(disputeSinceDay) || Number.isNaN(disputeResolvedDay)) return undefined;
  }
  let promiseUntilDay: number | undefined;
  let promiseAgreedDay: number | undefined;
  if (promiseToPay !== undefined) {
    if (!isRecord(promiseToPay) || !hasOnlyKeys(promiseToPay, PROMISE_KEYS)) return undefined;
    promiseUntilDay = dayOf(promiseToPay.until);
    promiseAgreedDay = optionalDayOf(promiseToPay.agreedOn);
    if (Number.isNaN(promiseUntilDay) || Number.isNaN(promiseAgreedDay)) return undefined;
  }
  const instalments = readDatedList(
    value.instalments,
    INSTALMENT_KEYS,
    'dueDate',
    exponent,
    false,
    into?.instalmentItems,
  );
  const payments = readDatedList(
    value.payments,
    PAYMENT_KEYS,
    'date',
    exponent,
    true,
    into?.paymentItems,
  );
  if (instalments === undefined || payments === undefined) return undefined;
  const read = into ?? receivableReading();
  read.source = value as unknown as Receivable;
  read.kind = kind ?? 'invoice';
  read.currency = (value.currency as string | undefined) ?? 'EUR';
  read.exponent = exponent;
  read.issueDay = issueDay;
  read.dueDay = dueDay;
  read.amount = amount;
  read.outstanding = outstanding;
  read.instalments = instalments;
  read.payments = payments;
  read.disputeSinceDay = disputeSinceDay;
  read.disputeResolvedDay = disputeResolvedDay;
  read.promiseUntilDay = promiseUntilDay;
  read.promiseAgreedDay = promiseAgreedDay;
  read.excluded = excluded !== undefined;
  return read;
}

function isRate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    scaleOfDecimal(value, DECIMAL_KINDS.rate);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a list of dated amounts into `items` (reused) or a new list, sorted
 * by day when `sort` (stable: items of the same day keep their order).
 */
function readDatedList(
  value: unknown,
  keys: ReadonlySet<string>,
  dateKey: string,
  exponent: number,
  sort: boolean,
  items: Mutable<DatedUnits>[] = [],
): readonly DatedUnits[] | undefined {
  if (value === undefined) return NONE;
  if (!Array.isArray(value)) return undefined;
  let sorted = true;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!isRecord(item) || !hasOnlyKeys(item, keys)) return undefined;
    const day = dayOf(item[dateKey]);
    const units = readAmount(item.amount, exponent);
    if (Number.isNaN(day) || Number.isNaN(units)) return undefined;
    if (index > 0 && day < (items[index - 1] as DatedUnits).day) sorted = false;
    const reused = items[index];
    if (reused === undefined) {
      items.push({ day, units, index });
    } else {
      reused.day = day;
      reused.units = units;
      reused.index = index;
    }
  }
  items.length = value.length;
  return sort && !sorted ? items.sort((left, right) => left.day - right.day) : items;
}

/** The rules between the fields of a read receivable, or `undefined` when they all hold. */
export function receivableIssues(read: ReadReceivable): TpeIssue[] | undefined {
  if (keepsEveryRule(read)) return undefined;
  const issues: TpeIssue[] = [];
  const { exponent, currency } = read;
  checkUnits(read.amount, ['amount'], exponent, currency, true, issues);
  checkUnits(read.outstanding, ['outstanding'], exponent, currency, false, issues);
  if (read.amount > 0 && read.outstanding > read.amount) {
    issues.push({
      path: ['outstanding'],
      code: 'exceeds_amount',
      message: `The outstanding ${read.source.outstanding} is above the amount ${read.source.amount}`,
    });
  }
  if (read.dueDay < read.issueDay) {
    issues.push({
      path: ['dueDate'],
      code: 'due_before_issue',
      message: `The due date ${read.source.dueDate} is before the issue date ${read.source.issueDate}`,
    });
  }
  checkInstalments(read, issues);
  checkPayments(read, issues);
  if (
    read.disputeSinceDay !== undefined &&
    read.disputeResolvedDay !== undefined &&
    read.disputeResolvedDay < read.disputeSinceDay
  ) {
    issues.push({
      path: ['disputed', 'resolvedOn'],
      code: 'resolved_before_raised',
      message: 'A dispute cannot be settled before it was raised',
    });
  }
  if (
    read.promiseUntilDay !== undefined &&
    read.promiseAgreedDay !== undefined &&
    read.promiseUntilDay < read.promiseAgreedDay
  ) {
    issues.push({
      path: ['promiseToPay', 'until'],
      code: 'promise_before_agreement',
      message: 'A promise to pay cannot end before the day it was made',
    });
  }
  return issues.length === 0 ? undefined : issues;
}

/**
 * Whether a receivable without instalments, dispute or agreed promise keeps
 * every rule: the common case, decided without building issues.
 */
function keepsEveryRule(read: ReadReceivable): boolean {
  if (
    !(
      read.amount > 0 &&
      read.outstanding >= 0 &&
      read.outstanding <= read.amount &&
      read.dueDay >= read.issueDay &&
      read.instalments.length === 0 &&
      read.disputeSinceDay === undefined &&
      read.promiseAgreedDay === undefined
    )
  ) {
    return false;
  }
  const { payments } = read;
  let paid = 0;
  // An index loop: `for…of` over the frozen empty list of most rows allocates an iterator.
  for (let index = 0; index < payments.length; index++) {
    const { units } = payments[index] as DatedUnits;
    // Neither 0 nor TOO_MANY_DECIMALS.
    if (units <= 0) return false;
    paid += units;
  }
  return paid <= read.amount - read.outstanding;
}

function checkInstalments(read: ReadReceivable, issues: TpeIssue[]): void {
  const { instalments } = read;
  if (instalments.length === 0) return;
  if (read.kind !== 'invoice') {
    issues.push({
      path: ['instalments'],
      code: 'not_for_credit',
      message: 'Only an invoice has instalments',
    });
  }
  let sum = 0;
  for (const instalment of instalments) {
    const path = ['instalments', instalment.index];
    checkUnits(instalment.units, [...path, 'amount'], read.exponent, read.currency, true, issues);
    if (instalment.units > 0) sum += instalment.units;
    const previous = instalments[instalment.index - 1];
    if (previous !== undefined && instalment.day <= previous.day) {
      issues.push({
        path: [...path, 'dueDate'],
        code: 'instalments_out_of_order',
        message: 'Instalments are listed by due date, each after the previous one',
      });
    }
  }
  if (read.amount > 0 && sum !== read.amount) {
    issues.push({
      path: ['instalments'],
      code: 'instalments_sum',
      message: `The instalments add up to ${sum} minor units, not to the amount ${read.source.amount}`,
    });
  }
}

function checkPayments(read: ReadReceivable, issues: TpeIssue[]): void {
  if (read.payments.length === 0) return;
  let sum = 0;
  for (const payment of read.payments) {
    checkUnits(
      payment.units,
      ['payments', payment.index, 'amount'],
      read.exponent,
      read.currency,
      true,
      issues,
    );
    if (payment.units > 0) sum += payment.units;
  }
  if (read.outstanding >= 0 && sum > read.amount - read.outstanding) {
    issues.push({
      path: ['payments'],
      code: 'payments_exceed_paid',
      message: `The payments add up to more than the amount paid (${read.source.amount} − ${read.source.outstanding})`,
    });
  }
}

function checkUnits(
  units: number,
  path: readonly (string | number)[],
  exponent: number,
  currency: string,
  positive: boolean,
  issues: TpeIssue[],
): void {
  if (units === TOO_MANY_DECIMALS) {
    issues.push({
      path,
      code: 'too_many_decimals',
      message: `${currency} amounts have ${exponent} decimal(s)`,
    });
  } else if (positive && units === 0) {
    issues.push({ path, code: 'not_positive', message: 'The amount must be greater than zero' });
  }
}
