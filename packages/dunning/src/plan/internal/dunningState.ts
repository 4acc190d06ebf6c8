import type { DunningChannel } from '../../input/DunningChannel.js';
import type { DunningHistoryKind } from '../../input/DunningHistoryEntry.js';
import type { PreparedPlan } from './preparePlan.js';

/** A day number meaning "never". */
export const NO_DAY = -2_147_483_648;

/**
 * Where each receivable and customer stands after the history applied so
 * far: the highest level reached and the day it was sent, the first formal
 * notice, the hand-over and the claim declaration, the last message to each
 * customer. Mutable, owned by one run.
 */
export interface DunningState {
  /** Highest level reached by receivable; -1 for none. */
  readonly level: Int16Array;
  /** The day that level was (last) sent. */
  readonly levelDay: Int32Array;
  readonly noticeDay: Int32Array;
  readonly handedOverDay: Int32Array;
  readonly declaredDay: Int32Array;
  /** The last message to each customer (tasks are not messages). */
  readonly lastMessageDay: Int32Array;
}

/** One recorded action, as the state reads it. */
export interface StateEntry {
  readonly kind: DunningHistoryKind;
  readonly level: number;
  readonly channel: DunningChannel;
  readonly day: number;
  readonly customer: number;
  readonly receivables: readonly number[];
}

export function createState(prepared: PreparedPlan): DunningState {
  const receivables = prepared.rows.sources.length;
  return {
    level: new Int16Array(receivables).fill(-1),
    levelDay: new Int32Array(receivables).fill(NO_DAY),
    noticeDay: new Int32Array(receivables).fill(NO_DAY),
    handedOverDay: new Int32Array(receivables).fill(NO_DAY),
    declaredDay: new Int32Array(receivables).fill(NO_DAY),
    lastMessageDay: new Int32Array(prepared.customers.length).fill(NO_DAY),
  };
}

function keepFirst(days: Int32Array, index: number, day: number): void {
  const known = days[index] as number;
  if (known === NO_DAY || day < known) days[index] = day;
}

/**
 * Applies one recorded action. The result does not depend on the order
 * entries are applied in: the highest level wins, with its latest day; a
 * level beyond the customer's ladder (a policy changed since) counts as its
 * last level.
 */
export function applyEntry(prepared: PreparedPlan, state: DunningState, entry: StateEntry): void {
  const { day, customer } = entry;
  if (entry.kind === 'handOver') {
    for (const receivable of entry.receivables) keepFirst(state.handedOverDay, receivable, day);
    return;
  }
  if (entry.kind === 'claimDeclaration') {
    for (const receivable of entry.receivables) keepFirst(state.declaredDay, receivable, day);
    return;
  }
  if (entry.channel !== 'task' && day > (state.lastMessageDay[customer] as number)) {
    state.lastMessageDay[customer] = day;
  }
  const levels = (prepared.customerSegments[customer] as PreparedPlan['customerSegments'][number])
    .levels;
  const level = Math.min(entry.level, levels.length - 1);
  const notice = levels[level]?.formalNotice === true;
  for (const receivable of entry.receivables) {
    const reached = state.level[receivable] as number;
    if (level > reached) {
      state.level[receivable] = level;
      state.levelDay[receivable] = day;
    } else if (level === reached && day > (state.levelDay[receivable] as number)) {
      state.levelDay[receivable] = day;
    }
    if (notice) keepFirst(state.noticeDay, receivable, day);
  }
}
