import type { TpeIssue } from '@tpe/core';
import * as core from '@tpe/core';
import type { Receivable, ReceivableKind } from '../Receivable.js';
import { exponentOf, readAmount, TOO_MANY_DECIMALS } from './readAmount.js';
import {
  type DayReader,
  dayOf,
  hasOnlyKeys,
  isReason,
  isRecord,
  isTextId,
  optionalDayOf,
} from './readFields.js';

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

const KEYS = new Set([
  'id',
  'customerId',
  'number',
  'kind',
  'issueDate',
  'dueDate',
  'amount',
  'outstanding',
  'currency',
  'instalments',
  'payments',
  'disputed',
  'promiseToPay',
  'excluded',
  'contractualPenaltyRate',
]);
const INSTALMENT_KEYS = new Set(['dueDate', 'amount']);
const PAYMENT_KEYS = new Set(['date', 'amount']);
const DISPUTE_KEYS = new Set(['reason', 'since', 'resolvedOn']);
const PROMISE_KEYS = new Set(['until', 'agreedOn']);
const EXCLUDED_KEYS = new Set(['reason']);
const NONE: readonly DatedUnits[] = Object.freeze([]);

/** A {@link ReadReceivable} that a reader of many rows fills again for each row. */
export type ReceivableReading = { -readonly [Key in keyof ReadReceivable]: ReadReceivable[Key] };

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
  };
}

/**
 * Reads a receivable, or answers `undefined` when its shape is not valid.
 * `days` reads its issue and due dates (a remembering reader for many
 * rows); `into`, when given, is filled and returned instead of a new
 * object, so that a million plain rows leave no garbage behind.
 */
export function readReceivable(
  value: unknown,
  days: DayReader = dayOf,
  into?: ReceivableReading,
): ReadReceivable | undefined {
  if (!isRecord(value) || !hasOnlyKeys(value, KEYS)) return undefined;
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
  const issueDay = days(value.issueDate);
  const dueDay = days(value.dueDate);
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
  const instalments = readDatedList(value.instalments, INSTALMENT_KEYS, 'dueDate', exponent, false);
  const payments = readDatedList(value.payments, PAYMENT_KEYS, 'date', exponent, true);
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

function readDatedList(
  value: unknown,
  keys: ReadonlySet<string>,
  dateKey: string,
  exponent: number,
  sort: boolean,
): readonly DatedUnits[] | undefined {
  if (value === undefined) return NONE;
  if (!Array.isArray(value)) return undefined;
  const list: DatedUnits[] = [];
  let sorted = true;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!isRecord(item) || !hasOnlyKeys(item, keys)) return undefined;
    const day = dayOf(item[dateKey]);
    const units = readAmount(item.amount, exponent);
    if (Number.isNaN(day) || Number.isNaN(units)) return undefined;
    if (index > 0 && day < (list[index - 1] as DatedUnits).day) sorted = false;
    list.push({ day, units, index });
  }
  // Array.prototype.sort is stable: items of the same day keep their order.
  return sort && !sorted ? list.sort((left, right) => left.day - right.day) : list;
}

/** The rules between the fields of a read receivable, or `undefined` when they all hold. */
export function receivableIssues(read: ReadReceivable): TpeIssue[] | undefined {
  if (
    read.amount > 0 &&
    read.outstanding >= 0 &&
    read.outstanding <= read.amount &&
    read.dueDay >= read.issueDay &&
    read.instalments.length === 0 &&
    read.payments.length === 0 &&
    read.disputeSinceDay === undefined &&
    read.promiseAgreedDay === undefined
  ) {
    return undefined;
  }
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
