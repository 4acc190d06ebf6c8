import { TpeError } from '../errors/TpeError.js';
import { type MonthTable, monthTable } from '../internal/monthTable.js';
import type { IsoDate } from './IsoDate.js';

/** Dates of 1900–2199 ⇄ day numbers in a few steps, the other years through the exact arithmetic. */
const TABLE: MonthTable = /* @__PURE__ */ monthTable();

/**
 * The number of days from 1970-01-01 to a date (negative before it).
 *
 * **When to use**: hot loops over many dates (day counts, bucketing): convert
 * once, compute on integers, convert back with {@link fromEpochDay}.
 *
 * @throws {@link TpeError} `INVALID_DATE`
 *
 * @example
 * ```ts
 * import { toEpochDay } from '@tpe/core';
 *
 * toEpochDay('1970-01-02'); // 1
 * toEpochDay('2026-11-27'); // 20784
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function toEpochDay(date: string): number {
  return TABLE.epochDayOfDate(date);
}

/**
 * The date a number of days after 1970-01-01.
 *
 * @throws {@link TpeError} `INVALID_ARGUMENT` for a non-integer,
 *   `OUT_OF_RANGE` outside the years 0001–9999
 *
 * @example
 * ```ts
 * import { fromEpochDay } from '@tpe/core';
 *
 * fromEpochDay(20784); // '2026-11-27'
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function fromEpochDay(epochDay: number): IsoDate {
  if (!Number.isSafeInteger(epochDay)) {
    throw new TpeError(
      'INVALID_ARGUMENT',
      `A day number is a whole number, got ${String(epochDay)}`,
      {
        details: { epochDay },
      },
    );
  }
  return TABLE.dateOfEpochDay(epochDay) as IsoDate;
}
