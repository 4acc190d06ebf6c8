import { addDays, deepFreeze } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import type { DunningCustomer } from '../input/DunningCustomer.js';
import type { DunningHistoryEntry } from '../input/DunningHistoryEntry.js';
import type { Receivable } from '../input/Receivable.js';
import type { PaymentPlan } from '../paymentPlans/PaymentPlan.js';
import type { DunningPolicy } from '../policy/DunningPolicy.js';
import { FRENCH_DUNNING_POLICY } from '../policy/frenchDunningPolicy.js';
import type { DunningAction } from './DunningAction.js';
import { forecastDunning } from './forecastDunning.js';
import type { PlanDunningInput } from './PlanDunningInput.js';
import { planDunning } from './planDunning.js';
import { recordAction } from './recordAction.js';

const creditor = { name: 'Atelier Lumière SARL', iban: 'FR7630006000011234567890189' };

function invoice(
  id: string,
  dueDate: string,
  amount: string,
  extra: Partial<Receivable> = {},
): Receivable {
  return {
    id,
    customerId: 'c-1',
    number: `F-${id}`,
    issueDate: addDays(dueDate, -30),
    dueDate,
    amount,
    outstanding: amount,
    ...extra,
  };
}

function customer(
  kind: DunningCustomer['kind'],
  extra: Partial<DunningCustomer> = {},
): DunningCustomer {
  return { id: 'c-1', kind, name: 'Client Martin', ...extra };
}

function reminder(level: number, sentOn: string, receivableIds = ['A']): DunningHistoryEntry {
  return { customerId: 'c-1', receivableIds, level, channel: 'email', sentOn };
}

function input(
  receivables: readonly Receivable[],
  customers: readonly DunningCustomer[],
  asOf: string,
  history: readonly DunningHistoryEntry[] = [],
  more: Partial<PlanDunningInput> = {},
): PlanDunningInput {
  return {
    receivables,
    customers,
    history,
    policy: FRENCH_DUNNING_POLICY,
    asOf,
    creditor,
    ...more,
  };
}

/** `date level-or-task` of each action. */
function calendar(actions: readonly DunningAction[]): string[] {
  return actions.map((action) => `${action.date} ${action.levelId ?? action.kind}`);
}

function forecast(plan: PlanDunningInput, from: string, to: string): readonly DunningAction[] {
  const { asOf: _asOf, ...rest } = plan;
  return forecastDunning(rest, { from, to }).actions;
}

describe('planDunning, a business customer (reference GC-30)', () => {
  const plan = input(
    [invoice('A', '2026-03-31', '1200.00', { issueDate: '2026-03-01' })],
    [customer('business')],
    '2026-03-01',
  );
  const actions = forecast(plan, '2026-03-01', '2027-02-28');

  it('sends each level on its day, each counted from the previous one', () => {
    // Courtesy: 31/03 − 5 = 26/03 (Thu); R1: 31/03 + 7 = 07/04 (Tue); R2: 07/04 + 15 = 22/04 (Wed);
    // call: 22/04 + 7 = 29/04; formal notice: 29/04 + 8 = 07/05 (Thu, 08/05 is a holiday but not hit);
    // hand-over: 07/05 + 15 = 22/05 (Fri).
    expect(calendar(actions)).toEqual([
      '2026-03-26 preReminder',
      '2026-04-07 firstReminder',
      '2026-04-22 secondReminder',
      '2026-04-29 phoneCall',
      '2026-05-07 formalNotice',
      '2026-05-22 handOver',
    ]);
    expect(actions.map((action) => [action.level, action.channel])).toEqual([
      [0, 'email'],
      [1, 'email'],
      [2, 'email'],
      [3, 'phoneCall'],
      [4, 'registeredLetter'],
      [5, 'task'],
    ]);
  });

  it('claims penalties at 12.15 % and 40 € from the firm reminder on', () => {
    // 1200 × 12.15 % = 145.80 a year; R2: × 22/365 = 8.7879… → 8.79; call: × 29/365 = 11.5841… → 11.58;
    // notice: × 37/365 = 14.7797… → 14.78; hand-over: × 52/365 = 20.7715… → 20.77.
    expect(actions.map((action) => action.amounts.claimed)).toEqual([
      '1200.00',
      '1200.00',
      '1248.79',
      '1251.58',
      '1254.78',
      '1260.77',
    ]);
    const notice = actions[4] as DunningAction;
    expect(notice.receivables).toEqual([
      {
        receivableId: 'A',
        number: 'F-A',
        issueDate: '2026-03-01',
        dueDate: '2026-03-31',
        amount: '1200.00',
        outstanding: '1200.00',
        daysLate: 37,
        penalty: '14.78',
        indemnity: '40.00',
        previousLevel: 3,
      },
    ]);
    expect(notice.replyBy).toBe('2026-05-15');
    expect(notice.message?.subject).toContain('Mise en demeure');
    expect(actions[5]?.task).toEqual({ kind: 'handOver', to: 'injunctionToPay' });
    expect(actions[5]?.message).toBeUndefined();
  });

  it('explains the level and the day', () => {
    const second = actions[2] as DunningAction;
    expect(second.id).toBe('2026-04-22/c-1/secondReminder');
    expect(second.trace.map((step) => step.rule)).toEqual([
      'level',
      'afterDueDate',
      'daysAfterPreviousLevel',
      'afterPreviousLevel',
      'minimumGap',
      'penalties',
    ]);
    expect(second.trace[2]?.message).toBe(
      'Level 1 actually sent on 2026-04-07 + 15 day(s) = 2026-04-22',
    );
  });
});

