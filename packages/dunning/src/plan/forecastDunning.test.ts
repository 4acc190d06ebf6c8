import { addDays, isTpeError } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import type { DunningHistoryEntry } from '../input/DunningHistoryEntry.js';
import type { Receivable } from '../input/Receivable.js';
import { FRENCH_DUNNING_POLICY } from '../policy/frenchDunningPolicy.js';
import type { DunningAction } from './DunningAction.js';
import { type ForecastDunningInput, forecastDunning } from './forecastDunning.js';
import { planDunning } from './planDunning.js';
import { recordAction } from './recordAction.js';

function invoice(id: string, customerId: string, dueDate: string, amount: string): Receivable {
  return {
    id,
    customerId,
    number: `F-${id}`,
    issueDate: addDays(dueDate, -30),
    dueDate,
    amount,
    outstanding: amount,
  };
}

const ledger: ForecastDunningInput = {
  receivables: [
    invoice('A', 'c-1', '2026-01-15', '1200.00'),
    invoice('B', 'c-1', '2026-02-10', '450.00'),
    invoice('C', 'c-2', '2026-01-31', '80.00'),
    invoice('D', 'c-3', '2026-02-27', '5000.00'),
  ],
  customers: [
    { id: 'c-1', kind: 'business', name: 'Boulangerie Martin SARL' },
    { id: 'c-2', kind: 'consumer', name: 'Jeanne Durand', calendarRegion: 'alsaceMoselle' },
    { id: 'c-3', kind: 'publicBuyer', name: 'Commune de Sélestat' },
  ],
  history: [],
  policy: FRENCH_DUNNING_POLICY,
  creditor: { name: 'Atelier Lumière SARL' },
};

/** Runs planDunning every day and records every action as sent that day. */
function runEveryDay(input: ForecastDunningInput, from: string, to: string) {
  let history: readonly DunningHistoryEntry[] = input.history;
  const actions: DunningAction[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const action of planDunning({ ...input, history, asOf: day }).actions) {
      actions.push(action);
      history = recordAction(history, action, { sentOn: day });
    }
  }
  return { actions, history };
}

describe('forecastDunning', () => {
  it('gives what running planDunning every day and recording every action gives', () => {
    const forecast = forecastDunning(ledger, { from: '2026-01-01', to: '2026-06-30' });
    const daily = runEveryDay(ledger, '2026-01-01', '2026-06-30');
    expect(forecast.actions).toEqual(daily.actions);
    expect(forecast.history).toEqual(daily.history);
    expect(forecast.actions.length).toBeGreaterThan(12);
  });

  it("takes the input's history into account from its day", () => {
    // R1 of A sent late, on 2026-01-26: the firm reminder follows 15 days later, on 2026-02-10; B, due
    // 2026-02-10, gets its courtesy reminder on 2026-02-05, then joins A at the call on 2026-02-17
    // (A: 10/02 + 7; B: 10/02 + 7 for its first reminder) and the formal notice on 2026-02-25 (17/02 + 8).
    const history: DunningHistoryEntry[] = [
      { customerId: 'c-1', receivableIds: ['A'], level: 1, channel: 'email', sentOn: '2026-01-26' },
    ];
    const forecast = forecastDunning(
      { ...ledger, history },
      { from: '2026-01-27', to: '2026-02-28' },
    );
    const daily = runEveryDay({ ...ledger, history }, '2026-01-27', '2026-02-28');
    expect(forecast.actions).toEqual(daily.actions);
    expect(
      forecast.actions
        .filter((action) => action.customerId === 'c-1')
        .map(
          (action) =>
            `${action.date} ${action.levelId} ${action.receivables.map((line) => line.receivableId).join('+')}`,
        ),
    ).toEqual([
      '2026-02-05 preReminder B',
      '2026-02-10 secondReminder A',
      '2026-02-17 phoneCall A+B',
      '2026-02-25 formalNotice A+B',
    ]);
  });

  it('refuses a reversed or too long range', () => {
    const codeOf = (from: string, to: string) => {
      try {
        forecastDunning(ledger, { from, to });
      } catch (error) {
        if (isTpeError(error)) return error.issues[0]?.code;
      }
      return 'none';
    };
    expect(codeOf('2026-02-01', '2026-01-31')).toBe('range_reversed');
    expect(codeOf('2026-01-01', '2028-01-02')).toBe('range_too_long');
    expect(codeOf('2026-01-01', '2026-13-01')).toBe('invalid_date');
  });
});
