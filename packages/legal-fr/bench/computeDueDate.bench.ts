import { fromEpochDay, toEpochDay } from '@tpe/core';
import {
  type ComputeDueDateInput,
  computeDueDate,
  type PaymentTerm,
  type PublicBuyerCategory,
} from '@tpe/legal-fr';
import { describe, expect, it } from 'vitest';
import { measureAgainstFloor, reportMeasures } from '../../../bench/floorRatio.js';

/**
 * computeDueDate over 1,000,000 invoices of mixed payment terms, against a
 * floor doing the same date arithmetic on pre-parsed day numbers with a
 * hand-written end of month.
 */

const COUNT = 1_000_000;

/** Kind codes of the floor. */
const ON_RECEIPT = 0;
const CASH = 1;
const NET_FROM_ISSUE = 2;
const NET_FROM_DELIVERY = 3;
const PLUS_DAYS_THEN_EOM = 4;
const EOM_THEN_PLUS_DAYS = 5;
const EOM_THEN_DAY = 6;
const LEGAL_DEFAULT = 7;
const PERIODIC = 8;
const PUBLIC_BUYER = 9;
const KIND_COUNT = 10;

const CATEGORIES: readonly PublicBuyerCategory[] = [
  'stateOrLocalAuthority',
  'publicHealthEstablishment',
  'publicCompany',
];
const CATEGORY_DAYS = [30, 50, 60];
const TERM_DAYS = [0, 10, 15, 20, 30, 45, 60, 90];

/** A deterministic linear congruential generator (Numerical Recipes constants). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

interface Dataset {
  readonly inputs: readonly ComputeDueDateInput[];
  readonly kind: Uint8Array;
  readonly days: Int32Array;
  readonly issue: Int32Array;
  readonly delivery: Int32Array;
  readonly receipt: Int32Array;
}

function buildDataset(): Dataset {
  const next = lcg(20260115);
  const first = toEpochDay('2020-01-01');
  const span = toEpochDay('2030-12-31') - first + 1;
  const kind = new Uint8Array(COUNT);
  const days = new Int32Array(COUNT);
  const issue = new Int32Array(COUNT);
  const delivery = new Int32Array(COUNT);
  const receipt = new Int32Array(COUNT);
  const inputs: ComputeDueDateInput[] = new Array(COUNT);
  for (let i = 0; i < COUNT; i++) {
    const k = next() % KIND_COUNT;
    const issueDay = first + (next() % span);
    const deliveryDay = issueDay - (next() % 11);
    const receiptDay = issueDay + (next() % 6);
    let d = TERM_DAYS[next() % TERM_DAYS.length] as number;
    let term: PaymentTerm;
    switch (k) {
      case ON_RECEIPT:
        term = { kind: 'onReceipt' };
        break;
      case CASH:
        term = { kind: 'cash' };
        break;
      case NET_FROM_ISSUE:
        term = { kind: 'netDays', days: d, from: 'issue' };
        break;
      case NET_FROM_DELIVERY:
        term = { kind: 'netDays', days: d, from: 'delivery' };
        break;
      case PLUS_DAYS_THEN_EOM:
        term = { kind: 'plusDaysThenEndOfMonth', days: d };
        break;
      case EOM_THEN_PLUS_DAYS:
        term = { kind: 'endOfMonthThenPlusDays', days: d };
        break;
      case EOM_THEN_DAY:
        d = 1 + (next() % 31);
        term = { kind: 'endOfMonthThenDayOfNextMonth', day: d };
        break;
      case LEGAL_DEFAULT:
        term = { kind: 'legalDefault' };
        break;
      case PERIODIC:
        d = 45;
        term = { kind: 'periodic' };
        break;
      default: {
        const category = next() % 3;
        d = CATEGORY_DAYS[category] as number;
        term = { kind: 'publicBuyer', category: CATEGORIES[category] as PublicBuyerCategory };
      }
    }
    kind[i] = k;
    days[i] = d;
    issue[i] = issueDay;
    delivery[i] = deliveryDay;
    receipt[i] = receiptDay;
    inputs[i] =
      k === PUBLIC_BUYER
        ? {
            issueDate: fromEpochDay(issueDay),
            deliveryDate: fromEpochDay(deliveryDay),
            receiptDate: fromEpochDay(receiptDay),
            term,
          }
        : { issueDate: fromEpochDay(issueDay), deliveryDate: fromEpochDay(deliveryDay), term };
  }
  return { inputs, kind, days, issue, delivery, receipt };
}

/** Days from 1970-01-01 to the last day of the month of `epochDay` (Hinnant's civil_from_days). */
function floorEndOfMonth(epochDay: number): number {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length =
    month === 2
      ? leap
        ? 29
        : 28
      : month === 4 || month === 6 || month === 9 || month === 11
        ? 30
        : 31;
  return epochDay - day + length;
}

