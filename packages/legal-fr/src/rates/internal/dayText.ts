import { fromEpochDay, toEpochDay } from '@tpe/core';

/**
 * Dates ⇄ epoch days through a table of the months of 1900–2199 (their first
 * day from `@tpe/core`, computed once, read-only afterwards), for the hot
 * path: a date is its month's first day plus its day of the month. Other
 * years go through `fromEpochDay` / `toEpochDay`, and both functions give
 * exactly what those give (tested on every day of the table).
 */

const FIRST_YEAR = 1900;
const MONTHS = (2199 - FIRST_YEAR + 1) * 12;

/** First epoch day of each month, plus the day after the last month. */
const MONTH_STARTS: Int32Array = (() => {
  const starts = new Int32Array(MONTHS + 1);
  for (let month = 0; month <= MONTHS; month++) starts[month] = toEpochDay(monthText(month, '01'));
  return starts;
})();
const PREFIXES: readonly string[] = Object.freeze(
  Array.from({ length: MONTHS }, (_, month) => monthText(month, '')),
);
const DAYS: readonly string[] = Object.freeze(
  Array.from({ length: 31 }, (_, index) => String(index + 1).padStart(2, '0')),
);
const FIRST_DAY = MONTH_STARTS[0] as number;
const END_DAY = MONTH_STARTS[MONTHS] as number;

function monthText(month: number, day: string): string {
  const year = FIRST_YEAR + Math.floor(month / 12);
  return `${year}-${String((month % 12) + 1).padStart(2, '0')}-${day}`;
}

/** The date of an epoch day, `YYYY-MM-DD`. */
export function dayText(day: number): string {
  if (day < FIRST_DAY || day >= END_DAY) return fromEpochDay(day);
  // Months last 28 to 31 days: the estimate is at most one off.
  let month = Math.floor((day - FIRST_DAY) / 30.436875);
  if (month >= MONTHS) month = MONTHS - 1;
  while ((MONTH_STARTS[month] as number) > day) month--;
  while ((MONTH_STARTS[month + 1] as number) <= day) month++;
  return (PREFIXES[month] as string) + (DAYS[day - (MONTH_STARTS[month] as number)] as string);
}

const ZERO = 48;
const DASH = 45;

function digit(text: string, index: number): number {
  const value = text.charCodeAt(index) - ZERO;
  return value >= 0 && value <= 9 ? value : -1000;
}

/**
 * The epoch day of a `YYYY-MM-DD` string; throws `INVALID_DATE` (from
 * `toEpochDay`) for anything that is not a real date.
 */
export function dayOfText(text: unknown): number {
  if (
    typeof text === 'string' &&
    text.length === 10 &&
    text.charCodeAt(4) === DASH &&
    text.charCodeAt(7) === DASH
  ) {
    const year =
      digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
    const month = digit(text, 5) * 10 + digit(text, 6);
    const day = digit(text, 8) * 10 + digit(text, 9);
    if (year >= FIRST_YEAR && year <= 2199 && month >= 1 && month <= 12 && day >= 1) {
      const index = (year - FIRST_YEAR) * 12 + month - 1;
      const start = MONTH_STARTS[index] as number;
      if (day <= (MONTH_STARTS[index + 1] as number) - start) return start + day - 1;
    }
  }
  return toEpochDay(text as string);
}
