import { fromEpochDay, toEpochDay } from '@tpe/core';
import { type AgedBalance, agedBalance, type Receivable } from '@tpe/dunning';
import { expect, it } from 'vitest';
import { measureAgainstFloor, reportMeasures } from '../../../bench/floorRatio.js';

/**
 * Measures agedBalance of 1,000,000 open invoices over 100,000 customers
 * (issued over the 400 days before the day of the balance, due 0 to 60
 * days after issue, one in five partly paid with its payment listed), as
 * the ratio of its time to that of a floor, the best of several interleaved
 * runs of each in the same process (see bench/floorRatio.ts); target: 5.
 *
 * The floor is one bare loop over pre-parsed cents and due day numbers that
 * computes the days late, picks the bucket and adds the cents to the
 * customer's bucket, the customer found by its id in a Map — the least any
 * aged balance of these rows must do. The library also reads and checks
 * every field of every row, adds back payments dated after the day, counts
 * the priority, the most days late and the open receivables of each
 * customer, sorts the customers by priority and writes every amount as a
 * decimal string. Both must give the same buckets to the cent.
 *
 * Also printed: the peak resident memory of the process, the input rows
 * included.
 */

const COUNT = 1_000_000;
const CUSTOMERS = 100_000;
const AS_OF = '2026-06-30';
/** The bucket upper bounds of the default balance: not due, 1–30, 31–60, 61–90, > 90. */
const WIDTH = 5;

/** A deterministic linear congruential generator (no Math.random). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state;
  };
}

function formatCents(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

const next = lcg(20260630);
const asOfDay = toEpochDay(AS_OF);
const customerIds = Array.from({ length: CUSTOMERS }, (_, index) => `CLI-${100_000 + index}`);
const receivables: Receivable[] = [];
// The floor's pre-parsed rows: the customer id, the cents outstanding and the due day.
const floorCustomers: string[] = [];
const floorCents = new Float64Array(COUNT);
const floorDueDays = new Int32Array(COUNT);
for (let index = 0; index < COUNT; index++) {
  const customerId = customerIds[next() % CUSTOMERS] as string;
  const amount = 1_000 + (next() % 4_999_000);
  const issueDay = asOfDay - (next() % 400);
  const dueDay = issueDay + (next() % 61);
  const partlyPaid = next() % 5 === 0;
  const paid = partlyPaid ? 1 + (next() % (amount - 1)) : 0;
  const paidOn = Math.min(issueDay + (next() % 90), asOfDay);
  receivables.push({
    id: `R-${index}`,
    customerId,
    number: `F2026-${String(index).padStart(7, '0')}`,
    issueDate: fromEpochDay(issueDay),
    dueDate: fromEpochDay(dueDay),
    amount: formatCents(amount),
    outstanding: formatCents(amount - paid),
    ...(partlyPaid
      ? { payments: [{ date: fromEpochDay(paidOn), amount: formatCents(paid) }] }
      : {}),
  });
  floorCustomers.push(customerId);
  floorCents[index] = amount - paid;
  floorDueDays[index] = dueDay;
}

interface FloorBalance {
  readonly slots: Map<string, number>;
  readonly sums: Float64Array;
}

function floor(): FloorBalance {
  const slots = new Map<string, number>();
  const sums = new Float64Array(CUSTOMERS * WIDTH);
  for (let index = 0; index < COUNT; index++) {
    const customerId = floorCustomers[index] as string;
    let slot = slots.get(customerId);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(customerId, slot);
    }
    const days = asOfDay - (floorDueDays[index] as number);
    const column = days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
    sums[slot * WIDTH + column] =
      (sums[slot * WIDTH + column] as number) + (floorCents[index] as number);
  }
  return { slots, sums };
}

function library(): AgedBalance {
  return agedBalance({ receivables, asOf: AS_OF });
}

function same(result: AgedBalance | FloorBalance, bare: AgedBalance | FloorBalance): boolean {
  if ('slots' in result || !('slots' in bare)) return false;
  if (result.customers.length !== bare.slots.size) return false;
  for (const line of result.customers) {
    const slot = bare.slots.get(line.customerId);
    if (slot === undefined) return false;
    for (let column = 0; column < WIDTH; column++) {
      if (line.buckets[column] !== formatCents(bare.sums[slot * WIDTH + column] as number)) {
        return false;
      }
    }
  }
  return true;
}

it('agedBalance against its bare-loop floor', () => {
  expect(same(library(), floor())).toBe(true);
  const measure = measureAgainstFloor<AgedBalance | FloorBalance>({
    name: 'agedBalance, 1,000,000 open invoices, 100,000 customers',
    items: COUNT,
    library,
    floor,
    same,
    target: 5,
  });
  reportMeasures('agedBalance (@tpe/dunning)', [measure]);
  const { maxRSS } = process.resourceUsage();
  console.log(
    `peak memory of the process, the input rows included: ${Math.round(maxRSS / 1024)} MB`,
  );
}, 900_000);
