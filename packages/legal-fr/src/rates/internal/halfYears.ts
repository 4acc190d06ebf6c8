import { fromEpochDay, halfYearOf, toEpochDay } from '@tpe/core';

/**
 * Half-years as integers: the index of a half-year is `year × 2 + (half − 1)`
 * (2026 H1 = 4052, 2026 H2 = 4053). Start days of the half-years of
 * 1900–2199 are computed once (read-only afterwards) from the calendar of
 * `@tpe/core`; other years are computed on demand.
 */

const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;
const FIRST_INDEX = FIRST_YEAR * 2;
const LAST_INDEX = LAST_YEAR * 2 + 1;

/** Start day (epoch day) of the half-years FIRST_INDEX … LAST_INDEX + 1. */
const STARTS: Int32Array = (() => {
  const starts = new Int32Array(LAST_INDEX - FIRST_INDEX + 2);
  for (let index = FIRST_INDEX; index <= LAST_INDEX + 1; index++) {
    starts[index - FIRST_INDEX] = toEpochDay(startDateText(index));
  }
  return starts;
})();
const START_TEXTS: readonly string[] = Object.freeze(
  Array.from({ length: LAST_INDEX - FIRST_INDEX + 1 }, (_, offset) =>
    startDateText(FIRST_INDEX + offset),
  ),
);
const FIRST_DAY = STARTS[0] as number;
const END_DAY = STARTS[STARTS.length - 1] as number;

function startDateText(index: number): string {
  const year = Math.floor(index / 2);
  return `${String(year).padStart(4, '0')}-${index % 2 === 0 ? '01' : '07'}-01`;
}

/** The half-year index of an epoch day. */
export function halfYearIndexOfDay(day: number): number {
  if (day >= FIRST_DAY && day < END_DAY) {
    // Half-years last 181 to 184 days: the estimate is at most one off.
    let offset = Math.floor(((day - FIRST_DAY) * 2) / 365.2425);
    if (offset > STARTS.length - 2) offset = STARTS.length - 2;
    while ((STARTS[offset] as number) > day) offset--;
    while ((STARTS[offset + 1] as number) <= day) offset++;
    return FIRST_INDEX + offset;
  }
  const { year, half } = halfYearOf(fromEpochDay(day));
  return year * 2 + half - 1;
}

/** The first day (epoch day) of a half-year. */
export function halfYearStartDay(index: number): number {
  if (index >= FIRST_INDEX && index <= LAST_INDEX + 1) return STARTS[index - FIRST_INDEX] as number;
  return toEpochDay(startDateText(index));
}

/** The first day of a half-year, `YYYY-01-01` or `YYYY-07-01`. */
export function halfYearStartDate(index: number): string {
  return index >= FIRST_INDEX && index <= LAST_INDEX
    ? (START_TEXTS[index - FIRST_INDEX] as string)
    : startDateText(index);
}

/** A half-year written `2026 H1`. */
export function halfYearLabel(index: number): string {
  return `${Math.floor(index / 2)} H${(index % 2) + 1}`;
}

/** The number of days in the calendar year of a half-year (365 or 366). */
export function daysInYearOfHalfYear(index: number): number {
  const first = index - (index % 2);
  return halfYearStartDay(first + 2) - halfYearStartDay(first);
}
