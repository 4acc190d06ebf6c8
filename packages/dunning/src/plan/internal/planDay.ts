import * as core from '@tpe/core';
import { exponentOf } from '../../input/internal/readAmount.js';
import type { ReadCustomer } from '../../input/internal/readCustomer.js';
import { INVOICE, owedAtEndOf } from '../../input/internal/receivableColumns.js';
import type { Receivable } from '../../input/Receivable.js';
import {
  type PlanStanding,
  paymentPlanStanding,
} from '../../paymentPlans/internal/paymentPlanStanding.js';
import type {
  DunningAction,
  DunningPlan,
  DunningSkip,
  DunningSkipReason,
} from '../DunningAction.js';
import {
  type ActionItem,
  claimDeclarationAction,
  type DayContext,
  handOverAction,
  reminderAction,
} from './buildActions.js';
import { byDueDate, type Candidate } from './candidate.js';
import type { CompiledSegment } from './compiledPolicy.js';
import { type DunningState, NO_DAY, type StateEntry } from './dunningState.js';
import { handOverSendingDay, levelSendingDay, type ScheduleFacts } from './levelSchedule.js';
import type { PreparedPlan } from './preparePlan.js';
import { receivableAt } from './receivableRows.js';
import { type Standing, standingOf } from './standing.js';

/** Read once: through a CommonJS `require`, each `core.name` read is a getter call. */
const { formatScaledUnits, fromEpochDay, toScaledUnits } = core;

/** What a customer owes and is owed in one currency on the day. */
interface Balance {
  credits: number;
  overdue: number;
}

/** The output of a day, filled customer by customer. */
interface DayOutput {
  readonly actions: DunningAction[];
  /** Each action as the state records it when it is sent on the day. */
  readonly records: StateEntry[];
  readonly skipped: DunningSkip[];
  /** The standing of each payment plan met, computed once a day. */
  readonly plans: Map<number, PlanStanding>;
  /** Open invoices past their printed due date, by currency. */
  readonly late: Map<string, LateTotal>;
  /** The entry of EUR in `late`, found without a lookup. */
  readonly lateEuro: LateTotal;
  /** What the customer being planned has due, filled again for each customer (actions copy what they keep). */
  readonly customer: {
    readonly balances: Balances;
    readonly reminders: Candidate[];
    readonly courtesy: Candidate[];
    readonly handOvers: Candidate[];
    readonly declarations: ActionItem[];
  };
  /** The schedule facts of the receivable being read. */
  readonly facts: { -readonly [Key in keyof ScheduleFacts]: ScheduleFacts[Key] };
}

/** How many open invoices are past their due date, and what they owe (a bigint past 2^53). */
interface LateTotal {
  count: number;
  units: number | bigint;
}

function countLate(output: DayOutput, currency: string, outstanding: number): void {
  let total = currency === 'EUR' ? output.lateEuro : output.late.get(currency);
  if (total === undefined) {
    total = { count: 0, units: 0 };
    output.late.set(currency, total);
  }
  total.count++;
  const units = total.units;
  if (typeof units === 'number' && Number.isSafeInteger(units + outstanding)) {
    total.units = units + outstanding;
  } else {
    total.units = BigInt(units) + BigInt(outstanding);
  }
}

function skip(
  output: DayOutput,
  customer: ReadCustomer,
  receivable: Receivable,
  reason: DunningSkipReason,
  until?: string,
  detail?: string,
): void {
  // One shape for every skip, absent facts left undefined: runs skip many receivables.
  output.skipped.push({
    customerId: customer.source.id,
    receivableId: receivable.id,
    reason,
    until,
    detail,
  });
}

/** The balances of a customer by currency; EUR, nearly always the only one, without a lookup. */
class Balances {
  readonly #euro: Balance = { credits: 0, overdue: 0 };
  #others: Map<string, Balance> | undefined;

