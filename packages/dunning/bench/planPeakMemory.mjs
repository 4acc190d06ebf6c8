// The memory of one plan, measured in a `node` process of its own, started
// by plan.bench.ts as `node --expose-gc planPeakMemory.mjs`: the benchmark's
// process keeps the results of its runs and of its warm-up, so its peak is
// not that of one plan. Here the input is built, the garbage of building it
// collected, then one plan made of the built package; the process prints
// what its memory was at each step, as JSON, in bytes.
import { planDunning } from '@tpe/dunning';
import { planInput } from './planInput.mjs';

const { gc } = globalThis;
if (gc === undefined) throw new Error('Run with --expose-gc');

/** The most resident memory the process has had so far, in bytes (`maxRSS` is in kilobytes). */
const peakResident = () => process.resourceUsage().maxRSS * 1024;

const input = planInput().plan;
gc();
gc();
const withInput = process.memoryUsage();
const peakBefore = peakResident();
const plan = planDunning(input);
const atEnd = process.memoryUsage();
const peak = peakResident();
gc();
const withPlan = process.memoryUsage();

console.log(
  JSON.stringify({
    inputResident: withInput.rss,
    inputHeap: withInput.heapUsed,
    peakResidentBeforePlan: peakBefore,
    peakResident: peak,
    heapAtEndOfPlan: atEnd.heapUsed,
    planHeap: withPlan.heapUsed - withInput.heapUsed,
    actions: plan.actions.length,
  }),
);
