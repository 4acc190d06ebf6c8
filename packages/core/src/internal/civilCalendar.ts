import { TpeError } from '../errors/TpeError.js';
import { describe } from './decimalSyntax.js';

/**
 * Proleptic Gregorian calendar on day numbers (days since 1970-01-01), after
 * Howard Hinnant's `days_from_civil` / `civil_from_days`: exact integer
 * arithmetic on small numbers, with no time zone and no clock involved.
 */

const ZERO = 48; // '0'
const DASH = 45; // '-'

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;
}

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function civilFromDays(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Reads `YYYY-MM-DD` (years 0001–9999, a day that exists) or throws `INVALID_DATE`. */
export function readIsoDate(input: unknown, path: readonly (string | number)[] = []): CivilDate {
  if (
    typeof input === 'string' &&
    input.length === 10 &&
    input.charCodeAt(4) === DASH &&
    input.charCodeAt(7) === DASH
  ) {
    const year = digits(input, 0, 4);
    const month = digits(input, 5, 7);
    const day = digits(input, 8, 10);
    if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day };
    }
  }
  const message =
    typeof input === 'string'
      ? `Not a calendar date YYYY-MM-DD: ${JSON.stringify(input.slice(0, 40))}`
      : `Expected a date string YYYY-MM-DD, received ${describe(input)}`;
  throw new TpeError('INVALID_DATE', message, {
    issues: [{ path, code: typeof input === 'string' ? 'invalid_date' : 'invalid_type', message }],
  });
}

/** Parses a run of ASCII digits, or answers -1 if any character is not one. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, value) =>
  value < 10 ? `0${value}` : `${value}`,
);

export function formatCivil({ year, month, day }: CivilDate): string {
  if (year < 1 || year > 9999) {
    throw new TpeError('OUT_OF_RANGE', `Date out of the years 0001–9999: year ${year}`, {
      details: { year },
    });
  }
  const yyyy = year >= 1000 ? `${year}` : `${year}`.padStart(4, '0');
  return `${yyyy}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}
