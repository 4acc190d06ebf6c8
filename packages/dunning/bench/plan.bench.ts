import { fromEpochDay, toEpochDay } from '@tpe/core';
import {
  type DunningCustomer,
  type DunningHistoryEntry,
  type DunningPlan,
  FRENCH_DUNNING_POLICY,
  planDunning,
  type Receivable,
} from '@tpe/dunning';
import { expect, it } from 'vitest';
import { measureAgainstFloor, reportMeasures } from '../../../bench/floorRatio.js';

/**
 * planDunning over 1,000,000 open invoices of 100,000 customers (80 %
 * businesses, 15 % consumers, 5 % public buyers, one in ten in
 * Alsace-Moselle; issued over the year before the day planned, seven in ten
 * in its last 60 days, due 30 or 45
 * days after issue, one in five partly paid with its payment listed, 1 % disputed, 1 %
 * promised, 0.5 % excluded) with the French policy and a history of one
 * entry per dunned invoice: its last level, sent on time for most, late or
 * missing for one in four. The day planned gives reminders at every level,
 * hand-overs, waits for the minimum gap, penalties and rendered letters.
 *
 * The floor is one bare loop over pre-parsed cents and due day numbers that
 * finds the customer by its id in a Map, computes the days late and adds
 * the cents to the customer's bucket of the policy's offsets — the least
 * any planner of these rows must do. Library and floor must agree on the
 * number of invoices past due and what they owe (the plan's `late` trace).
 */

const COUNT = 1_000_000;
const CUSTOMERS = 100_000;
const AS_OF = '2026-05-15';
/** Buckets of days late: not due, 1–7, 8–22, 23–29, 30–37, 38–52, > 52 (the business ladder). */
const BOUNDS = [0, 7, 22, 29, 37, 52] as const;
const WIDTH = BOUNDS.length + 1;

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

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

const memoryAtStart = process.memoryUsage();
const next = lcg(20260515);
const asOfDay = toEpochDay(AS_OF);
const dates = new Map<number, string>();
const dateOf = (day: number): string => {
  let text = dates.get(day);
  if (text === undefined) {
    text = fromEpochDay(day);
    dates.set(day, text);
  }
  return text;
};

/** The nominal days after the due date of each level after the due date, then the hand-over. */
const LADDERS = {
  business: [7, 22, 29, 37, 52],
  consumer: [10, 25, 32, 40, 55],
  publicBuyer: [15, 30, 37, 45, 75],
} as const;
/** The index of the first level after the due date in the French policy. */
const FIRST_REGULAR = { business: 1, consumer: 1, publicBuyer: 0 } as const;

const customers: DunningCustomer[] = Array.from({ length: CUSTOMERS }, (_, index) => {
  const draw = index % 20;
  const kind = draw < 16 ? 'business' : draw < 19 ? 'consumer' : 'publicBuyer';
  return {
    id: `CLI-${100_000 + index}`,
    kind,
    name: `Client ${index}`,
    email: `compta${index}@exemple.fr`,
    ...(index % 10 === 3 ? { calendarRegion: 'alsaceMoselle' as const } : {}),
  };
});
const receivables: Receivable[] = [];
const history: DunningHistoryEntry[] = [];
const floorCustomers: string[] = [];
const floorCents = new Float64Array(COUNT);
const floorDueDays = new Int32Array(COUNT);
for (let index = 0; index < COUNT; index++) {
  const customerIndex = next() % CUSTOMERS;
  const customer = customers[customerIndex] as DunningCustomer;
  const amount = 1_000 + (next() % 499_000);
  // Open invoices are mostly recent: seven in ten issued in the last 60 days.
  const issueDay = asOfDay - (next() % 10 < 7 ? next() % 60 : 60 + (next() % 305));
  const dueDay = issueDay + (next() % 2 === 0 ? 30 : 45);
  const partlyPaid = next() % 5 === 0;
  const paid = partlyPaid ? 1 + (next() % (amount - 1)) : 0;
  const paidOn = Math.min(issueDay + (next() % 90), asOfDay);
  const flag = next() % 1000;
  const id = `R-${index}`;
  receivables.push({
    id,
    customerId: customer.id,
    number: `F2026-${String(index).padStart(7, '0')}`,
    issueDate: dateOf(issueDay),
    dueDate: dateOf(dueDay),
    amount: formatCents(amount),
    outstanding: formatCents(amount - paid),
    ...(partlyPaid ? { payments: [{ date: dateOf(paidOn), amount: formatCents(paid) }] } : {}),
    ...(flag < 10 ? { disputed: { reason: 'Livraison incomplète', since: dateOf(dueDay) } } : {}),
    ...(flag >= 10 && flag < 20 ? { promiseToPay: { until: dateOf(asOfDay + 10) } } : {}),
    ...(flag >= 20 && flag < 25 ? { excluded: { reason: 'Contentieux' } } : {}),
  });
  floorCustomers.push(customer.id);
  floorCents[index] = amount - paid;
  floorDueDays[index] = dueDay;
  // The last level sent: the highest whose nominal day is past, on time for
  // three in four, a few days late for one in eight, missing for one in eight.
  const ladder = LADDERS[customer.kind];
  let reached = -1;
  while (reached + 1 < ladder.length - 1 && dueDay + (ladder[reached + 1] as number) < asOfDay) {
    reached++;
  }
  const handOverDay = dueDay + (ladder[ladder.length - 1] as number);
  if (handOverDay < asOfDay) {
    history.push({
      customerId: customer.id,
      receivableIds: [id],
      level: FIRST_REGULAR[customer.kind] + ladder.length - 1,
      channel: 'task',
      sentOn: dateOf(handOverDay),
      kind: 'handOver',
    });
    continue;
  }
  const drift = next() % 8;
  if (reached >= 0 && drift !== 0) {
    history.push({
      customerId: customer.id,
      receivableIds: [id],
      level: FIRST_REGULAR[customer.kind] + reached,
      channel: 'email',
      sentOn: dateOf(
        Math.min(dueDay + (ladder[reached] as number) + (drift === 1 ? 3 : 0), asOfDay - 1),
      ),
    });
  }
}
const memoryOfInput = process.memoryUsage();