/** One due date as a day number, by the kind code of the floor. */
function floorDueDay(
  kind: number,
  d: number,
  issue: number,
  delivery: number,
  receipt: number,
): number {
  switch (kind) {
    case ON_RECEIPT:
      return issue;
    case CASH:
      return delivery;
    case NET_FROM_ISSUE:
    case PERIODIC:
      return issue + d;
    case NET_FROM_DELIVERY:
      return delivery + d;
    case PLUS_DAYS_THEN_EOM:
      return floorEndOfMonth(issue + d);
    case EOM_THEN_PLUS_DAYS:
      return floorEndOfMonth(issue) + d;
    case EOM_THEN_DAY: {
      const monthEnd = floorEndOfMonth(issue);
      return Math.min(monthEnd + d, floorEndOfMonth(monthEnd + 1));
    }
    case LEGAL_DEFAULT:
      return delivery + 30;
    default:
      return Math.max(receipt, delivery) + d;
  }
}

function floorDueDates(data: Dataset): Int32Array {
  const { kind, days, issue, delivery, receipt } = data;
  const out = new Int32Array(COUNT);
  for (let i = 0; i < COUNT; i++) {
    out[i] = floorDueDay(
      kind[i] as number,
      days[i] as number,
      issue[i] as number,
      delivery[i] as number,
      receipt[i] as number,
    );
  }
  return out;
}

/**
 * The floor's arithmetic reading and writing the dates as strings with
 * `toEpochDay` / `fromEpochDay`: the share of the ratio owed to date parsing,
 * formatting and keeping 1,000,000 strings, not to payment-term logic.
 */
function stringFloorDueDates(data: Dataset): string[] {
  const { inputs, kind, days } = data;
  const out: string[] = new Array(COUNT);
  for (let i = 0; i < COUNT; i++) {
    const input = inputs[i] as ComputeDueDateInput;
    const receipt = input.receiptDate === undefined ? 0 : toEpochDay(input.receiptDate);
    const due = floorDueDay(
      kind[i] as number,
      days[i] as number,
      toEpochDay(input.issueDate),
      toEpochDay(input.deliveryDate as string),
      receipt,
    );
    out[i] = fromEpochDay(due);
  }
  return out;
}

function libraryDueDates(data: Dataset): string[] {
  const { inputs } = data;
  const out: string[] = new Array(COUNT);
  for (let i = 0; i < COUNT; i++) {
    out[i] = computeDueDate(inputs[i] as ComputeDueDateInput).dueDate;
  }
  return out;
}

function sameDueDates(library: string[] | Int32Array, floor: string[] | Int32Array): boolean {
  for (let i = 0; i < COUNT; i++) {
    if (toEpochDay(library[i] as string) !== floor[i]) return false;
  }
  return true;
}

describe('computeDueDate benchmark', () => {
  it('computes the same due dates as the floor, and reports the ratio', () => {
    const data = buildDataset();
    const measures = [
      measureAgainstFloor<string[] | Int32Array>({
        name: 'computeDueDate, 1,000,000 invoices of 10 mixed term kinds',
        items: COUNT,
        library: () => libraryDueDates(data),
        floor: () => floorDueDates(data),
        same: sameDueDates,
        target: 20,
      }),
      measureAgainstFloor<string[] | Int32Array>({
        name: 'for reference: the floor with string dates through toEpochDay/fromEpochDay',
        items: COUNT,
        library: () => stringFloorDueDates(data),
        floor: () => floorDueDates(data),
        same: sameDueDates,
        target: 20,
      }),
    ];
    reportMeasures('@tpe/legal-fr computeDueDate', measures);
    expect(sameDueDates(libraryDueDates(data), floorDueDates(data))).toBe(true);
    expect(sameDueDates(stringFloorDueDates(data), floorDueDates(data))).toBe(true);
  });
});
