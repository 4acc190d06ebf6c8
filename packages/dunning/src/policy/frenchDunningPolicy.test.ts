import { describe, expect, it } from 'vitest';
import type { DunningLevel } from './DunningPolicy.js';
import { FRENCH_DUNNING_POLICY } from './frenchDunningPolicy.js';

/** A level as one line: id, timing, channel, template, penalties, formal notice, days to reply. */
function lineOf(level: DunningLevel): string {
  const { daysAfterDue, daysAfterPreviousLevel } = level.when;
  const when =
    daysAfterDue === undefined ? `previous + ${daysAfterPreviousLevel}` : `due ${daysAfterDue}`;
  return [
    level.id,
    when,
    level.channel,
    level.templateId,
    level.claimsPenalties ? 'penalties' : '-',
    level.formalNotice === true ? 'notice' : '-',
    level.replyWithinDays ?? '-',
  ].join(' | ');
}

describe('FRENCH_DUNNING_POLICY', () => {
  const { segments } = FRENCH_DUNNING_POLICY;

  it('gives businesses the ladder of its table', () => {
    expect(segments.business?.levels.map(lineOf)).toEqual([
      'preReminder | due -5 | email | preReminder | - | - | -',
      'firstReminder | due 7 | email | courteousReminder | - | - | -',
      'secondReminder | previous + 15 | email | firmReminder | penalties | - | -',
      'phoneCall | previous + 7 | phoneCall | firmReminder | penalties | - | -',
      'formalNotice | previous + 8 | registeredLetter | formalNotice | penalties | notice | 8',
    ]);
    expect(segments.business?.handOver).toEqual({ daysAfterLastLevel: 15, to: 'injunctionToPay' });
  });

  it('gives consumers the same ladder, later and with 15 days to answer the formal notice', () => {
    expect(segments.consumer?.levels.map(lineOf)).toEqual([
      'preReminder | due -3 | email | preReminder | - | - | -',
      'firstReminder | due 10 | email | courteousReminder | - | - | -',
      'secondReminder | previous + 15 | email | firmReminder | penalties | - | -',
      'phoneCall | previous + 7 | phoneCall | firmReminder | penalties | - | -',
      'formalNotice | previous + 8 | registeredLetter | formalNotice | penalties | notice | 15',
    ]);
    expect(segments.consumer?.handOver).toEqual({ daysAfterLastLevel: 15, to: 'injunctionToPay' });
  });

  it('gives public buyers no courtesy reminder, a letter and a final notice that is no formal notice', () => {
    expect(segments.publicBuyer?.levels.map(lineOf)).toEqual([
      'firstReminder | due 15 | email | courteousReminder | - | - | -',
      'secondReminder | previous + 15 | letter | firmReminder | penalties | - | -',
      'phoneCall | previous + 7 | phoneCall | firmReminder | penalties | - | -',
      'finalNotice | previous + 8 | registeredLetter | finalNotice | penalties | - | 15',
    ]);
    expect(segments.publicBuyer?.handOver).toEqual({
      daysAfterLastLevel: 30,
      to: 'administrativeJudge',
    });
  });

  it('holds nothing more: no other segment, no other field of a level', () => {
    expect(Object.keys(segments)).toEqual(['business', 'consumer', 'publicBuyer']);
    const fields = Object.values(segments).flatMap((segment) =>
      segment.levels.map((level) => Object.keys(level).join(',')),
    );
    expect(new Set(fields)).toEqual(
      new Set([
        'id,when,channel,templateId,claimsPenalties',
        'id,when,channel,templateId,claimsPenalties,formalNotice,replyWithinDays',
        'id,when,channel,templateId,claimsPenalties,replyWithinDays',
      ]),
    );
    expect(Object.keys(FRENCH_DUNNING_POLICY)).toEqual([
      'segments',
      'businessDaysOnly',
      'minDaysBetweenMessages',
      'groupReceivables',
    ]);
    expect(FRENCH_DUNNING_POLICY.minDaysBetweenMessages).toBe(5);
    expect(FRENCH_DUNNING_POLICY.businessDaysOnly).toBe(true);
    expect(FRENCH_DUNNING_POLICY.groupReceivables).toBe(true);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(FRENCH_DUNNING_POLICY)).toBe(true);
    expect(Object.isFrozen(segments.business?.levels[3])).toBe(true);
  });
});
