import type { DunningHistoryEntry } from '../../input/DunningHistoryEntry.js';
import type { DunningAction } from '../DunningAction.js';

/** The history entry of an action carried out on `sentOn`. */
export function historyEntryOf(action: DunningAction, sentOn: string): DunningHistoryEntry {
  return {
    customerId: action.customerId,
    receivableIds: action.receivables.map((receivable) => receivable.receivableId),
    level: action.level,
    channel: action.channel,
    sentOn,
    actionId: action.id,
    kind: action.kind,
  };
}