  /** Empties the balances for the next customer. */
  clear(): void {
    this.#euro.credits = 0;
    this.#euro.overdue = 0;
    this.#others = undefined;
  }

  of(currency: string): Balance {
    if (currency === 'EUR') return this.#euro;
    this.#others ??= new Map();
    let balance = this.#others.get(currency);
    if (balance === undefined) {
      balance = { credits: 0, overdue: 0 };
      this.#others.set(currency, balance);
    }
    return balance;
  }
}

/** Groups items by currency, in the order currencies first appear. */
function byCurrency<Item extends { readonly currency: string }>(
  items: readonly Item[],
): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const group = groups.get(item.currency);
    if (group === undefined) groups.set(item.currency, [item]);
    else group.push(item);
  }
  return groups;
}

/** The standing of the plan in force for a receivable on the day, if any. */
function planOf(
  context: DayContext,
  output: DayOutput,
  receivable: number,
): { readonly id: string; readonly standing: PlanStanding } | undefined {
  const { prepared, day } = context;
  if (prepared.plans.length === 0) return undefined;
  const indexes = prepared.plansOfReceivable.get(receivable);
  if (indexes === undefined) return undefined;
  let chosen = -1;
  for (const index of indexes) {
    const agreed = (prepared.plans[index] as PreparedPlan['plans'][number]).terms.agreedDay;
    if (
      agreed <= day &&
      (chosen < 0 ||
        agreed >= (prepared.plans[chosen] as PreparedPlan['plans'][number]).terms.agreedDay)
    ) {
      chosen = index;
    }
  }
  if (chosen < 0) return undefined;
  const plan = prepared.plans[chosen] as PreparedPlan['plans'][number];
  let standing = output.plans.get(chosen);
  if (standing === undefined) {
    let remaining = 0;
    for (const covered of plan.receivables) remaining += owedAtEndOf(prepared.rows, covered, day);
    standing = paymentPlanStanding(plan.terms, remaining, day);
    output.plans.set(chosen, standing);
  }
  return { id: plan.read.source.id, standing };
}

function pushAction(
  context: DayContext,
  output: DayOutput,
  customer: number,
  action: DunningAction,
  items: readonly { readonly receivable: number }[],
): void {
  output.actions.push(action);
  output.records.push({
    kind: action.kind,
    level: action.level,
    channel: action.channel,
    day: context.day,
    customer,
    receivables: items.map((item) => item.receivable),
  });
}

/** Whether `total` minor units reach a level's minimum (a decimal string with up to 2 decimals). */
function reachesMinimum(total: number, exponent: number, minimum: string | undefined): boolean {
  if (minimum === undefined) return true;
  if (exponent >= 2) return total >= toScaledUnits(minimum, exponent);
  return total * 10 ** (2 - exponent) >= toScaledUnits(minimum, 2);
}

/**
 * The reminders of one customer in one currency: one group at the highest
 * level due (or one per level without grouping), each reaching its level's
 * minimum; below it, the receivables of that level wait.
 */
function remind(
  context: DayContext,
  output: DayOutput,
  customerIndex: number,
  candidates: readonly Candidate[],
  credits: number,
  gap: number,
): void {
  const { prepared } = context;
  const customer = prepared.customers[customerIndex] as ReadCustomer;
  const segment = prepared.customerSegments[customerIndex] as CompiledSegment;
  const groups: Candidate[][] = [];
  if (prepared.policy.group) {
    groups.push([...candidates]);
  } else {
    const byLevel = new Map<number, Candidate[]>();
    for (const candidate of candidates) {
      const group = byLevel.get(candidate.level);
      if (group === undefined) byLevel.set(candidate.level, [candidate]);
      else group.push(candidate);
    }
    groups.push(
      ...[...byLevel.entries()].sort(([left], [right]) => left - right).map(([, group]) => group),
    );
  }
  for (let group of groups) {
    while (group.length > 0) {
      let level = 0;
      let total = 0;
      for (const candidate of group) {
        if (candidate.level > level) level = candidate.level;
        total += candidate.standing.dueUnits;
      }
      const { exponent } = group[0] as Candidate;
      const minimum = (segment.levels[level] as CompiledSegment['levels'][number]).level
        .minimumOutstanding;
      if (reachesMinimum(total, exponent, minimum)) {
        group.sort(byDueDate);
        const action = reminderAction(context, customerIndex, level, group, credits, gap);
        pushAction(context, output, customerIndex, action, group);
        break;
      }
      for (const candidate of group) {
        if (candidate.level === level)
          skip(output, customer, candidate.source, 'belowMinimum', undefined, minimum);
      }
      group = group.filter((candidate) => candidate.level !== level);
    }
  }
}

