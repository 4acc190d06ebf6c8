import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTpeError } from '../errors/TpeError.js';
import { civilFromDays, daysFromCivil, formatCivil, readIsoDate } from './civilCalendar.js';
import { monthTable } from './monthTable.js';

const { dateOfEpochDay, epochDayOfDate } = monthTable();

/** The exact arithmetic the table stands in for. */
function exactEpochDay(input: unknown): number {
  const { year, month, day } = readIsoDate(input);
  return daysFromCivil(year, month, day);
}

function exactDate(epochDay: number): string {
  return formatCivil(civilFromDays(epochDay));
}

/** The value, or the code and first issue of the TpeError thrown. */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (!isTpeError(error)) throw error;
    return {
      code: error.code,
      message: error.message,
      issues: error.issues,
      details: error.details,
    };
  }
}

const FIRST = daysFromCivil(1899, 12, 1);
const LAST = daysFromCivil(2200, 1, 31);

describe('the month table of 1900–2199', () => {
  it('agrees with the exact arithmetic on every day of 1899-12 … 2200-01', () => {
    let mismatches = 0;
    for (let day = FIRST; day <= LAST; day++) {
      const text = exactDate(day);
      if (dateOfEpochDay(day) !== text || epochDayOfDate(text) !== day) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('agrees with the exact arithmetic far outside the table', () => {
    for (const text of [
      '0001-01-01',
      '1600-02-29',
      '1899-12-31',
      '2200-01-01',
      '2400-02-29',
      '9999-12-31',
    ]) {
      const day = exactEpochDay(text);
      expect(epochDayOfDate(text)).toBe(day);
      expect(dateOfEpochDay(day)).toBe(text);
    }
    expect(dateOfEpochDay(-0)).toBe('1970-01-01');
  });

  it('refuses exactly what readIsoDate refuses, with the same error', () => {
    const almostDates = fc.oneof(
      fc.string({ minLength: 8, maxLength: 12 }),
      fc
        .tuple(
          fc.integer({ min: 0, max: 10_099 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(
          ([year, month, day]) =>
            `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        ),
      // A date of the table with one character replaced.
      fc
        .tuple(
          fc.integer({ min: FIRST, max: LAST }),
          fc.integer({ min: 0, max: 9 }),
          fc.constantFrom('x', '/', ' ', ':', '.', '-', '+', '٣', '３', '\u0000', '\uffff'),
        )
        .map(([day, index, character]) => {
          const text = exactDate(day);
          return text.slice(0, index) + character + text.slice(index + 1);
        }),
      fc.anything(),
    );
    fc.assert(
      fc.property(almostDates, (input) => {
        expect(outcome(() => epochDayOfDate(input))).toEqual(outcome(() => exactEpochDay(input)));
      }),
    );
  });

  it('refuses a date whose year has a character just above or below the digits', () => {
    for (const text of [
      '199x-01-01',
      '199/-01-01',
      '299:-01-01',
      '20 6-01-01',
      '2026-0:-01',
      '2026-01-0/',
    ]) {
      expect(outcome(() => epochDayOfDate(text))).toMatchObject({ code: 'INVALID_DATE' });
    }
  });

  it('gives the dates of any day number as the exact arithmetic does, errors included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: FIRST - 1000, max: LAST + 1000 }),
          fc.integer({ min: -800_000, max: 3_000_000 }),
        ),
        (day) => {
          expect(outcome(() => dateOfEpochDay(day))).toEqual(outcome(() => exactDate(day)));
        },
      ),
    );
  });
});
