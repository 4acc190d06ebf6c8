import { addDays, fromEpochDay, toEpochDay } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DunningCustomer } from '../input/DunningCustomer.js';
import type { Receivable } from '../input/Receivable.js';
import { FRENCH_DUNNING_POLICY } from '../policy/frenchDunningPolicy.js';
import type { DunningAction } from './DunningAction.js';
import { type ForecastDunningInput, forecastDunning } from './forecastDunning.js';
import { planDunning } from './planDunning.js';
import { recordAction } from './recordAction.js';

const START = toEpochDay('2025-01-01');
const cents = (units: number) =>
  `${Math.floor(units / 100)}.${String(units % 100).padStart(2, '0')}`;

const customerArbitrary = (id: string) =>
  fc
    .record({
      kind: fc.constantFrom<DunningCustomer['kind']>('business', 'consumer', 'publicBuyer'),
      alsace: fc.boolean(),
      gap: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    })
    .map(
      ({ kind, alsace, gap }): DunningCustomer => ({
        id,
        kind,
        name: `Client ${id}`,
        ...(alsace ? { calendarRegion: 'alsaceMoselle' as const } : {}),
        ...(gap === undefined ? {} : { overrides: { minDaysBetweenMessages: gap } }),
      }),
    );

const receivableArbitrary = (index: number) =>
  fc
    .record({
      customer: fc.integer({ min: 0, max: 2 }),
      due: fc.integer({ min: 0, max: 150 }),
      amount: fc.integer({ min: 100, max: 500_000 }),
      paidShare: fc.constantFrom(0, 0, 0, 0.5, 1),
      paidAfter: fc.integer({ min: 1, max: 60 }),
      credit: fc.boolean().map((credit) => credit && index % 4 === 3),
      dispute: fc.option(
        fc.record({
          after: fc.integer({ min: 0, max: 40 }),
          lasts: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        }),
        { nil: undefined, freq: 5 },
      ),
      promise: fc.option(
        fc.record({
          after: fc.integer({ min: 1, max: 40 }),
          lasts: fc.integer({ min: 1, max: 20 }),
        }),
        { nil: undefined, freq: 5 },
      ),
    })
    .map(
      ({ customer, due, amount, paidShare, paidAfter, credit, dispute, promise }): Receivable => {
        const dueDay = START + due;
        const paid = Math.floor(amount * paidShare);
        return {
          id: `R${index}`,
          customerId: `c${customer}`,
          number: `F-${index}`,
          ...(credit ? { kind: 'creditNote' as const } : {}),
          issueDate: fromEpochDay(dueDay - 30),
          dueDate: fromEpochDay(dueDay),
          amount: cents(amount),
          outstanding: cents(amount - paid),
          ...(paid > 0
            ? { payments: [{ date: fromEpochDay(dueDay + paidAfter), amount: cents(paid) }] }
            : {}),
          ...(dispute === undefined || credit
            ? {}
            : {
                disputed: {
                  reason: 'Litige',
                  since: fromEpochDay(dueDay + dispute.after),
                  ...(dispute.lasts === undefined
                    ? {}
                    : { resolvedOn: fromEpochDay(dueDay + dispute.after + dispute.lasts) }),
                },
              }),
          ...(promise === undefined || credit
            ? {}
            : {
                promiseToPay: {
                  agreedOn: fromEpochDay(dueDay + promise.after),
                  until: fromEpochDay(dueDay + promise.after + promise.lasts),
                },
              }),
        };
      },
    );

const ledgerArbitrary: fc.Arbitrary<ForecastDunningInput> = fc
  .tuple(
    customerArbitrary('c0'),
    customerArbitrary('c1'),
    customerArbitrary('c2'),
    fc
      .integer({ min: 1, max: 6 })
      .chain((count) =>
        fc.tuple(...Array.from({ length: count }, (_, index) => receivableArbitrary(index))),
      ),
    fc.boolean(),
  )
  .map(([c0, c1, c2, receivables, group]) => ({
    receivables,
    customers: [c0, c1, c2],
    history: [],
    policy: { ...FRENCH_DUNNING_POLICY, groupReceivables: group },
    creditor: { name: 'Atelier' },
  }));

