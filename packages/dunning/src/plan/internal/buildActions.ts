import * as core from '@tpe/core';
import { TpeError } from '@tpe/core';
import type { TraceStep } from '@tpe/legal-fr';
import type { ReadCustomer } from '../../input/internal/readCustomer.js';
import type { ReadReceivable } from '../../input/internal/readReceivable.js';
import type { Creditor } from '../../messages/Creditor.js';
import type {
  DunningMessageInput,
  DunningMessageReceivable,
} from '../../messages/DunningMessageInput.js';
import type { DunningTemplate } from '../../messages/DunningTemplate.js';
import { type DunningMessage, renderDunningMessage } from '../../messages/renderDunningMessage.js';
import type {
  DraftPenaltyClaim,
  DunningAction,
  DunningActionAmounts,
  DunningActionReceivable,
  DunningTask,
} from '../DunningAction.js';
import type { Candidate } from './candidate.js';
import type { CompiledPolicy, CompiledSegment } from './compiledPolicy.js';
import { type DunningState, NO_DAY } from './dunningState.js';
import { handOverSendingDay, levelSendingDay } from './levelSchedule.js';
import type { PreparedPlan } from './preparePlan.js';
import { type PenaltyDebtor, receivablePenalty } from './receivablePenalty.js';
import { receivableAt } from './receivableRows.js';

/** Read once: through a CommonJS `require`, each `core.name` read is a getter call. */
const { addMonths, formatScaledUnits, fromEpochDay } = core;

/** What every action of a day shares. */
export interface DayContext {
  readonly prepared: PreparedPlan;
  readonly state: DunningState;
  readonly day: number;
  readonly asOf: string;
}

/** A receivable of an action, with what it owes on the day. */
export interface ActionItem {
  readonly receivable: number;
  readonly read: ReadReceivable;
  readonly currency: string;
  readonly outstanding: number;
  readonly dueDay: number;
  /** What is claimed of it. */
  readonly dueUnits: number;
  readonly previousLevel: number;
}

const PENALTY_ARTICLES = {
  business: 'C. com. L441-10 II, D441-5',
  consumer: 'C. civ. 1231-6, 1344',
  publicBuyer: 'CCP R2192-31, D2192-35',
} as const;

/** The items of candidates for a reminder or a hand-over. */
function itemsOf(context: DayContext, candidates: readonly Candidate[]): ActionItem[] {
  return candidates.map((candidate) => ({
    receivable: candidate.receivable,
    read: receivableAt(context.prepared.rows, candidate.receivable),
    currency: candidate.currency,
    outstanding: candidate.standing.outstanding,
    dueDay: candidate.standing.dueDay,
    dueUnits: candidate.standing.dueUnits,
    previousLevel: context.state.level[candidate.receivable] as number,
  }));
}

/**
 * The debtor's facts for a receivable's penalty: its kind and, for legal
 * interest of a consumer, the first formal notice (today's when the action
 * is one).
 */
function debtorOf(
  context: DayContext,
  customer: ReadCustomer,
  item: ActionItem,
  formalNoticeToday: boolean,
): PenaltyDebtor {
  const noticeDay = context.state.noticeDay[item.receivable] as number;
  return {
    kind: customer.kind,
    noticeDate:
      noticeDay !== NO_DAY ? fromEpochDay(noticeDay) : formalNoticeToday ? context.asOf : undefined,
    insolvency: false,
  };
}

/**
 * An action whose `trace` and `message` are written on first read, then
 * kept: a run plans many actions, and explaining one in words or writing
 * its letter costs far more than planning it. Both are own enumerable
 * getters, so that `JSON.stringify`, deep equality and a spread copy read
 * them. What they are written from is fixed when the action is planned;
 * the templates were checked when the input was read.
 */
function explained(
  action: Omit<DunningAction, 'trace' | 'message'>,
  trace: () => TraceStep[],
  message?: () => DunningMessageInput,
): DunningAction {
  // Getters written in the literal keep the object in V8's fast mode (defineProperty would not).
  let steps: readonly TraceStep[] | undefined;
  let letter: DunningMessage | undefined;
  if (message === undefined) {
    return {
      ...action,
      get trace() {
        steps ??= Object.freeze(trace());
        return steps;
      },
    };
  }
  return {
    ...action,
    get trace() {
      steps ??= Object.freeze(trace());
      return steps;
    },
    get message() {
      letter ??= renderDunningMessage(message());
      return letter;
    },
  };
}

