import type { TpeError } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import type { DunningLevel, DunningPolicy } from './DunningPolicy.js';
import { dunningPolicySchema } from './DunningPolicy.js';
import { FRENCH_DUNNING_POLICY } from './frenchDunningPolicy.js';
import { parseDunningPolicy } from './parseDunningPolicy.js';

const email = (id: string, when: DunningLevel['when'], claimsPenalties = false): DunningLevel => ({
  id,
  when,
  channel: 'email',
  templateId: 'courteousReminder',
  claimsPenalties,
});

function policyOf(levels: readonly DunningLevel[]): DunningPolicy {
  return { segments: { business: { levels } } };
}

function failure(input: unknown): TpeError {
  return caughtTpeError(() => parseDunningPolicy(input));
}

function issuesOf(error: TpeError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);
}

describe('parseDunningPolicy', () => {
  it('accepts the French policy and returns a copy', () => {
    const parsed = parseDunningPolicy(FRENCH_DUNNING_POLICY);
    expect(parsed).toEqual(FRENCH_DUNNING_POLICY);
    expect(parsed).not.toBe(FRENCH_DUNNING_POLICY);
    expect(dunningPolicySchema.safeParse(FRENCH_DUNNING_POLICY).success).toBe(true);
  });

  it('refuses levels out of order with INVALID_POLICY and one issue per problem', () => {
    const error = failure(
      policyOf([
        email('late', { daysAfterDue: 30 }),
        email('early', { daysAfterDue: 7 }),
        email('monthEnd', { endOfMonthAfterDue: 2 }),
        email('monthEndBefore', { endOfMonthAfterDue: 1 }),
      ]),
    );
    expect(error.code).toBe('INVALID_POLICY');
    expect(issuesOf(error)).toEqual([
      'segments.business.levels.1.when.daysAfterDue:out_of_order',
      'segments.business.levels.3.when.endOfMonthAfterDue:out_of_order',
    ]);
  });

  it('refuses a courtesy reminder after a late-payment one, mixed timings and penalties before the due date', () => {
    const error = failure(
      policyOf([
        email('first', { daysAfterDue: 7 }),
        email('courtesy', { daysAfterDue: -3, daysAfterPreviousLevel: 2 }, true),
      ]),
    );
    expect(error.code).toBe('INVALID_POLICY');
    expect(issuesOf(error)).toEqual([
      'segments.business.levels.1.when:pre_due_mixed',
      'segments.business.levels.1.claimsPenalties:penalties_before_due',
      'segments.business.levels.1.when.daysAfterDue:out_of_order',
    ]);
    // After a level timed at the month-end only, the courtesy reminder is still misplaced.
    expect(
      issuesOf(
        failure(
          policyOf([
            email('monthEnd', { endOfMonthAfterDue: 0 }),
            email('courtesy', { daysAfterDue: -3 }),
          ]),
        ),
      ),
    ).toEqual(['segments.business.levels.1.when.daysAfterDue:out_of_order']);
  });

  it('refuses a first level counted from a previous one, a level without timing and twin ids', () => {
    const error = failure(
      policyOf([email('first', { daysAfterPreviousLevel: 7 }), email('first', {})]),
    );
    expect(issuesOf(error)).toEqual([
      'segments.business.levels.0.when.daysAfterPreviousLevel:no_previous_level',
      'segments.business.levels.1.id:duplicate_level_id',
      'segments.business.levels.1.when:no_timing',
    ]);
  });

  it('refuses a bad shape with INVALID_INPUT', () => {
    expect(failure({ segments: {} }).code).toBe('INVALID_INPUT');
    expect(issuesOf(failure({ segments: {} }))).toEqual(['segments:no_segment']);
    expect(failure(policyOf([])).code).toBe('INVALID_INPUT');
    expect(
      failure(policyOf([{ ...email('a', { daysAfterDue: 7 }), channel: 'task' } as never])).code,
    ).toBe('INVALID_INPUT');
    expect(
      failure({ ...policyOf([email('a', { daysAfterDue: 7 })]), minDaysBetweenMessages: 0 }).code,
    ).toBe('INVALID_INPUT');
    expect(failure('policy').code).toBe('INVALID_INPUT');
  });
});

describe('FRENCH_DUNNING_POLICY', () => {
  it('follows the usual calendars of reference section 11.1', () => {
    const offsets = (segment: keyof typeof FRENCH_DUNNING_POLICY.segments) =>
      FRENCH_DUNNING_POLICY.segments[segment]?.levels.map(
        (level) =>
          `${level.id}:${level.when.daysAfterDue ?? `+${level.when.daysAfterPreviousLevel}`}`,
      );
    expect(offsets('business')).toEqual([
      'preReminder:-5',
      'firstReminder:7',
      'secondReminder:+15',
      'phoneCall:+7',
      'formalNotice:+8',
    ]);
    expect(offsets('consumer')).toEqual([
      'preReminder:-3',
      'firstReminder:10',
      'secondReminder:+15',
      'phoneCall:+7',
      'formalNotice:+8',
    ]);
    expect(offsets('publicBuyer')).toEqual([
      'firstReminder:15',
      'secondReminder:+15',
      'phoneCall:+7',
      'finalNotice:+8',
    ]);
    expect(Object.isFrozen(FRENCH_DUNNING_POLICY.segments.business)).toBe(true);
  });
});