/** Plans the day of one customer. */
function planCustomer(context: DayContext, output: DayOutput, customerIndex: number): void {
  const { prepared, state, day } = context;
  const { rows } = prepared;
  const start = rows.customerStart[customerIndex] as number;
  const end = rows.customerStart[customerIndex + 1] as number;
  if (start === end) return;
  const customer = prepared.customers[customerIndex] as ReadCustomer;
  const segment = prepared.customerSegments[customerIndex] as CompiledSegment;
  const policy = prepared.policy;
  const insolvencyDay = customer.insolvencyDay;
  const insolvent = insolvencyDay !== undefined && insolvencyDay <= day;
  // Lists and balances of the customer, emptied and filled again for each customer of the day.
  const { balances, reminders, courtesy, handOvers, declarations } = output.customer;
  balances.clear();
  reminders.length = 0;
  courtesy.length = 0;
  handOvers.length = 0;
  declarations.length = 0;
  for (let position = start; position < end; position++) {
    const receivable = rows.byCustomer[position] as number;
    // Most receivables are read from the columns alone; `detail` is the full reading of the others.
    const detailIndex = rows.detail[receivable] as number;
    const detail = detailIndex < 0 ? undefined : rows.details[detailIndex];
    const source = rows.sources[receivable] as Receivable;
    if ((rows.issueDay[receivable] as number) > day) {
      skip(output, customer, source, 'notIssued');
      continue;
    }
    const currencyIndex = rows.currency[receivable] as number;
    const currency = rows.currencies[currencyIndex] as string;
    const outstanding = owedAtEndOf(rows, receivable, day);
    if (rows.kind[receivable] !== INVOICE) {
      balances.of(currency).credits += outstanding;
      continue;
    }
    if (outstanding === 0) {
      skip(output, customer, source, 'paid');
      continue;
    }
    if ((rows.dueDay[receivable] as number) < day) countLate(output, currency, outstanding);
    if (detail?.excluded === true) {
      skip(output, customer, source, 'excluded', undefined, source.excluded?.reason);
      continue;
    }
    if (customer.noDunning) {
      skip(
        output,
        customer,
        source,
        'noDunning',
        undefined,
        customer.source.overrides?.noDunning?.reason,
      );
      continue;
    }
    if (insolvent) {
      skip(output, customer, source, 'insolvency');
      if (
        (rows.issueDay[receivable] as number) < insolvencyDay &&
        state.declaredDay[receivable] === NO_DAY
      ) {
        const read = receivableAt(rows, receivable);
        const standing = standingOf(read, outstanding, day);
        declarations.push({
          receivable,
          read,
          currency,
          outstanding,
          dueDay: standing.dueDay,
          dueUnits: outstanding,
          previousLevel: state.level[receivable] as number,
        });
      }
      continue;
    }
    if (state.handedOverDay[receivable] !== NO_DAY) {
      skip(output, customer, source, 'handedOver');
      continue;
    }
    let resumeDay = NO_DAY;
    let resumed: string | undefined;
    if (detail?.disputeSinceDay !== undefined && detail.disputeSinceDay <= day) {
      const resolvedDay = detail.disputeResolvedDay;
      if (resolvedDay === undefined || resolvedDay > day) {
        const until = resolvedDay === undefined ? undefined : fromEpochDay(resolvedDay - 1);
        skip(output, customer, source, 'disputed', until, source.disputed?.reason);
        continue;
      }
      resumeDay = resolvedDay;
      resumed = `dispute settled on ${fromEpochDay(resolvedDay)}: dunning resumes`;
    }
    const promiseUntil = detail?.promiseUntilDay;
    if (
      promiseUntil !== undefined &&
      (detail?.promiseAgreedDay === undefined || detail.promiseAgreedDay <= day)
    ) {
      if (day <= promiseUntil) {
        skip(output, customer, source, 'promiseToPay', source.promiseToPay?.until);
        continue;
      }
      if (promiseUntil + 1 > resumeDay) {
        resumeDay = promiseUntil + 1;
        resumed = `promise to pay by ${fromEpochDay(promiseUntil)} not kept: dunning resumes`;
      }
    }
    const plan = planOf(context, output, receivable);
    if (plan !== undefined) {
      const { standing } = plan;
      if (standing.state === 'kept') {
        skip(output, customer, source, 'paymentPlan', fromEpochDay(standing.day), plan.id);
        continue;
      }
      if ((standing.state === 'missed' || standing.state === 'ended') && standing.day > resumeDay) {
        resumeDay = standing.day;
        resumed =
          standing.state === 'missed'
            ? `payment plan ${plan.id} not kept (an instalment missed, counted from ${fromEpochDay(standing.day)}): dunning resumes at the next level`
            : `payment plan ${plan.id} cancelled on ${fromEpochDay(standing.day)}: dunning resumes`;
      }
    }
    const standing: Standing | undefined =
      detail === undefined ? undefined : standingOf(detail, outstanding, day);
    const dueDay = standing === undefined ? (rows.dueDay[receivable] as number) : standing.dueDay;
    const dueUnits = standing === undefined ? outstanding : standing.dueUnits;
    const overdue = day > dueDay;
    if (overdue) balances.of(currency).overdue += dueUnits;
    const lastLevel = state.level[receivable] as number;
    let next = lastLevel + 1;
    if (overdue && next < segment.firstRegular) next = segment.firstRegular;
    // The facts are written in one object per day and copied only for a candidate.
    const facts = output.facts;
    facts.dueDay = dueDay;
    facts.issueDay = rows.issueDay[receivable] as number;
    facts.lastLevel = lastLevel;
    facts.lastDay = state.levelDay[receivable] as number;
    facts.resumeDay = resumeDay;
    facts.region = customer.region;
    let sendingDay: number;
    let target: Candidate[];
    if (next >= segment.levels.length) {
      if (!overdue) continue;
      if (segment.handOver === undefined) {
        skip(output, customer, source, 'lastLevelReached');
        continue;
      }
      sendingDay = handOverSendingDay(policy, segment.handOver, facts);
      target = handOvers;
    } else {
      const level = segment.levels[next] as CompiledSegment['levels'][number];
      if (!level.preDue && !overdue) continue;
      sendingDay = levelSendingDay(policy, level, facts);
      target = level.preDue ? courtesy : reminders;
    }
    if (sendingDay === NO_DAY || sendingDay > day) continue;
    target.push({
      receivable,
      source,
      currency,
      exponent: rows.exponents[currencyIndex] as number,
      standing: standing ?? { outstanding, dueDay, dueUnits },
      level: next,
      sendingDay,
      facts: { ...facts },
      resumed,
    });
  }
  const creditsIn = (currency: string) => balances.of(currency).credits;
  if (declarations.length > 0) {
    for (const [currency, items] of byCurrency(declarations)) {
      const action = claimDeclarationAction(context, customerIndex, items, creditsIn(currency));
      pushAction(context, output, customerIndex, action, items);
    }
  }
  for (const [currency, candidates] of byCurrency(handOvers)) {
    candidates.sort(byDueDate);
    const action = handOverAction(context, customerIndex, candidates, creditsIn(currency));
    pushAction(context, output, customerIndex, action, candidates);
  }
  const gap = customer.minGapDays ?? policy.minGapDays;
  if (reminders.length > 0) {
    for (const candidate of courtesy) {
      skip(output, customer, candidate.source, 'minimumGap', fromEpochDay(day + gap));
    }
  }
  const chosen = reminders.length > 0 ? reminders : courtesy;
  if (chosen.length === 0) return;
  const lastMessage = state.lastMessageDay[customerIndex] as number;
  if (lastMessage !== NO_DAY && day < lastMessage + gap) {
    for (const candidate of chosen) {
      skip(output, customer, candidate.source, 'minimumGap', fromEpochDay(lastMessage + gap));
    }
    return;
  }
  for (const [currency, candidates] of byCurrency(chosen)) {
    const balance = balances.of(currency);
    if (chosen === reminders && balance.credits >= balance.overdue) {
      for (const candidate of candidates)
        skip(output, customer, candidate.source, 'coveredByCredits');
      continue;
    }
    remind(context, output, customerIndex, candidates, creditsIn(currency), gap);
  }
}

