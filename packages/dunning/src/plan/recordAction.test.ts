import { deepFreeze, isTpeError } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import type { DunningHistoryEntry } from '../input/DunningHistoryEntry.js';
import { FRENCH_DUNNING_POLICY } from '../policy/frenchDunningPolicy.js';
import type { DunningAction } from './DunningAction.js';
import { planDunning } from './planDunning.js';
import { recordAction } from './recordAction.js';

const [action] = planDunning({
  receivables: [
    {
      id: 'A',
      customerId: 'c-1',
      number: 'F-A',
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      amount: '10.00',
      outstanding: '10.00',
    },
    {
      id: 'B',
      customerId: 'c-1',
      number: 'F-B',
      issueDate: '2026-03-01',
      dueDate: '2026-03-30',
      amount: '20.00',
      outstanding: '20.00',
    },
  ],
  customers: [{ id: 'c-1', kind: 'business', name: 'Client' }],
  history: [],
  policy: FRENCH_DUNNING_POLICY,
  asOf: '2026-04-07',
  creditor: { name: 'Atelier' },
}).actions as [DunningAction];

describe('recordAction', () => {
  it('appends the action as carried out, without changing the history given', () => {
    const history: readonly DunningHistoryEntry[] = deepFreeze([
      { customerId: 'c-0', receivableIds: ['Z'], level: 0, channel: 'email', sentOn: '2026-01-02' },
    ]);
    const recorded = recordAction(history, action, { sentOn: '2026-04-09' });
    expect(recorded).toEqual([
      ...history,
      {
        customerId: 'c-1',
        receivableIds: ['B', 'A'],
        level: 1,
        channel: 'email',
        sentOn: '2026-04-09',
        actionId: '2026-04-07/c-1/firstReminder',
        kind: 'reminder',
      },
    ]);
    expect(history).toHaveLength(1);
  });

  it('refuses a day before the planned one, a bad date and a malformed action', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (isTpeError(error)) return `${error.code} ${error.issues[0]?.code}`;
      }
      return 'none';
    };
    expect(codeOf(() => recordAction([], action, { sentOn: '2026-04-06' }))).toBe(
      'INVALID_INPUT sent_before_planned',
    );
    expect(codeOf(() => recordAction([], action, { sentOn: '09/04/2026' }))).toBe(
      'INVALID_INPUT invalid_date',
    );
    expect(
      codeOf(() => recordAction([], { ...action, receivables: [] }, { sentOn: '2026-04-09' })),
    ).toBe('INVALID_INPUT too_small');
    expect(codeOf(() => recordAction('history' as never, action, { sentOn: '2026-04-09' }))).toBe(
      'INVALID_INPUT invalid_type',
    );
  });
});