function safeSum(total: number, add: number): number {
  const sum = total + add;
  if (!Number.isSafeInteger(sum)) {
    throw new TpeError('OUT_OF_RANGE', 'The total of an action is too large to be exact', {
      details: { total: String(total), add: String(add) },
    });
  }
  return sum;
}

const noRates = (): undefined => undefined;

interface Claim {
  readonly lines: DunningActionReceivable[];
  /** The rates of each line's penalty, read when a letter quotes them. */
  readonly rates: readonly (() => readonly string[] | undefined)[];
  readonly outstanding: number;
  readonly penalties: number;
  readonly indemnities: number;
}

/**
 * The lines and totals of an action: what each receivable owes and, when
 * `penaltyDay` is given, the penalties and indemnity computed on that day.
 */
function claimOf(
  context: DayContext,
  items: readonly ActionItem[],
  penaltyDay: number | undefined,
  debtor: (item: ActionItem) => PenaltyDebtor,
): Claim {
  const { day, prepared } = context;
  const lines: DunningActionReceivable[] = [];
  const rates: (() => readonly string[] | undefined)[] = [];
  let outstanding = 0;
  let penalties = 0;
  let indemnities = 0;
  for (const item of items) {
    const { read, dueDay } = item;
    const { exponent, source } = read;
    let penalty = 0;
    let indemnity = 0;
    let lineRates: Claim['rates'][number] = noRates;
    if (penaltyDay !== undefined && dueDay < penaltyDay) {
      const computed = receivablePenalty(
        read,
        item.outstanding,
        penaltyDay,
        fromEpochDay(penaltyDay),
        debtor(item),
        prepared.penalties,
      );
      penalty = computed.penalty;
      indemnity = computed.indemnity;
      lineRates = computed.rates;
    }
    outstanding = safeSum(outstanding, item.dueUnits);
    penalties = safeSum(penalties, penalty);
    indemnities = safeSum(indemnities, indemnity);
    lines.push({
      receivableId: source.id,
      number: source.number,
      issueDate: source.issueDate,
      dueDate: dueDay === read.dueDay ? source.dueDate : fromEpochDay(dueDay),
      amount: source.amount,
      outstanding:
        item.dueUnits === read.outstanding
          ? source.outstanding
          : formatScaledUnits(item.dueUnits, exponent),
      daysLate: day - dueDay,
      penalty: formatScaledUnits(penalty, exponent),
      indemnity: formatScaledUnits(indemnity, exponent),
      previousLevel: item.previousLevel,
    });
    rates.push(lineRates);
  }
  return { lines, rates, outstanding, penalties, indemnities };
}

function amountsOf(
  claim: Claim,
  currency: string,
  exponent: number,
  credits: number,
  claims: boolean,
): DunningActionAmounts {
  const claimed = claims
    ? safeSum(safeSum(claim.outstanding, claim.penalties), claim.indemnities)
    : claim.outstanding;
  return {
    currency,
    outstanding: formatScaledUnits(claim.outstanding, exponent),
    penalties: formatScaledUnits(claim.penalties, exponent),
    indemnities: formatScaledUnits(claim.indemnities, exponent),
    claimed: formatScaledUnits(claimed, exponent),
    credits: formatScaledUnits(credits, exponent),
  };
}

function draftClaimOf(
  context: DayContext,
  customerId: string,
  lines: readonly DunningActionReceivable[],
  amounts: DunningActionAmounts,
  claim: Claim,
  exponent: number,
): DraftPenaltyClaim | undefined {
  const total = claim.penalties + claim.indemnities;
  if (!context.prepared.draftPenaltyClaims || total === 0) return undefined;
  return {
    customerId,
    date: context.asOf,
    currency: amounts.currency,
    lines: lines
      .filter(
        (line) =>
          line.penalty !== formatScaledUnits(0, exponent) ||
          line.indemnity !== formatScaledUnits(0, exponent),
      )
      .map((line) => ({
        receivableId: line.receivableId,
        number: line.number,
        dueDate: line.dueDate,
        daysLate: line.daysLate,
        penalty: line.penalty,
        indemnity: line.indemnity,
      })),
    penalties: amounts.penalties,
    indemnities: amounts.indemnities,
    total: formatScaledUnits(total, exponent),
  };
}