describe('planDunning, a consumer over a year', () => {
  const actions = forecast(
    input(
      [invoice('A', '2025-01-15', '300.00', { issueDate: '2024-12-16' })],
      [customer('consumer')],
      '2025-01-01',
    ),
    '2025-01-01',
    '2025-12-31',
  );

  it('keeps the consumer calendar, moved off weekends', () => {
    // Courtesy: 15/01 − 3 = 12/01 (Sun) → 13/01; R1: 15/01 + 10 = 25/01 (Sat) → 27/01; R2: 27/01 + 15 = 11/02;
    // call: 18/02; formal notice: 18/02 + 8 = 26/02; hand-over: 26/02 + 15 = 13/03.
    expect(calendar(actions)).toEqual([
      '2025-01-13 preReminder',
      '2025-01-27 firstReminder',
      '2025-02-11 secondReminder',
      '2025-02-18 phoneCall',
      '2025-02-26 formalNotice',
      '2025-03-13 handOver',
    ]);
  });

  it('claims no indemnity, and legal interest only from the day after the formal notice', () => {
    // Until the notice nothing runs; then 27/02 → 13/03 = 15 days at the legal rate 2025 H1 (other cases) 3.71 %:
    // 300 × 3.71 % × 15/365 = 0.4573… → 0.46.
    expect(actions.map((action) => [action.amounts.penalties, action.amounts.indemnities])).toEqual(
      [
        ['0.00', '0.00'],
        ['0.00', '0.00'],
        ['0.00', '0.00'],
        ['0.00', '0.00'],
        ['0.00', '0.00'],
        ['0.46', '0.00'],
      ],
    );
    expect(actions[4]?.replyBy).toBe('2025-03-13');
  });
});

describe('planDunning, a public buyer', () => {
  const actions = forecast(
    input(
      [invoice('A', '2025-02-27', '5000.00', { issueDate: '2025-01-28' })],
      [customer('publicBuyer')],
      '2025-01-01',
    ),
    '2025-01-01',
    '2025-12-31',
  );

  it('has no courtesy reminder, a final notice and the administrative judge', () => {
    // R1: 27/02 + 15 = 14/03 (Fri); R2: 14/03 + 15 = 29/03 (Sat) → 31/03; call: 07/04; final notice: 15/04;
    // hand-over: 15/04 + 30 = 15/05.
    expect(calendar(actions)).toEqual([
      '2025-03-14 firstReminder',
      '2025-03-31 secondReminder',
      '2025-04-07 phoneCall',
      '2025-04-15 finalNotice',
      '2025-05-15 handOver',
    ]);
    expect(actions[4]?.task).toEqual({ kind: 'handOver', to: 'administrativeJudge' });
  });

  it('claims moratory interest fixed at the rate of the half-year it started in, and 40 €', () => {
    // ECB rate on 2025-01-01 3.15 % + 8 = 11.15 %, kept for the whole delay; 28/02 → 31/03 = 32 days:
    // 5000 × 11.15 % × 32/365 = 48.8767… → 48.88.
    expect(actions[1]?.amounts).toEqual({
      currency: 'EUR',
      outstanding: '5000.00',
      penalties: '48.88',
      indemnities: '40.00',
      claimed: '5088.88',
      credits: '0.00',
    });
  });
});