/** Each property plans many ledgers over many days: minutes on a busy machine. */
const PROPERTY_TIMEOUT = 900_000;

const FIRST_AFTER_DUE = { business: 1, consumer: 1, publicBuyer: 0 } as const;

describe('planDunning, properties', () => {
  it(
    'is deterministic, and once its actions are recorded the same day gives nothing new',
    () => {
      fc.assert(
        fc.property(ledgerArbitrary, fc.integer({ min: 0, max: 240 }), (ledger, offset) => {
          const asOf = fromEpochDay(START + offset);
          const plan = planDunning({ ...ledger, asOf });
          expect(planDunning({ ...ledger, asOf })).toEqual(plan);
          let history = ledger.history;
          for (const action of plan.actions)
            history = recordAction(history, action, { sentOn: asOf });
          expect(planDunning({ ...ledger, history, asOf }).actions).toEqual([]);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never sends two messages to a customer within the minimum gap, and never skips a level',
    () => {
      fc.assert(
        fc.property(ledgerArbitrary, (ledger) => {
          const { actions } = forecastDunning(ledger, { from: '2025-01-01', to: '2025-09-30' });
          for (const customer of ledger.customers) {
            const gap = customer.overrides?.minDaysBetweenMessages ?? 5;
            const mine = actions.filter((action) => action.customerId === customer.id);
            const messageDays = [
              ...new Set(
                mine
                  .filter((action) => action.channel !== 'task')
                  .map((action) => toEpochDay(action.date)),
              ),
            ];
            for (let index = 1; index < messageDays.length; index++) {
              expect(
                (messageDays[index] as number) - (messageDays[index - 1] as number),
              ).toBeGreaterThanOrEqual(gap);
            }
            if (ledger.policy.groupReceivables !== false) {
              expect(messageDays.length).toBe(
                mine.filter((action) => action.channel !== 'task').length,
              );
            }
            for (const action of mine.filter((one) => one.kind === 'reminder')) {
              const reached = Math.max(...action.receivables.map((line) => line.previousLevel));
              const expected = reached + 1;
              const first = FIRST_AFTER_DUE[customer.kind];
              // A level is one above the highest reached by its receivables; only a courtesy reminder not sent before the due date is dropped.
              expect(
                action.level === expected || (expected < first && action.level === first),
              ).toBe(true);
            }
            const handedOver = new Set(
              mine
                .filter((action) => action.kind === 'handOver')
                .flatMap((action) => action.receivables.map((line) => line.receivableId)),
            );
            const handOverDay = new Map(
              mine
                .filter((action) => action.kind === 'handOver')
                .flatMap((action) =>
                  action.receivables.map((line) => [line.receivableId, action.date] as const),
                ),
            );
            for (const action of mine) {
              for (const line of action.receivables) {
                if (handedOver.has(line.receivableId) && action.kind !== 'handOver') {
                  expect(action.date < (handOverDay.get(line.receivableId) as string)).toBe(true);
                }
              }
            }
          }
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'forecasts what planning every day and recording every action gives',
    () => {
      fc.assert(
        fc.property(ledgerArbitrary, fc.integer({ min: 0, max: 120 }), (ledger, offset) => {
          const from = fromEpochDay(START + offset);
          const to = addDays(from, 30);
          let history = ledger.history;
          const daily: DunningAction[] = [];
          for (let day = from; day <= to; day = addDays(day, 1)) {
            for (const action of planDunning({ ...ledger, history, asOf: day }).actions) {
              daily.push(action);
              history = recordAction(history, action, { sentOn: day });
            }
          }
          expect(forecastDunning(ledger, { from, to }).actions).toEqual(daily);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