/** A day's plan, with each action as the state records it when it is sent on the day. */
export interface PlannedDay {
  readonly plan: DunningPlan;
  readonly records: readonly StateEntry[];
}

/**
 * Plans one day from a prepared input and the state of the history on that
 * day: every customer in input order.
 */
export function planDay(prepared: PreparedPlan, state: DunningState, day: number): PlannedDay {
  const asOf = fromEpochDay(day);
  const context: DayContext = { prepared, state, day, asOf };
  const lateEuro: LateTotal = { count: 0, units: 0 };
  const output: DayOutput = {
    actions: [],
    records: [],
    skipped: [],
    plans: new Map(),
    late: new Map([['EUR', lateEuro]]),
    lateEuro,
    customer: {
      balances: new Balances(),
      reminders: [],
      courtesy: [],
      handOvers: [],
      declarations: [],
    },
    facts: {
      dueDay: 0,
      issueDay: 0,
      lastLevel: -1,
      lastDay: NO_DAY,
      resumeDay: NO_DAY,
      region: 'national',
    },
  };
  for (let customer = 0; customer < prepared.customers.length; customer++) {
    planCustomer(context, output, customer);
  }
  const plan: DunningPlan = {
    asOf,
    actions: output.actions,
    skipped: output.skipped,
    trace: [
      {
        rule: 'run',
        message: `Planned ${asOf}: ${prepared.rows.sources.length} receivable(s) of ${prepared.customers.length} customer(s); ${output.actions.length} action(s), ${output.skipped.length} receivable(s) left out`,
        values: {
          asOf,
          receivables: String(prepared.rows.sources.length),
          customers: String(prepared.customers.length),
          actions: String(output.actions.length),
          skipped: String(output.skipped.length),
        },
      },
      ...[...output.late.entries()]
        .filter(([, total]) => total.count > 0)
        .map(([currency, total]) => ({
          rule: 'late',
          message: `${total.count} open invoice(s) in ${currency} past their due date, owing ${formatScaledUnits(total.units, exponentOf(currency))} ${currency}`,
          values: {
            currency,
            count: String(total.count),
            outstanding: formatScaledUnits(total.units, exponentOf(currency)),
          },
        })),
      {
        rule: 'policy',
        message: `${prepared.policy.businessDaysOnly ? 'Business days only' : 'Any day'}; at least ${prepared.policy.minGapDays} day(s) between two messages to a customer; ${prepared.policy.group ? "a customer's receivables grouped at the highest level due" : 'one message per level due'}`,
      },
    ],
  };
  return { plan, records: output.records };
}