describe('planDunning, business days', () => {
  it('moves a reminder due on a public holiday to the next business day', () => {
    // Due 07/05/2026: courtesy 02/05 (Sat) → 04/05; R1 07/05 + 7 = 14/05, Ascension → 15/05.
    const actions = forecast(
      input([invoice('A', '2026-05-07', '800.00')], [customer('business')], '2026-05-01'),
      '2026-05-01',
      '2026-05-20',
    );
    expect(calendar(actions)).toEqual(['2026-05-04 preReminder', '2026-05-15 firstReminder']);
    expect(actions[1]?.trace.find((step) => step.rule === 'businessDay')).toEqual({
      rule: 'businessDay',
      article: 'C. trav. L3133-1',
      message: '2026-05-14 is not a business day (national calendar): sent on 2026-05-15',
      values: { planned: '2026-05-14', sending: '2026-05-15', region: 'national' },
    });
  });

  it("follows the customer's calendar region", () => {
    // Due 27/03/2026: R1 = 03/04, Good Friday in Alsace-Moselle, then the weekend and Easter Monday → 07/04.
    const receivables = [invoice('A', '2026-03-27', '800.00')];
    const national = forecast(
      input(receivables, [customer('business')], '2026-03-28'),
      '2026-03-28',
      '2026-04-10',
    );
    const alsace = forecast(
      input(receivables, [customer('business', { calendarRegion: 'alsaceMoselle' })], '2026-03-28'),
      '2026-03-28',
      '2026-04-10',
    );
    expect(calendar(national)).toEqual(['2026-04-03 firstReminder']);
    expect(calendar(alsace)).toEqual(['2026-04-07 firstReminder']);
  });

  it('may send on any day', () => {
    const anyDay: DunningPolicy = { ...FRENCH_DUNNING_POLICY, businessDaysOnly: false };
    const actions = forecast(
      input([invoice('A', '2026-05-07', '800.00')], [customer('business')], '2026-05-01', [], {
        policy: anyDay,
      }),
      '2026-05-01',
      '2026-05-20',
    );
    expect(calendar(actions)).toEqual(['2026-05-02 preReminder', '2026-05-14 firstReminder']);
  });
});

describe('planDunning, idempotent and catching up', () => {
  const ledger = [invoice('A', '2026-03-31', '1200.00')];

  it('dates a level from the day the previous one was really sent', () => {
    // R1 planned on 07/04 but sent on 10/04: R2 = 10/04 + 15 = 25/04 (Sat) → 27/04.
    const history = [reminder(1, '2026-04-10')];
    expect(
      planDunning(input(ledger, [customer('business')], '2026-04-22', history)).actions,
    ).toEqual([]);
    expect(
      planDunning(input(ledger, [customer('business')], '2026-04-24', history)).actions,
    ).toEqual([]);
    const [action] = planDunning(
      input(ledger, [customer('business')], '2026-04-27', history),
    ).actions;
    expect(action?.levelId).toBe('secondReminder');
    expect(action?.trace.map((step) => step.message)).toContain(
      'Level 1 actually sent on 2026-04-10 + 15 day(s) = 2026-04-25',
    );
  });

  it('catches up after weeks without a run with one action at the next level', () => {
    // Nothing sent, first run on 20/05: one first reminder (the courtesy one has expired), not five letters.
    const plan = planDunning(input(ledger, [customer('business')], '2026-05-20'));
    expect(calendar(plan.actions)).toEqual(['2026-05-20 firstReminder']);
    const trace = plan.actions[0]?.trace ?? [];
    expect(trace.map((step) => step.rule)).toContain('catchUp');
    expect(trace.map((step) => step.rule)).toContain('courtesyExpired');
    // Recorded, the same day gives nothing; the next level counts from 20/05: 20/05 + 15 = 04/06.
    const history = recordAction([], plan.actions[0] as DunningAction, { sentOn: '2026-05-20' });
    expect(
      planDunning(input(ledger, [customer('business')], '2026-05-20', history)).actions,
    ).toEqual([]);
    expect(
      planDunning(input(ledger, [customer('business')], '2026-06-03', history)).actions,
    ).toEqual([]);
    expect(
      calendar(planDunning(input(ledger, [customer('business')], '2026-06-04', history)).actions),
    ).toEqual(['2026-06-04 secondReminder']);
  });

  it('gives the same actions for the same input, and never changes it', () => {
    const frozen = deepFreeze(
      input(ledger, [customer('business')], '2026-04-22', [reminder(1, '2026-04-07')]),
    );
    const copy = JSON.parse(JSON.stringify(frozen));
    const first = planDunning(frozen);
    expect(planDunning(frozen)).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(
      JSON.parse(JSON.stringify(planDunning(frozen))),
    );
    expect(frozen).toEqual(copy);
  });
});

