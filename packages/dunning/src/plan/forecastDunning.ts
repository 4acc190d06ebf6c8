import * as core from '@tpe/core';
import { z } from 'zod';
import type { DunningHistoryEntry } from '../input/DunningHistoryEntry.js';
import { invalidAt, invalidPart } from '../input/internal/inputErrors.js';
import type { DunningAction } from './DunningAction.js';
import { historyEntryOf } from './internal/historyEntryOf.js';
import { planDay } from './internal/planDay.js';
import { preparePlan } from './internal/preparePlan.js';
import { historyCursor } from './internal/stateOnDay.js';
import type { PlanDunningInput } from './PlanDunningInput.js';

/** Read once: through a CommonJS `require`, each `core.name` read is a getter call. */
const { isoDateSchema, toEpochDay } = core;

/** The longest forecast, in days (two years). */
const MAX_FORECAST_DAYS = 731;

/**
 * The input of {@link forecastDunning}: that of `planDunning` without
 * `asOf`.
 *
 * @example
 * ```ts
 * import { FRENCH_DUNNING_POLICY, type ForecastDunningInput } from '@tpe/dunning';
 *
 * const input: ForecastDunningInput = {
 *   receivables: [],
 *   customers: [],
 *   history: [],
 *   policy: FRENCH_DUNNING_POLICY,
 *   creditor: { name: 'Atelier Dupont SARL' },
 * };
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export type ForecastDunningInput = Omit<PlanDunningInput, 'asOf'>;

/**
 * The days of a forecast, both included.
 *
 * @example
 * ```ts
 * import type { ForecastRange } from '@tpe/dunning';
 *
 * const range: ForecastRange = { from: '2026-04-01', to: '2026-06-30' };
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export interface ForecastRange {
  /** The first day, `YYYY-MM-DD`. */
  readonly from: string;
  /** The last day, `YYYY-MM-DD`, at most 730 days after `from`. */
  readonly to: string;
}

/**
 * The calendar of a forecast: every action in date order, and the history
 * once they are all recorded.
 *
 * @example
 * ```ts
 * import type { DunningForecast } from '@tpe/dunning';
 *
 * const empty: DunningForecast = { from: '2026-04-01', to: '2026-04-30', actions: [], history: [] };
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export interface DunningForecast {
  readonly from: string;
  readonly to: string;
  /** The actions, by day, each day in the order `planDunning` gives them. */
  readonly actions: readonly DunningAction[];
  /** The input's history followed by one entry per action, sent on its day. */
  readonly history: readonly DunningHistoryEntry[];
}

const rangeSchema = z.strictObject({ from: isoDateSchema, to: isoDateSchema });

/**
 * The calendar of reminders to come if nothing is paid ("calendrier de
 * relance"): each day from `from` to `to`, the actions `planDunning` would
 * give, each recorded as sent on its day before the next day is planned.
 * It is exactly what running `planDunning` every day and recording every
 * action gives; history entries of the input dated within the range are
 * taken into account from their day.
 *
 * **Gotchas**: penalties are computed on each action's day: a forecast
 * reaching past the shipped rate tables raises `RATE_UNKNOWN` on the first
 * level that claims penalties; pass newer `tables`.
 *
 * @param input - as for `planDunning`, without `asOf`
 * @param range - the first and last days, at most 730 days apart
 * @returns the actions in date order and the history completed with them
 * @throws {@link TpeError} as `planDunning`; `INVALID_INPUT` for a range
 *   ending before it starts (`range_reversed`) or too long (`range_too_long`)
 *
 * @example
 * ```ts
 * import { FRENCH_DUNNING_POLICY, forecastDunning } from '@tpe/dunning';
 *
 * const forecast = forecastDunning(
 *   {
 *     receivables: [
 *       { id: 'inv-1', customerId: 'c-1', number: 'F2026-0001', issueDate: '2026-03-01',
 *         dueDate: '2026-03-31', amount: '1200.00', outstanding: '1200.00' },
 *     ],
 *     customers: [{ id: 'c-1', kind: 'business', name: 'Boulangerie Martin SARL' }],
 *     history: [],
 *     policy: FRENCH_DUNNING_POLICY,
 *     creditor: { name: 'Atelier Lumière SARL' },
 *   },
 *   { from: '2026-03-20', to: '2026-06-30' },
 * );
 * forecast.actions.map((action) => `${action.date} ${action.levelId ?? action.kind}`);
 * // ['2026-03-26 preReminder', '2026-04-07 firstReminder', '2026-04-22 secondReminder',
 * //  '2026-04-29 phoneCall', '2026-05-07 formalNotice', '2026-05-22 handOver']
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export function forecastDunning(
  input: ForecastDunningInput,
  range: ForecastRange,
): DunningForecast {
  const prepared = preparePlan(input);
  const parsed = rangeSchema.safeParse(range);
  if (!parsed.success) throw invalidPart(rangeSchema, range, ['range']);
  const { from, to } = parsed.data;
  const first = toEpochDay(from);
  const last = toEpochDay(to);
  if (last < first) throw invalidAt(['range', 'to'], 'range_reversed', `${to} is before ${from}`);
  if (last - first >= MAX_FORECAST_DAYS) {
    throw invalidAt(
      ['range', 'to'],
      'range_too_long',
      `A forecast covers at most ${MAX_FORECAST_DAYS} days`,
    );
  }
  const cursor = historyCursor(prepared);
  const actions: DunningAction[] = [];
  const history: DunningHistoryEntry[] = [...input.history];
  for (let day = first; day <= last; day++) {
    cursor.advanceTo(day);
    const planned = planDay(prepared, cursor.state, day);
    for (const action of planned.plan.actions) {
      actions.push(action);
      history.push(historyEntryOf(action, action.date));
    }
    for (const record of planned.records) cursor.record(record);
  }
  return { from, to, actions, history };
}
