import * as core from '@tpe/core';
import type { HolidayRegion, TraceStep } from '@tpe/legal-fr';
import type { DunningHandOver } from '../../policy/DunningPolicy.js';
import type { CompiledLevel, CompiledPolicy } from './compiledPolicy.js';
import { NO_DAY } from './dunningState.js';

/** Read once: through a CommonJS `require`, each `core.name` read is a getter call. */
const { addMonths, endOfMonth, fromEpochDay, toEpochDay } = core;

/** What the date of a receivable's next level depends on. */
export interface ScheduleFacts {
  /** The due date reminded (day number). */
  readonly dueDay: number;
  readonly issueDay: number;
  /** The level reached (-1 for none) and the day it was sent. */
  readonly lastLevel: number;
  readonly lastDay: number;
  /** A day before which nothing is sent (a promise broken, a plan missed, a dispute settled); `NO_DAY` if none. */
  readonly resumeDay: number;
  readonly region: HolidayRegion;
}

const date = (day: number): string => fromEpochDay(day);

function later(
  current: number,
  candidate: number,
  steps: TraceStep[] | undefined,
  rule: string,
  message: () => string,
): number {
  if (steps !== undefined) {
    steps.push({ rule, message: message(), values: { date: date(candidate) } });
  }
  return Math.max(candidate, current);
}

function toSendingDay(
  policy: CompiledPolicy,
  day: number,
  region: HolidayRegion,
  steps: TraceStep[] | undefined,
): number {
  const sending = policy.sendingDays.of(day, region);
  if (steps !== undefined && sending !== day) {
    steps.push({
      rule: 'businessDay',
      article: 'C. trav. L3133-1',
      message: `${date(day)} is not a business day (${region} calendar): sent on ${date(sending)}`,
      values: { planned: date(day), sending: date(sending), region },
    });
  }
  return sending;
}

/**
 * The sending day of `level` for a receivable: the latest of the dates its
 * timing gives, never on or before the day of the previous level, never
 * before `resumeDay`; a level after the due date never before the day after
 * it. `NO_DAY` for a courtesy reminder that could only be sent after the
 * due date. With `steps`, each date considered is explained.
 */
export function levelSendingDay(
  policy: CompiledPolicy,
  level: CompiledLevel,
  facts: ScheduleFacts,
  steps?: TraceStep[],
): number {
  const { dueDay, lastLevel, lastDay } = facts;
  const previous = lastLevel >= 0;
  let day = level.preDue ? facts.issueDay + 1 : dueDay + 1;
  if (steps !== undefined && !level.preDue) {
    steps.push({
      rule: 'afterDueDate',
      message: `A reminder of a late payment is sent from the day after the due date ${date(dueDay)}`,
      values: { dueDate: date(dueDay) },
    });
  }
  const { daysAfterDue, daysAfterPreviousLevel, endOfMonthAfterDue } = level;
  if (daysAfterDue !== undefined) {
    day = later(
      day,
      dueDay + daysAfterDue,
      steps,
      'daysAfterDue',
      () =>
        `Due date ${date(dueDay)} ${daysAfterDue < 0 ? '−' : '+'} ${Math.abs(daysAfterDue)} day(s) = ${date(dueDay + daysAfterDue)}`,
    );
  }
  if (daysAfterPreviousLevel !== undefined) {
    const from = previous ? lastDay : dueDay;
    day = later(day, from + daysAfterPreviousLevel, steps, 'daysAfterPreviousLevel', () =>
      previous
        ? `Level ${lastLevel} actually sent on ${date(lastDay)} + ${daysAfterPreviousLevel} day(s) = ${date(from + daysAfterPreviousLevel)}`
        : `No previous level sent: due date ${date(dueDay)} + ${daysAfterPreviousLevel} day(s) = ${date(from + daysAfterPreviousLevel)}`,
    );
  }
  if (endOfMonthAfterDue !== undefined) {
    const monthEnd = toEpochDay(endOfMonth(addMonths(date(dueDay), endOfMonthAfterDue)));
    day = later(
      day,
      monthEnd,
      steps,
      'endOfMonthAfterDue',
      () =>
        `End of the month ${endOfMonthAfterDue} month(s) after the due date ${date(dueDay)} = ${date(monthEnd)}`,
    );
  }
  if (previous) {
    day = later(
      day,
      lastDay + 1,
      steps,
      'afterPreviousLevel',
      () => `Never on the day of the previous level (${date(lastDay)}) or before`,
    );
  }
  if (facts.resumeDay !== NO_DAY) {
    const resumeDay = facts.resumeDay;
    day = later(
      day,
      resumeDay,
      steps,
      'notBeforeResuming',
      () => `Not before ${date(resumeDay)}, the day dunning resumed`,
    );
  }
  const sending = toSendingDay(policy, day, facts.region, steps);
  return level.preDue && sending > dueDay ? NO_DAY : sending;
}

/**
 * The sending day of the hand-over task after the last level (counted from
 * the due date when no level was ever sent: a ladder of courtesy reminders
 * only).
 */
export function handOverSendingDay(
  policy: CompiledPolicy,
  handOver: DunningHandOver,
  facts: ScheduleFacts,
  steps?: TraceStep[],
): number {
  const { lastDay, lastLevel, dueDay } = facts;
  const from = lastLevel >= 0 ? lastDay : dueDay;
  let day = from + handOver.daysAfterLastLevel;
  if (steps !== undefined) {
    steps.push({
      rule: 'daysAfterLastLevel',
      message: `${lastLevel >= 0 ? `Last level ${lastLevel} sent on` : 'No level sent: due date'} ${date(from)} + ${handOver.daysAfterLastLevel} day(s) = ${date(day)}`,
      values: { date: date(day) },
    });
  }
  if (facts.resumeDay !== NO_DAY) {
    const resumeDay = facts.resumeDay;
    day = later(
      day,
      resumeDay,
      steps,
      'notBeforeResuming',
      () => `Not before ${date(resumeDay)}, the day dunning resumed`,
    );
  }
  return toSendingDay(policy, day, facts.region, steps);
}