describe('planDunning, what happens between levels', () => {
  const history = [reminder(1, '2026-04-07')];

  it('claims what is left after a partial payment, with interest on each balance', () => {
    // 1200 from 01/04 to 15/04 (15 days): 145.80 × 15/365 = 5.9918; 700 from 16/04 to 22/04 (7 days):
    // 700 × 12.15 % × 7/365 = 1.6311; 7.6229 → 7.62.
    const paid = invoice('A', '2026-03-31', '1200.00', {
      outstanding: '700.00',
      payments: [{ date: '2026-04-15', amount: '500.00' }],
    });
    const [action] = planDunning(
      input([paid], [customer('business')], '2026-04-22', history),
    ).actions;
    expect(action?.amounts).toEqual({
      currency: 'EUR',
      outstanding: '700.00',
      penalties: '7.62',
      indemnities: '40.00',
      claimed: '747.62',
      credits: '0.00',
    });
    // As of 07/04, the payment of 15/04 had not come: 1200.00 was owed.
    const [before] = planDunning(input([paid], [customer('business')], '2026-04-07')).actions;
    expect(before?.amounts.outstanding).toBe('1200.00');
  });

  it('suspends a disputed receivable and resumes when the dispute is settled', () => {
    const disputed = invoice('A', '2026-03-31', '1200.00', {
      disputed: { reason: 'Colis abîmé', since: '2026-04-10', resolvedOn: '2026-05-04' },
    });
    const during = planDunning(input([disputed], [customer('business')], '2026-04-22', history));
    expect(during.actions).toEqual([]);
    expect(during.skipped).toEqual([
      {
        customerId: 'c-1',
        receivableId: 'A',
        reason: 'disputed',
        until: '2026-05-03',
        detail: 'Colis abîmé',
      },
    ]);
    const [after] = planDunning(
      input([disputed], [customer('business')], '2026-05-04', history),
    ).actions;
    // 34 days: 145.80 × 34/365 = 13.5814 → 13.58
    expect([after?.levelId, after?.amounts.penalties]).toEqual(['secondReminder', '13.58']);
    expect(after?.trace.find((step) => step.rule === 'resumed')?.message).toBe(
      'F-A: dispute settled on 2026-05-04: dunning resumes',
    );
  });

  it('waits for a promise to pay, then resumes at the next level once it is broken', () => {
    const promised = invoice('A', '2026-03-31', '1200.00', {
      promiseToPay: { until: '2026-04-30', agreedOn: '2026-04-20' },
    });
    const plan = (asOf: string) =>
      planDunning(input([promised], [customer('business')], asOf, history));
    expect(plan('2026-04-22').skipped).toEqual([
      {
        customerId: 'c-1',
        receivableId: 'A',
        reason: 'promiseToPay',
        until: '2026-04-30',
        detail: undefined,
      },
    ]);
    expect(plan('2026-04-30').actions).toEqual([]);
    // Broken from 01/05, a holiday, then the weekend: the firm reminder goes on 04/05.
    expect(plan('2026-05-01').actions).toEqual([]);
    const [action] = plan('2026-05-04').actions;
    expect(action?.levelId).toBe('secondReminder');
    expect(action?.trace.find((step) => step.rule === 'resumed')?.message).toBe(
      'F-A: promise to pay by 2026-04-30 not kept: dunning resumes',
    );
  });

  it('stops reminders in an insolvency procedure and proposes to declare the claims born before it', () => {
    const insolvent = customer('business', {
      insolvency: { procedure: 'receivership', openedOn: '2026-04-20' },
    });
    const receivables = [
      invoice('A', '2026-03-31', '1200.00', { issueDate: '2026-03-01' }),
      invoice('B', '2026-05-25', '300.00', { issueDate: '2026-04-25' }),
    ];
    const plan = planDunning(input(receivables, [insolvent], '2026-04-27', history));
    expect(plan.skipped.map((skip) => [skip.receivableId, skip.reason])).toEqual([
      ['A', 'insolvency'],
      ['B', 'insolvency'],
    ]);
    const [declaration] = plan.actions;
    expect(plan.actions).toHaveLength(1);
    expect(declaration?.kind).toBe('claimDeclaration');
    expect(declaration?.receivables.map((line) => line.receivableId)).toEqual(['A']);
    // Interest up to the day before the opening: 01/04 → 19/04 = 19 days: 145.80 × 19/365 = 7.5896 → 7.59; no indemnity.
    expect(declaration?.amounts).toEqual({
      currency: 'EUR',
      outstanding: '1200.00',
      penalties: '7.59',
      indemnities: '0.00',
      claimed: '1207.59',
      credits: '0.00',
    });
    expect(declaration?.task).toEqual({
      kind: 'claimDeclaration',
      procedure: 'receivership',
      openedOn: '2026-04-20',
      declareBy: '2026-06-20',
    });
    const recorded = recordAction(history, declaration as DunningAction, { sentOn: '2026-04-27' });
    expect(planDunning(input(receivables, [insolvent], '2026-04-28', recorded)).actions).toEqual(
      [],
    );
  });

  it("groups a customer's receivables at the highest level due in one message", () => {
    // A reached level 1 on 07/04, its firm reminder is due on 22/04; B (due 10/04) is due for its first reminder.
    const receivables = [
      invoice('A', '2026-03-31', '1200.00'),
      invoice('B', '2026-04-10', '600.00'),
    ];
    const plan = planDunning(input(receivables, [customer('business')], '2026-04-22', history));
    expect(plan.actions).toHaveLength(1);
    const [action] = plan.actions;
    expect(action?.levelId).toBe('secondReminder');
    // B: 600 × 12.15 % × 12/365 = 2.3967 → 2.40
    expect(
      action?.receivables.map((line) => [
        line.receivableId,
        line.previousLevel,
        line.penalty,
        line.indemnity,
      ]),
    ).toEqual([
      ['A', 1, '8.79', '40.00'],
      ['B', -1, '2.40', '40.00'],
    ]);
    expect(action?.amounts.claimed).toBe('1891.19');
    expect(action?.trace.find((step) => step.rule === 'grouping')?.message).toBe(
      '2 receivables of Client Martin due for a level grouped at the highest one, 2: F-A (level 2), F-B (level 1)',
    );
    expect(action?.message?.subject).toBeTruthy();
  });

  it('sends one message per level when grouping is off', () => {
    const receivables = [
      invoice('A', '2026-03-31', '1200.00'),
      invoice('B', '2026-04-10', '600.00'),
    ];
    const policy: DunningPolicy = { ...FRENCH_DUNNING_POLICY, groupReceivables: false };
    const plan = planDunning(
      input(receivables, [customer('business')], '2026-04-22', history, { policy }),
    );
    expect(
      plan.actions.map((action) => [
        action.id,
        action.receivables.map((line) => line.receivableId),
      ]),
    ).toEqual([
      ['2026-04-22/c-1/firstReminder', ['B']],
      ['2026-04-22/c-1/secondReminder', ['A']],
    ]);
  });
});

