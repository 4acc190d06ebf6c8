import { civilFromDays, daysFromCivil, formatCivil, readIsoDate } from './civilCalendar.js';

/**
 * Dates ⇄ day numbers through a table of the months of 1900–2199, the years
 * nearly every invoice, due date and rate lives in: a date is the first day
 * of its month plus its day of the month, so reading or writing one is a few
 * comparisons and one array access. The table is filled once from
 * {@link daysFromCivil} and never changes; any other year takes the exact
 * arithmetic of `civilCalendar.ts`, so both paths answer the same for every
 * input, errors included.
 */

/** The two conversions of a month table. */
export interface MonthTable {
  /**
   * The day number of a `YYYY-MM-DD` string (years 0001–9999, a day that
   * exists), or `INVALID_DATE` exactly as {@link readIsoDate} throws it.
   */
  readonly epochDayOfDate: (input: unknown) => number;
  /**
   * The `YYYY-MM-DD` string of a day number known to be a safe integer, or
   * `OUT_OF_RANGE` exactly as {@link formatCivil} throws it.
   */
  readonly dateOfEpochDay: (epochDay: number) => string;
}

/** {@link epochDayOfDate} outside the table, and every error. */
function epochDayOfOtherDate(input: unknown): number {
  const { year, month, day } = readIsoDate(input);
  return daysFromCivil(year, month, day);
}

/**
 * Builds the table and the two conversions reading it, for the module that
 * keeps them. They are made inside a function so that the table stays a
 * `const` of their scope once bundled (bundlers turn a module's top-level
 * `const` into `var`), which lets the engine treat it and the other
 * constants as such on the hot path.
 */
export function monthTable(): MonthTable {
  const ZERO = 48; // '0'
  const DASH = 45; // '-'
  /** Below −9999: a field holding a character that is not a digit comes out negative. */
  const NOT_A_DIGIT = -100_000;
  const FIRST_YEAR = 1900;
  const LAST_YEAR = 2199;
  const MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12;
  /** Months per day on average over 400 years: 4800 months / 146097 days. */
  const MONTHS_PER_DAY = 4800 / 146097;

  /** The day number of the first day of each month of the table, then of 2200-01-01. */
  const MONTH_STARTS = new Int32Array(MONTHS + 1);
  for (let index = 0; index <= MONTHS; index++) {
    MONTH_STARTS[index] = daysFromCivil(FIRST_YEAR + Math.floor(index / 12), (index % 12) + 1, 1);
  }
  /** `YYYY-MM-` of each month of the table. */
  const MONTH_PREFIXES: readonly string[] = Object.freeze(
    Array.from(
      { length: MONTHS },
      (_, index) =>
        `${FIRST_YEAR + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-`,
    ),
  );
  /** `01` … `31`, by day of the month minus one. */
  const DAYS_OF_MONTH: readonly string[] = Object.freeze(
    Array.from({ length: 31 }, (_, index) => String(index + 1).padStart(2, '0')),
  );
  const FIRST_DAY = MONTH_STARTS[0] as number;
  const END_DAY = MONTH_STARTS[MONTHS] as number;

  /** The digit at `index`, or {@link NOT_A_DIGIT}. */
  function digitAt(text: string, index: number): number {
    const digit = text.charCodeAt(index) - ZERO;
    return digit >= 0 && digit <= 9 ? digit : NOT_A_DIGIT;
  }

  function epochDayOfDate(input: unknown): number {
    if (
      typeof input === 'string' &&
      input.length === 10 &&
      input.charCodeAt(4) === DASH &&
      input.charCodeAt(7) === DASH
    ) {
      const year =
        digitAt(input, 0) * 1000 +
        digitAt(input, 1) * 100 +
        digitAt(input, 2) * 10 +
        digitAt(input, 3);
      const month = digitAt(input, 5) * 10 + digitAt(input, 6);
      const day = digitAt(input, 8) * 10 + digitAt(input, 9);
      if (year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1) {
        const index = (year - FIRST_YEAR) * 12 + month - 1;
        const start = MONTH_STARTS[index] as number;
        if (day <= (MONTH_STARTS[index + 1] as number) - start) return start + day - 1;
      }
    }
    return epochDayOfOtherDate(input);
  }

  function dateOfEpochDay(epochDay: number): string {
    if (epochDay >= FIRST_DAY && epochDay < END_DAY) {
      // Months last 28 to 31 days: the estimate is at most one month off.
      let index = ((epochDay - FIRST_DAY) * MONTHS_PER_DAY) | 0;
      if (index >= MONTHS) index = MONTHS - 1;
      while ((MONTH_STARTS[index] as number) > epochDay) index--;
      while ((MONTH_STARTS[index + 1] as number) <= epochDay) index++;
      return (
        (MONTH_PREFIXES[index] as string) +
        (DAYS_OF_MONTH[epochDay - (MONTH_STARTS[index] as number)] as string)
      );
    }
    return formatCivil(civilFromDays(epochDay));
  }

  return { epochDayOfDate, dateOfEpochDay };
}
