import type { TpeIssue } from '@tpe/core';
import type { DunningLevel, DunningPolicy } from '../DunningPolicy.js';

/** Whether a level is a courtesy reminder sent on or before the due date. */
export function isPreDueLevel(level: DunningLevel): boolean {
  return level.when.daysAfterDue !== undefined && level.when.daysAfterDue <= 0;
}

/**
 * The rules between the levels of a policy whose shape is valid, or
 * `undefined` when they all hold. Each level must come after the previous
 * one: the offsets from the due date and the month-ends grow strictly along
 * the list, pre-due reminders come first, and the first level has no
 * previous one to count from.
 */
export function policyIssues(policy: DunningPolicy): TpeIssue[] | undefined {
  const issues: TpeIssue[] = [];
  for (const [segment, { levels }] of Object.entries(policy.segments)) {
    const ids = new Set<string>();
    let lastDaysAfterDue: number | undefined;
    let lastEndOfMonth: number | undefined;
    let regularSeen = false;
    levels.forEach((level, index) => {
      const path = ['segments', segment, 'levels', index];
      const { daysAfterDue, daysAfterPreviousLevel, endOfMonthAfterDue } = level.when;
      const push = (where: readonly string[], code: string, message: string) =>
        issues.push({ path: [...path, ...where], code, message });
      if (ids.has(level.id)) push(['id'], 'duplicate_level_id', `Two levels are named ${level.id}`);
      ids.add(level.id);
      if (
        daysAfterDue === undefined &&
        daysAfterPreviousLevel === undefined &&
        endOfMonthAfterDue === undefined
      ) {
        push(
          ['when'],
          'no_timing',
          'Give daysAfterDue, daysAfterPreviousLevel or endOfMonthAfterDue',
        );
      }
      if (index === 0 && daysAfterPreviousLevel !== undefined) {
        push(
          ['when', 'daysAfterPreviousLevel'],
          'no_previous_level',
          'The first level has no previous level to count from',
        );
      }
      if (isPreDueLevel(level)) {
        if (daysAfterPreviousLevel !== undefined || endOfMonthAfterDue !== undefined) {
          push(
            ['when'],
            'pre_due_mixed',
            'A reminder on or before the due date is timed by daysAfterDue alone',
          );
        }
        if (level.claimsPenalties || level.formalNotice === true) {
          push(
            ['claimsPenalties'],
            'penalties_before_due',
            'Nothing is late on or before the due date: no penalties, no formal notice',
          );
        }
        if (
          regularSeen &&
          (lastDaysAfterDue === undefined || (daysAfterDue as number) > lastDaysAfterDue)
        ) {
          push(
            ['when', 'daysAfterDue'],
            'out_of_order',
            'Reminders on or before the due date come before the others',
          );
        }
      } else {
        regularSeen = true;
      }
      if (daysAfterDue !== undefined) {
        if (lastDaysAfterDue !== undefined && daysAfterDue <= lastDaysAfterDue) {
          push(
            ['when', 'daysAfterDue'],
            'out_of_order',
            `daysAfterDue ${daysAfterDue} is not after the ${lastDaysAfterDue} of an earlier level`,
          );
        }
        lastDaysAfterDue = daysAfterDue;
      }
      if (endOfMonthAfterDue !== undefined) {
        if (lastEndOfMonth !== undefined && endOfMonthAfterDue <= lastEndOfMonth) {
          push(
            ['when', 'endOfMonthAfterDue'],
            'out_of_order',
            `endOfMonthAfterDue ${endOfMonthAfterDue} is not after the ${lastEndOfMonth} of an earlier level`,
          );
        }
        lastEndOfMonth = endOfMonthAfterDue;
      }
    });
  }
  return issues.length === 0 ? undefined : issues;
}