describe('planDunning, receivables left out', () => {
  it('says why each receivable gets no action', () => {
    const receivables = [
      invoice('paid', '2026-03-31', '100.00', { outstanding: '0.00' }),
      invoice('excluded', '2026-03-31', '100.00', { excluded: { reason: 'Contentieux' } }),
      invoice('future', '2026-06-30', '100.00', { issueDate: '2026-05-01' }),
      invoice('late', '2026-03-31', '100.00'),
    ];
    const plan = planDunning(input(receivables, [customer('business')], '2026-04-08'));
    expect(plan.skipped.map((skip) => [skip.receivableId, skip.reason, skip.detail])).toEqual([
      ['paid', 'paid', undefined],
      ['excluded', 'excluded', 'Contentieux'],
      ['future', 'notIssued', undefined],
    ]);
    expect(calendar(plan.actions)).toEqual(['2026-04-08 firstReminder']);
    // Open and past due: 'excluded' and 'late', 100.00 each.
    expect(plan.trace.find((step) => step.rule === 'late')?.values).toEqual({
      currency: 'EUR',
      count: '2',
      outstanding: '200.00',
    });
    const never = customer('business', { overrides: { noDunning: { reason: 'Grand compte' } } });
    expect(
      planDunning(input([invoice('late', '2026-03-31', '100.00')], [never], '2026-04-08')).skipped,
    ).toEqual([
      {
        customerId: 'c-1',
        receivableId: 'late',
        reason: 'noDunning',
        until: undefined,
        detail: 'Grand compte',
      },
    ]);
  });

  it('waits for the minimum gap between two messages to a customer', () => {
    // A message went on 20/04: with 5 days, nothing before 25/04.
    const receivables = [invoice('A', '2026-03-31', '1200.00')];
    const history = [
      reminder(1, '2026-04-07'),
      { ...reminder(0, '2026-04-20'), receivableIds: ['gone'] },
    ];
    const plan = planDunning(input(receivables, [customer('business')], '2026-04-22', history));
    expect(plan.skipped).toEqual([
      {
        customerId: 'c-1',
        receivableId: 'A',
        reason: 'minimumGap',
        until: '2026-04-25',
        detail: undefined,
      },
    ]);
    const patient = customer('business', { overrides: { minDaysBetweenMessages: 1 } });
    expect(
      calendar(planDunning(input(receivables, [patient], '2026-04-22', history)).actions),
    ).toEqual(['2026-04-22 secondReminder']);
  });

  it('does not dun a customer whose credits cover what is late', () => {
    const receivables = [
      invoice('A', '2026-03-31', '100.00'),
      invoice('credit', '2026-03-31', '150.00', { kind: 'creditNote' }),
    ];
    const plan = planDunning(input(receivables, [customer('business')], '2026-04-08'));
    expect(plan.actions).toEqual([]);
    expect(plan.skipped.map((skip) => skip.reason)).toEqual(['coveredByCredits']);
  });

  it('keeps a receivable at its level below the minimum of the next one', () => {
    const policy: DunningPolicy = {
      segments: {
        business: {
          levels: [
            {
              id: 'reminder',
              when: { daysAfterDue: 7 },
              channel: 'email',
              templateId: 'courteousReminder',
              claimsPenalties: false,
            },
            {
              id: 'notice',
              when: { daysAfterPreviousLevel: 10 },
              channel: 'registeredLetter',
              templateId: 'formalNotice',
              claimsPenalties: true,
              formalNotice: true,
              minimumOutstanding: '50.00',
            },
          ],
        },
      },
    };
    const small = [invoice('A', '2026-03-31', '30.00')];
    const plan = planDunning(
      input(small, [customer('business')], '2026-04-20', [reminder(0, '2026-04-07')], { policy }),
    );
    expect(plan.skipped).toEqual([
      {
        customerId: 'c-1',
        receivableId: 'A',
        reason: 'belowMinimum',
        until: undefined,
        detail: '50.00',
      },
    ]);
    const large = [invoice('A', '2026-03-31', '50.00')];
    expect(
      calendar(
        planDunning(
          input(large, [customer('business')], '2026-04-20', [reminder(0, '2026-04-07')], {
            policy,
          }),
        ).actions,
      ),
    ).toEqual(['2026-04-20 notice']);
  });

  it('claims only the instalments due', () => {
    const split = invoice('A', '2026-04-30', '1200.00', {
      issueDate: '2026-03-01',
      instalments: [
        { dueDate: '2026-03-31', amount: '600.00' },
        { dueDate: '2026-04-30', amount: '600.00' },
      ],
    });
    const [first] = planDunning(input([split], [customer('business')], '2026-04-07')).actions;
    expect([first?.levelId, first?.receivables[0]?.dueDate, first?.amounts.outstanding]).toEqual([
      'firstReminder',
      '2026-03-31',
      '600.00',
    ]);
    // 600 × 12.15 % × 22/365 = 4.3940 → 4.39
    const [second] = planDunning(
      input([split], [customer('business')], '2026-04-22', history()),
    ).actions;
    expect([second?.amounts.outstanding, second?.amounts.penalties]).toEqual(['600.00', '4.39']);

    function history() {
      return [reminder(1, '2026-04-07')];
    }
  });
});