interface FloorBuckets {
  readonly late: number;
  readonly lateCents: number;
  readonly sums: Float64Array;
}

function floor(): FloorBuckets {
  const slots = new Map<string, number>();
  const sums = new Float64Array(CUSTOMERS * WIDTH);
  let late = 0;
  let lateCents = 0;
  for (let index = 0; index < COUNT; index++) {
    const customerId = floorCustomers[index] as string;
    let slot = slots.get(customerId);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(customerId, slot);
    }
    const cents = floorCents[index] as number;
    const days = asOfDay - (floorDueDays[index] as number);
    let column = 0;
    while (column < BOUNDS.length && days > (BOUNDS[column] as number)) column++;
    sums[slot * WIDTH + column] = (sums[slot * WIDTH + column] as number) + cents;
    if (days > 0) {
      late++;
      lateCents += cents;
    }
  }
  return { late, lateCents, sums };
}

let peakRss = 0;
let peakHeap = 0;
function library(): DunningPlan {
  const plan = planDunning({
    receivables,
    customers,
    history,
    policy: FRENCH_DUNNING_POLICY,
    asOf: AS_OF,
    creditor: { name: 'Atelier Lumière SARL', iban: 'FR7630006000011234567890189' },
  });
  const { rss, heapUsed } = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
  peakHeap = Math.max(peakHeap, heapUsed);
  return plan;
}

/** What either side answers. */
type Outcome = DunningPlan | FloorBuckets;

function same(plan: Outcome, bare: Outcome): boolean {
  if (!('actions' in plan) || 'actions' in bare) return false;
  const late = plan.trace.find((step) => step.rule === 'late');
  return (
    late?.values?.count === String(bare.late) &&
    late.values.outstanding === formatCents(bare.lateCents)
  );
}

/** What one plan of the day holds, counted once before the measures. */
function describePlan(): string {
  const plan = library();
  expect(same(plan, floor())).toBe(true);
  const count = (keys: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return [...counts].map(([key, value]) => `${key} ${value}`).join(', ');
  };
  return (
    `${plan.actions.length} actions (${count(plan.actions.map((action) => action.levelId ?? action.kind))}); ` +
    `${plan.skipped.length} left out (${count(plan.skipped.map((skip) => skip.reason))}); ` +
    `${history.length} history entries`
  );
}

it('planDunning against its bare-loop floor', () => {
  console.log(describePlan());
  const measure = measureAgainstFloor<Outcome>({
    name: 'planDunning, 1,000,000 open invoices, 100,000 customers',
    items: COUNT,
    library,
    floor,
    same,
    target: 30,
  });
  reportMeasures('planDunning (@tpe/dunning)', [measure]);
  const { maxRSS } = process.resourceUsage();
  console.log(
    `memory: rss ${megabytes(memoryAtStart.rss)} MB at start, ${megabytes(memoryOfInput.rss)} MB with the input ` +
      `(heap ${megabytes(memoryOfInput.heapUsed)} MB), at most ${megabytes(peakRss)} MB sampled after a plan ` +
      `(heap ${megabytes(peakHeap)} MB); peak of the process ${Math.round(maxRSS / 1024)} MB`,
  );
}, 3_600_000);
