import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type DunningPlan, planDunning } from '@tpe/dunning';
import { expect, it } from 'vitest';
import { measureAgainstFloor, reportMeasures } from '../../../bench/floorRatio.js';
import { COUNT, CUSTOMERS, formatCents, planInput } from './planInput.mjs';

/**
 * Measures planDunning over 1,000,000 open invoices of 100,000 customers
 * with the French policy and a history of one entry per dunned invoice (see
 * planInput.mjs): the day planned gives reminders at every level,
 * hand-overs, waits for the minimum gap, penalties and rendered letters.
 * The time is reported as the ratio to a floor, the best of several
 * interleaved runs of each in the same process (see bench/floorRatio.ts);
 * target: 30.
 *
 * The floor is one bare loop over pre-parsed cents and due day numbers that
 * finds the customer by its id in a Map, computes the days late and adds
 * the cents to the customer's bucket of the policy's offsets — the least
 * any planner of these rows must do. Library and floor must agree on the
 * number of invoices past due and what they owe (the plan's `late` trace).
 *
 * Memory is measured apart, in a `node` process of its own that builds the
 * same input, collects its garbage and plans once (planPeakMemory.mjs): it
 * reports what the input holds resident, the peak resident memory of the
 * process during the plan (target: under 1 GB), what the plan adds above
 * the input, and the heap the returned plan holds. The peak of this process
 * says less: the harness keeps the first plan while it runs the others,
 * and the warm-up's garbage.
 */

/** Buckets of days late: not due, 1–7, 8–22, 23–29, 30–37, 38–52, > 52 (the business ladder). */
const BOUNDS = [0, 7, 22, 29, 37, 52] as const;
const WIDTH = BOUNDS.length + 1;

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

const input = planInput();
const rows = input.floor;

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
    const customerId = rows.customers[index] as string;
    let slot = slots.get(customerId);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(customerId, slot);
    }
    const cents = rows.cents[index] as number;
    const days = rows.asOfDay - (rows.dueDays[index] as number);
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

function library(): DunningPlan {
  return planDunning(input.plan);
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
    `${input.plan.history.length} history entries`
  );
}

/** What planPeakMemory.mjs prints, in bytes. */
interface PlanMemory {
  readonly inputResident: number;
  readonly inputHeap: number;
  readonly peakResidentBeforePlan: number;
  readonly peakResident: number;
  readonly planHeap: number;
}

/** The memory of one plan, from planPeakMemory.mjs run in a `node` process of its own. */
function memoryOfOnePlan(): string {
  const script = fileURLToPath(new URL('./planPeakMemory.mjs', import.meta.url));
  const child = spawnSync(process.execPath, ['--expose-gc', script], { encoding: 'utf8' });
  expect(child.status, child.stderr).toBe(0);
  const memory = JSON.parse(child.stdout) as PlanMemory;
  return (
    `memory of one plan, in a node process of its own: the input weighs ${megabytes(memory.inputResident)} MB resident ` +
    `(heap ${megabytes(memory.inputHeap)} MB); the process peaks at ${megabytes(memory.peakResident)} MB ` +
    `during the plan (${megabytes(memory.peakResidentBeforePlan)} MB before it), so the plan adds at most ` +
    `${megabytes(memory.peakResident - memory.inputResident)} MB; the plan it returns holds ${megabytes(memory.planHeap)} MB of heap`
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
    `peak of this process (the harness keeps a plan between runs): ${Math.round(maxRSS / 1024)} MB`,
  );
  console.log(memoryOfOnePlan());
}, 3_600_000);