describe('planDunning, payment plans', () => {
  const history = [reminder(1, '2026-04-07')];
  const plan: PaymentPlan = {
    id: 'plan-1',
    customerId: 'c-1',
    receivableIds: ['A'],
    agreedOn: '2026-04-20',
    instalments: [
      { dueDate: '2026-05-05', amount: '600.00' },
      { dueDate: '2026-06-05', amount: '600.00' },
    ],
  };

  it('suspends dunning while the plan is kept', () => {
    const unpaid = [invoice('A', '2026-03-31', '1200.00')];
    expect(
      planDunning(
        input(unpaid, [customer('business')], '2026-04-22', history, { paymentPlans: [plan] }),
      ).skipped,
    ).toEqual([
      {
        customerId: 'c-1',
        receivableId: 'A',
        reason: 'paymentPlan',
        until: '2026-05-05',
        detail: 'plan-1',
      },
    ]);
    const halfPaid = [
      invoice('A', '2026-03-31', '1200.00', {
        outstanding: '600.00',
        payments: [{ date: '2026-05-05', amount: '600.00' }],
      }),
    ];
    expect(
      planDunning(
        input(halfPaid, [customer('business')], '2026-05-20', history, { paymentPlans: [plan] }),
      ).skipped[0]?.until,
    ).toBe('2026-06-05');
  });

  it('resumes at the next level when an instalment is missed', () => {
    const unpaid = [invoice('A', '2026-03-31', '1200.00')];
    const [resumed] = planDunning(
      input(unpaid, [customer('business')], '2026-05-06', history, { paymentPlans: [plan] }),
    ).actions;
    expect(resumed?.levelId).toBe('secondReminder');
    // Second instalment missed: missed from 06/06 (Sat), sent on Monday 08/06. Interest: 1200 × 35 days
    // (01/04 → 05/05) = 13.9808 + 600 × 34 days (06/05 → 08/06) = 6.7907; 20.7715 → 20.77.
    const halfPaid = [
      invoice('A', '2026-03-31', '1200.00', {
        outstanding: '600.00',
        payments: [{ date: '2026-05-05', amount: '600.00' }],
      }),
    ];
    const run = (asOf: string) =>
      planDunning(input(halfPaid, [customer('business')], asOf, history, { paymentPlans: [plan] }));
    expect(run('2026-06-05').actions).toEqual([]);
    expect(run('2026-06-06').actions).toEqual([]);
    const [late] = run('2026-06-08').actions;
    expect([
      late?.levelId,
      late?.amounts.outstanding,
      late?.amounts.penalties,
      late?.amounts.claimed,
    ]).toEqual(['secondReminder', '600.00', '20.77', '660.77']);
    expect(late?.trace.find((step) => step.rule === 'resumed')?.message).toBe(
      'F-A: payment plan plan-1 not kept (an instalment missed, counted from 2026-06-06): dunning resumes at the next level',
    );
  });
});

