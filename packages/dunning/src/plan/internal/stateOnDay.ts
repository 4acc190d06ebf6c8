import { applyEntry, createState, type DunningState, type StateEntry } from './dunningState.js';
import { type PreparedPlan, readHistory } from './preparePlan.js';

/**
 * The state of a history applied day by day: {@link advanceTo} applies the
 * entries of the input dated up to a day, in date order, once each.
 */
export interface HistoryCursor {
  readonly state: DunningState;
  /** Applies the input's entries dated on or before `day` not yet applied. */
  readonly advanceTo: (day: number) => void;
  /** Applies an action carried out (not part of the input). */
  readonly record: (entry: StateEntry) => void;
}

export function historyCursor(prepared: PreparedPlan): HistoryCursor {
  const state = createState(prepared);
  const history: StateEntry[] = [];
  readHistory(prepared, (entry) => history.push({ ...entry, receivables: [...entry.receivables] }));
  // Array.prototype.sort is stable: entries of the same day keep their order.
  history.sort((left, right) => left.day - right.day);
  let next = 0;
  return {
    state,
    advanceTo(day) {
      while (next < history.length && (history[next] as StateEntry).day <= day) {
        applyEntry(prepared, state, history[next] as StateEntry);
        next++;
      }
    },
    record(entry) {
      applyEntry(prepared, state, entry);
    },
  };
}