function actionId(context: DayContext, customerId: string, step: string, currency: string): string {
  return `${context.asOf}/${customerId}/${step}${currency === 'EUR' ? '' : `/${currency}`}`;
}

function penaltyStep(
  customer: ReadCustomer,
  claims: boolean,
  claim: Claim,
  currency: string,
  exponent: number,
): TraceStep {
  if (!claims) {
    return { rule: 'noPenaltyClaimed', message: 'This level claims no penalty and no indemnity' };
  }
  return {
    rule: 'penalties',
    article: PENALTY_ARTICLES[customer.kind],
    message: `Late-payment interest ${formatScaledUnits(claim.penalties, exponent)} ${currency} and indemnities ${formatScaledUnits(claim.indemnities, exponent)} ${currency} computed on ${customer.kind === 'consumer' ? 'the day of the action (legal interest runs from the day after the formal notice)' : 'the day of the action'}; they change no receivable`,
    values: {
      penalties: formatScaledUnits(claim.penalties, exponent),
      indemnities: formatScaledUnits(claim.indemnities, exponent),
    },
  };
}

/** The facts for explaining a reminder: the receivable that set its level. */
function levelTrace(
  policy: CompiledPolicy,
  day: number,
  customer: ReadCustomer,
  segment: CompiledSegment,
  level: number,
  candidates: readonly Candidate[],
): TraceStep[] {
  const asOf = fromEpochDay(day);
  const driver = candidates.find((candidate) => candidate.level === level) as Candidate;
  const compiled = segment.levels[level] as CompiledSegment['levels'][number];
  const steps: TraceStep[] = [
    {
      rule: 'level',
      message: `Level ${level} (${compiled.level.id}) of segment ${segment.name}: receivable ${driver.source.number} reached level ${driver.facts.lastLevel}, so its next level is ${level}`,
      values: { level: String(level), levelId: compiled.level.id, segment: segment.name },
    },
  ];
  if (driver.facts.lastLevel + 1 !== level) {
    steps.push({
      rule: 'courtesyExpired',
      message: `The courtesy reminders before the due date ${fromEpochDay(driver.standing.dueDay)} were not sent in time and are dropped`,
    });
  }
  levelSendingDay(policy, compiled, driver.facts, steps);
  if (driver.sendingDay < day) {
    steps.push({
      rule: 'catchUp',
      message: `Due since ${fromEpochDay(driver.sendingDay)}: one action at the next level on ${asOf}; the following level counts from the day this one is sent`,
      values: { dueSince: fromEpochDay(driver.sendingDay) },
    });
  }
  if (candidates.length > 1) {
    steps.push({
      rule: 'grouping',
      message: `${candidates.length} receivables of ${customer.source.name} due for a level grouped at the highest one, ${level}: ${candidates
        .map((candidate) => `${candidate.source.number} (level ${candidate.level})`)
        .join(', ')}`,
      values: { receivables: String(candidates.length) },
    });
  }
  for (const candidate of candidates) {
    if (candidate.resumed !== undefined) {
      steps.push({
        rule: 'resumed',
        message: `${candidate.source.number}: ${candidate.resumed}`,
      });
    }
  }
  return steps;
}

function gapStep(day: number, last: number, gap: number): TraceStep {
  return last === NO_DAY
    ? { rule: 'minimumGap', message: 'No earlier message to this customer' }
    : {
        rule: 'minimumGap',
        message: `Last message on ${fromEpochDay(last)}, ${day - last} day(s) ago (at least ${gap})`,
        values: { lastMessage: fromEpochDay(last), minimum: String(gap) },
      };
}

/**
 * What the trace and the letter of a reminder are written from, fixed when
 * it is planned. The closures that write them are made from this alone, so
 * that a kept action does not keep the whole input alive.
 */