describe('planDunning, bad input', () => {
  const ledger = [invoice('A', '2026-03-31', '1200.00')];

  it('names an unknown customer', () => {
    const error = caughtTpeError(() =>
      planDunning(
        input(
          [{ ...invoice('A', '2026-03-31', '1.00'), customerId: 'c-9' }],
          [customer('business')],
          '2026-04-07',
        ),
      ),
    );
    expect(error.code).toBe('UNKNOWN_CUSTOMER');
    expect(error.details).toEqual({ customerId: 'c-9' });
    expect(error.issues[0]?.path).toEqual(['receivables', 0, 'customerId']);
  });

  it('refuses an outstanding above the amount with its path', () => {
    const error = caughtTpeError(() =>
      planDunning(
        input(
          [{ ...invoice('A', '2026-03-31', '1200.00'), outstanding: '1300.00' }],
          [customer('business')],
          '2026-04-07',
        ),
      ),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['receivables.0.outstanding', 'exceeds_amount'],
    ]);
  });

  it('refuses levels out of order, an unknown segment and an unknown template', () => {
    const outOfOrder: DunningPolicy = {
      segments: {
        business: {
          levels: [
            {
              id: 'late',
              when: { daysAfterDue: 30 },
              channel: 'email',
              templateId: 'firmReminder',
              claimsPenalties: true,
            },
            {
              id: 'early',
              when: { daysAfterDue: 7 },
              channel: 'email',
              templateId: 'courteousReminder',
              claimsPenalties: false,
            },
          ],
        },
      },
    };
    const error = caughtTpeError(() =>
      planDunning(input(ledger, [customer('business')], '2026-04-07', [], { policy: outOfOrder })),
    );
    expect([error.code, error.issues[0]?.path.join('.'), error.issues[0]?.code]).toEqual([
      'INVALID_POLICY',
      'policy.segments.business.levels.1.when.daysAfterDue',
      'out_of_order',
    ]);
    const segment = caughtTpeError(() =>
      planDunning(input(ledger, [customer('business', { segment: 'vip' })], '2026-04-07')),
    );
    expect([segment.code, segment.issues[0]?.path.join('.'), segment.issues[0]?.code]).toEqual([
      'INVALID_POLICY',
      'customers.0.segment',
      'unknown_segment',
    ]);
    const template: DunningPolicy = {
      segments: {
        business: {
          levels: [
            {
              id: 'one',
              when: { daysAfterDue: 7 },
              channel: 'email',
              templateId: 'nudge',
              claimsPenalties: false,
            },
          ],
        },
      },
    };
    expect(
      caughtTpeError(() =>
        planDunning(input(ledger, [customer('business')], '2026-04-07', [], { policy: template })),
      ).issues[0]?.code,
    ).toBe('unknown_template');
  });

  it('refuses twin ids, unknown receivables of a plan and history of another customer', () => {
    const twins = [invoice('A', '2026-03-31', '1.00'), invoice('A', '2026-03-31', '2.00')];
    expect(
      caughtTpeError(() =>
        planDunning(
          input(twins, [customer('business')], '2026-04-07', [reminder(1, '2026-04-07')]),
        ),
      ).issues[0]?.code,
    ).toBe('duplicate_id');
    const plan: PaymentPlan = {
      id: 'p',
      customerId: 'c-1',
      receivableIds: ['Z'],
      agreedOn: '2026-04-01',
      instalments: [{ dueDate: '2026-05-01', amount: '1.00' }],
    };
    const unknown = caughtTpeError(() =>
      planDunning(
        input(ledger, [customer('business')], '2026-04-07', [], { paymentPlans: [plan] }),
      ),
    );
    expect([unknown.code, unknown.details]).toEqual(['UNKNOWN_RECEIVABLE', { receivableId: 'Z' }]);
    const stranger = caughtTpeError(() =>
      planDunning(
        input(ledger, [customer('business')], '2026-04-07', [
          { ...reminder(1, '2026-04-07'), customerId: 'c-9' },
        ]),
      ),
    );
    expect(stranger.code).toBe('UNKNOWN_CUSTOMER');
    // History about receivables no longer given (paid and gone) is ignored.
    expect(
      planDunning(
        input(ledger, [customer('business')], '2026-04-07', [
          { ...reminder(1, '2026-04-01'), receivableIds: ['gone'] },
        ]),
      ).actions,
    ).toHaveLength(1);
  });

  it('refuses wrong kinds of input', () => {
    expect(caughtTpeError(() => planDunning('ledger' as never)).code).toBe('INVALID_INPUT');
    expect(
      caughtTpeError(() => planDunning({ ...input(ledger, [customer('business')], '07/04/2026') }))
        .issues[0]?.path,
    ).toEqual(['asOf']);
    expect(
      caughtTpeError(() =>
        planDunning({ ...input(ledger, [customer('business')], '2026-04-07'), extra: 1 } as never),
      ).code,
    ).toBe('INVALID_INPUT');
    expect(
      caughtTpeError(() =>
        planDunning(
          input(
            [{ ...invoice('A', '2026-03-31', '1.00'), amount: 1 } as never],
            [customer('business')],
            '2026-04-07',
          ),
        ),
      ).issues[0]?.path,
    ).toEqual(['receivables', 0, 'amount']);
    expect(
      caughtTpeError(() =>
        planDunning(input(ledger, [{ id: 'c-1', kind: 'company' } as never], '2026-04-07')),
      ).issues[0]?.path,
    ).toEqual(['customers', 0, 'kind']);
    expect(
      caughtTpeError(() =>
        planDunning(input(ledger, [customer('business')], '2026-04-07', [{ level: -1 } as never])),
      ).code,
    ).toBe('INVALID_INPUT');
  });
});
