import type { DunningHistoryEntry, DunningHistoryKind } from '../DunningHistoryEntry.js';
import { type DayReader, dayOf, hasOnlyKeys, isRecord, isTextId } from './readFields.js';

/** The most levels a list may have (and the highest level number of a history entry). */
export const MAX_LEVELS = 20;
/** The most receivables one history entry may name. */
export const MAX_RECEIVABLES_PER_ENTRY = 100_000;

/** A {@link DunningHistoryEntry} read for planning; see {@link readHistoryEntry}. */
export interface ReadHistoryEntry {
  readonly source: DunningHistoryEntry;
  readonly kind: DunningHistoryKind;
  readonly day: number;
}

const KEYS = new Set([
  'customerId',
  'receivableIds',
  'level',
  'channel',
  'sentOn',
  'actionId',
  'kind',
]);
const CHANNELS: ReadonlySet<unknown> = new Set([
  'email',
  'letter',
  'registeredLetter',
  'phoneCall',
  'sms',
  'task',
]);

/**
 * Reads a history entry, or answers `undefined` when
 * `dunningHistoryEntrySchema` would refuse it.
 */
export function readHistoryEntry(
  value: unknown,
  days: DayReader = dayOf,
): ReadHistoryEntry | undefined {
  if (!isRecord(value) || !hasOnlyKeys(value, KEYS)) return undefined;
  const { receivableIds, level, kind } = value;
  if (!isTextId(value.customerId) || !CHANNELS.has(value.channel)) return undefined;
  if (value.actionId !== undefined && !isTextId(value.actionId)) return undefined;
  if (!Number.isSafeInteger(level) || (level as number) < 0 || (level as number) > MAX_LEVELS) {
    return undefined;
  }
  if (
    kind !== undefined &&
    kind !== 'reminder' &&
    kind !== 'handOver' &&
    kind !== 'claimDeclaration'
  ) {
    return undefined;
  }
  if (
    !Array.isArray(receivableIds) ||
    receivableIds.length < 1 ||
    receivableIds.length > MAX_RECEIVABLES_PER_ENTRY ||
    !receivableIds.every(isTextId)
  ) {
    return undefined;
  }
  const day = days(value.sentOn);
  if (Number.isNaN(day)) return undefined;
  return { source: value as unknown as DunningHistoryEntry, kind: kind ?? 'reminder', day };
}