interface ReminderFacts {
  readonly policy: CompiledPolicy;
  readonly templates: readonly DunningTemplate[] | undefined;
  readonly creditor: Creditor;
  readonly day: number;
  readonly customer: ReadCustomer;
  readonly segment: CompiledSegment;
  readonly level: number;
  readonly candidates: readonly Candidate[];
  readonly lastMessage: number;
  readonly gap: number;
  readonly claim: Claim;
  readonly amounts: DunningActionAmounts;
  readonly replyBy: string | undefined;
}

function reminderTrace(facts: ReminderFacts): () => TraceStep[] {
  const { policy, day, customer, segment, level, candidates, lastMessage, gap, claim, amounts } =
    facts;
  const claims = (segment.levels[level] as CompiledSegment['levels'][number]).level.claimsPenalties;
  return () => [
    ...levelTrace(policy, day, customer, segment, level, candidates),
    gapStep(day, lastMessage, gap),
    penaltyStep(customer, claims, claim, amounts.currency, (candidates[0] as Candidate).exponent),
  ];
}

function reminderMessage(facts: ReminderFacts): () => DunningMessageInput {
  const { templates, creditor, day, customer, segment, level, claim, amounts, replyBy } = facts;
  const definition = (segment.levels[level] as CompiledSegment['levels'][number]).level;
  return () => ({
    templateId: definition.templateId,
    ...(templates === undefined ? {} : { templates }),
    customer: customer.source,
    creditor,
    receivables: claim.lines.map((line, index): DunningMessageReceivable => {
      const penaltyRates = (claim.rates[index] as Claim['rates'][number])();
      return {
        number: line.number,
        issueDate: line.issueDate,
        dueDate: line.dueDate,
        amount: line.amount,
        outstanding: line.outstanding,
        daysLate: line.daysLate,
        penalty: line.penalty,
        indemnity: line.indemnity,
        ...(penaltyRates === undefined ? {} : { penaltyRates }),
      };
    }),
    totals: {
      outstanding: amounts.outstanding,
      penalties: amounts.penalties,
      indemnities: amounts.indemnities,
      claimed: amounts.claimed,
    },
    currency: amounts.currency,
    asOf: fromEpochDay(day),
    level,
    claimsPenalties: definition.claimsPenalties,
    ...(replyBy === undefined ? {} : { replyBy }),
  });
}

/** A reminder at `level` for the candidates of one customer in one currency. */
export function reminderAction(
  context: DayContext,
  customerIndex: number,
  level: number,
  candidates: readonly Candidate[],
  credits: number,
  gap: number,
): DunningAction {
  const { prepared, state, day, asOf } = context;
  const customer = prepared.customers[customerIndex] as ReadCustomer;
  const segment = prepared.customerSegments[customerIndex] as CompiledSegment;
  const compiled = segment.levels[level] as CompiledSegment['levels'][number];
  const definition = compiled.level;
  const { currency, exponent } = candidates[0] as Candidate;
  const claims = definition.claimsPenalties;
  const items = itemsOf(context, candidates);
  const claim = claimOf(context, items, claims ? day : undefined, (item) =>
    debtorOf(context, customer, item, compiled.formalNotice),
  );
  const amounts = amountsOf(claim, currency, exponent, credits, claims);
  const replyBy =
    definition.replyWithinDays === undefined
      ? undefined
      : fromEpochDay(day + definition.replyWithinDays);
  const penaltyClaim = claims
    ? draftClaimOf(context, customer.source.id, claim.lines, amounts, claim, exponent)
    : undefined;
  const facts: ReminderFacts = {
    policy: prepared.policy,
    templates: prepared.templates,
    creditor: prepared.creditor,
    day,
    customer,
    segment,
    level,
    candidates,
    lastMessage: state.lastMessageDay[customerIndex] as number,
    gap,
    claim,
    amounts,
    replyBy,
  };
  return explained(
    {
      id: actionId(context, customer.source.id, definition.id, currency),
      kind: 'reminder',
      date: asOf,
      customerId: customer.source.id,
      level,
      levelId: definition.id,
      segment: segment.name,
      channel: definition.channel,
      receivables: claim.lines,
      amounts,
      claimsPenalties: claims,
      ...(replyBy === undefined ? {} : { replyBy }),
      ...(penaltyClaim === undefined ? {} : { penaltyClaim }),
    },
    reminderTrace(facts),
    reminderMessage(facts),
  );
}

