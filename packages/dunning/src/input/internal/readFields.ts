import * as core from '@tpe/core';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from './schemaParts.js';

/**
 * The checks of the fast readers, each accepting exactly what the matching
 * zod schema part accepts: the readers take the same decisions as the
 * schemas without building zod issues, and fall back to the schemas to
 * explain a refusal.
 */

/** Read once: through a CommonJS `require`, each `core.name` read is a getter call. */
const { toEpochDay } = core;

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether every key of `value` is in `keys` (the strict objects of the schemas). */
export function hasOnlyKeys(value: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const key in value) {
    if (!keys.has(key)) return false;
  }
  return true;
}

/** An identifier as `textIdSchema` accepts it. */
export function isTextId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID_LENGTH;
}

/** A reason or a name as `reasonSchema` accepts it. */
export function isReason(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= MAX_TEXT_LENGTH;
}

/** The day number of a date `isoDateSchema` accepts, or `NaN`. */
export function dayOf(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  try {
    return toEpochDay(value);
  } catch {
    return Number.NaN;
  }
}

/** Reads a date into its day number (`NaN` when invalid), as {@link dayOf}. */
export type DayReader = (value: unknown) => number;

/**
 * A {@link dayOf} that remembers the dates it read: the rows of a ledger
 * share few distinct dates, and a lookup costs less than reading one. Each
 * reader has its own memory, for the life of one run.
 */
export function rememberingDayReader(): DayReader {
  const days = new Map<string, number>();
  return (value) => {
    if (typeof value !== 'string') return Number.NaN;
    let day = days.get(value);
    if (day === undefined) {
      day = dayOf(value);
      days.set(value, day);
    }
    return day;
  };
}

/** The day number of an optional date: `undefined` when absent, `NaN` when invalid. */
export function optionalDayOf(value: unknown): number | undefined {
  return value === undefined ? undefined : dayOf(value);
}