/** The hand-over task after the last level, for candidates of one customer in one currency. */
export function handOverAction(
  context: DayContext,
  customerIndex: number,
  candidates: readonly Candidate[],
  credits: number,
): DunningAction {
  const { prepared, day, asOf } = context;
  const customer = prepared.customers[customerIndex] as ReadCustomer;
  const segment = prepared.customerSegments[customerIndex] as CompiledSegment;
  const handOver = segment.handOver as NonNullable<CompiledSegment['handOver']>;
  const { currency, exponent } = candidates[0] as Candidate;
  const claim = claimOf(context, itemsOf(context, candidates), day, (item) =>
    debtorOf(context, customer, item, false),
  );
  const steps: TraceStep[] = [
    {
      rule: 'handOver',
      ...(handOver.to === 'injunctionToPay' ? { article: 'C. proc. civ. 1405' } : {}),
      message: `Every level of segment ${segment.name} was sent: hand the file over (${handOver.to})`,
      values: { to: handOver.to },
    },
  ];
  const driver = candidates[0] as Candidate;
  handOverSendingDay(prepared.policy, handOver, driver.facts, steps);
  const task: DunningTask = { kind: 'handOver', to: handOver.to };
  const amounts = amountsOf(claim, currency, exponent, credits, true);
  return {
    id: actionId(context, customer.source.id, 'handOver', currency),
    kind: 'handOver',
    date: asOf,
    customerId: customer.source.id,
    level: segment.levels.length,
    segment: segment.name,
    channel: 'task',
    receivables: claim.lines,
    amounts,
    claimsPenalties: true,
    task,
    trace: [...steps, penaltyStep(customer, true, claim, currency, exponent)],
  };
}

/**
 * The task of declaring, in an insolvency procedure, the receivables born
 * before its opening: principal and interest up to the day before the
 * opening judgment, no indemnity.
 */
export function claimDeclarationAction(
  context: DayContext,
  customerIndex: number,
  items: readonly ActionItem[],
  credits: number,
): DunningAction {
  const { prepared, asOf } = context;
  const customer = prepared.customers[customerIndex] as ReadCustomer;
  const segment = prepared.customerSegments[customerIndex] as CompiledSegment;
  const insolvency = customer.source.insolvency as NonNullable<
    ReadCustomer['source']['insolvency']
  >;
  const openedDay = customer.insolvencyDay as number;
  const { currency, exponent } = (items[0] as ActionItem).read;
  const claim = claimOf(context, items, openedDay - 1, () => ({
    kind: customer.kind,
    noticeDate: undefined,
    insolvency: true,
  }));
  const declareBy = addMonths(insolvency.openedOn, 2);
  const task: DunningTask = {
    kind: 'claimDeclaration',
    procedure: insolvency.procedure,
    openedOn: insolvency.openedOn,
    declareBy,
  };
  return {
    id: actionId(context, customer.source.id, 'claimDeclaration', currency),
    kind: 'claimDeclaration',
    date: asOf,
    customerId: customer.source.id,
    level: segment.levels.length,
    segment: segment.name,
    channel: 'task',
    receivables: claim.lines,
    amounts: amountsOf(claim, currency, exponent, credits, true),
    claimsPenalties: true,
    task,
    trace: [
      {
        rule: 'insolvency',
        article: 'C. com. L622-24, R622-24',
        message: `A ${insolvency.procedure} procedure was opened on ${insolvency.openedOn}: reminders stop; declare the claims born before it to the mandataire judiciaire within two months of the BODACC publication (by ${declareBy} at the latest, counted from the opening; period unverified)`,
        values: { openedOn: insolvency.openedOn, declareBy },
      },
      {
        rule: 'claimAmount',
        article: 'C. com. L441-10 II',
        message: `Principal plus interest up to ${fromEpochDay(openedDay - 1)}, the day before the opening judgment; no recovery indemnity`,
        values: { interestUntil: fromEpochDay(openedDay - 1) },
      },
    ],
  };
}
