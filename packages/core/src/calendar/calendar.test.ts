import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { isTpeError } from '../errors/TpeError.js';
import { addDays } from './addDays.js';
import { addMonths, addYears } from './addMonths.js';
import { compareDates } from './compareDates.js';
import { dayOfWeek } from './dayOfWeek.js';
import { daysBetween } from './daysBetween.js';
import { endOfMonth, startOfMonth } from './endOfMonth.js';
import { fromEpochDay, toEpochDay } from './epochDay.js';
import { formatDateFr } from './formatDateFr.js';
import { halfYearOf } from './halfYearOf.js';
import { isIsoDate, parseIsoDate, safeParseIsoDate } from './IsoDate.js';
import { todayIn } from './todayIn.js';

const invalidDate = expect.objectContaining({ code: 'INVALID_DATE' });

const dates = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2199-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('parseIsoDate', () => {
  it('accepts real dates', () => {
    expect(parseIsoDate('2026-11-27')).toBe('2026-11-27');
    expect(parseIsoDate('2028-02-29')).toBe('2028-02-29');
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
    expect(parseIsoDate('0001-01-01')).toBe('0001-01-01');
    expect(parseIsoDate('9999-12-31')).toBe('9999-12-31');
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2100-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-01-00',
    '0000-01-01',
    '2026-1-01',
    '26-01-01',
    '2026/01/01',
    '27/11/2026',
    '2026-01-01T00:00',
    ' 2026-01-01',
    '２０２６-01-01',
    '2026-0a-01',
    '2026x01-01',
    '2026-01x01',
    '202/-01-01',
    '2026-1/-01',
    '2026-11-31',
    '2026-06-31',
    '2026-09-31',
    '',
    'NaN',
  ])('refuses %j', (input) => {
    const error = caughtTpeError(() => parseIsoDate(input));
    expect(error).toMatchObject({
      code: 'INVALID_DATE',
      issues: [{ path: [], code: 'invalid_date' }],
    });
    expect(error.message).toContain(JSON.stringify(input));
    expect(isIsoDate(input)).toBe(false);
  });

  it('quotes at most 40 characters of a long input', () => {
    const input = `2026-01-01${'x'.repeat(100)}`;
    const error = caughtTpeError(() => parseIsoDate(input));
    expect(error.message).toContain(input.slice(0, 40));
    expect(error.message).not.toContain(input.slice(0, 41));
  });

  it('names the kind of a value that is not a string', () => {
    expect(caughtTpeError(() => parseIsoDate(20261127)).message).toContain('20261127');
    expect(caughtTpeError(() => parseIsoDate(null)).message).toContain('null');
    expect(caughtTpeError(() => parseIsoDate(['2026-11-27'])).message).toContain('array');
    expect(caughtTpeError(() => parseIsoDate(true)).message).toContain('boolean');
  });

  it.each([20261127, null, undefined, new Date('2026-11-27'), ['2026-11-27'], {}])(
    'refuses %s as not a string',
    (input) => {
      const result = safeParseIsoDate(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues[0]?.code).toBe('invalid_type');
    },
  );

  it('answers anything with a date or a TpeError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (input) => {
        try {
          return parseIsoDate(input) === input;
        } catch (error) {
          return isTpeError(error) && error.code === 'INVALID_DATE';
        }
      }),
    );
  });
});

describe('day arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-27', 0)).toBe('2026-11-27');
    expect(() => addDays('2026-11-27', 1.5)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => addDays('9999-12-31', 1)).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
  });

  it('refuses a count that is not a whole number, naming it', () => {
    const cases = [
      ['days', () => addDays('2026-11-27', 1.5)],
      ['months', () => addMonths('2026-11-27', 1.5)],
      ['years', () => addYears('2026-11-27', 1.5)],
    ] as const;
    for (const [name, run] of cases) {
      const error = caughtTpeError(run);
      expect(error).toMatchObject({
        code: 'INVALID_ARGUMENT',
        issues: [{ path: [name], code: 'not_whole_number' }],
        details: { [name]: 1.5 },
      });
      expect(error.message).toContain('1.5');
      expect(error.issues[0]?.message).toContain(name);
    }
    expect(caughtTpeError(() => addDays('2026-11-27', Number.NaN)).details).toEqual({
      days: Number.NaN,
    });
    expect(caughtTpeError(() => addMonths('2026-11-27', 2 ** 53)).details).toEqual({
      months: 2 ** 53,
    });
  });

  it('stays within the years 0001 to 9999', () => {
    expect(addDays('0001-01-02', -1)).toBe('0001-01-01');
    const before = caughtTpeError(() => addDays('0001-01-01', -1));
    expect(before).toMatchObject({ code: 'OUT_OF_RANGE', details: { year: 0 } });
    expect(before.message).toContain('0');
    const after = caughtTpeError(() => addDays('9999-12-31', 1));
    expect(after).toMatchObject({ code: 'OUT_OF_RANGE', details: { year: 10000 } });
    expect(after.message).toContain('10000');
    expect(caughtTpeError(() => addMonths('0001-01-31', -1)).details).toEqual({ year: 0 });
    expect(caughtTpeError(() => addYears('9999-06-30', 1)).details).toEqual({ year: 10000 });
  });

  it('turns day numbers back into dates around 1 March of every year', () => {
    const wrong: number[] = [];
    for (let year = 1; year <= 9999; year++) {
      const first = toEpochDay(`${String(year).padStart(4, '0')}-02-27`);
      for (let epochDay = first; epochDay < first + 12; epochDay++) {
        if (toEpochDay(fromEpochDay(epochDay)) !== epochDay) wrong.push(epochDay);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('crosses the last day of a 400-year cycle', () => {
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2000-02-29', 1)).toBe('2000-03-01');
    expect(fromEpochDay(toEpochDay('2000-02-29'))).toBe('2000-02-29');
    expect(fromEpochDay(toEpochDay('1600-02-29'))).toBe('1600-02-29');
    expect(fromEpochDay(toEpochDay('2400-02-29'))).toBe('2400-02-29');
    expect(addDays('0400-02-29', 1)).toBe('0400-03-01');
  });

  it('counts days the French way (first day out, last day in)', () => {
    expect(daysBetween('2026-03-31', '2026-04-15')).toBe(15);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(28);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-04-15', '2026-03-31')).toBe(-15);
  });

  it('agrees with luxon on day numbers and weekdays', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -20000, max: 20000 }), (date, days) => {
        const luxon = DateTime.fromISO(date, { zone: 'UTC' });
        expect(toEpochDay(date)).toBe(Math.round(luxon.toMillis() / 86_400_000));
        expect(dayOfWeek(date)).toBe(luxon.weekday);
        expect(addDays(date, days)).toBe(luxon.plus({ days }).toISODate());
        expect(fromEpochDay(toEpochDay(date))).toBe(date);
      }),
    );
  });

  it('knows fixed points', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2026-11-27')).toBe(20784);
    expect(fromEpochDay(-1)).toBe('1969-12-31');
    expect(dayOfWeek('2026-11-27')).toBe(5);
    expect(dayOfWeek('2026-11-29')).toBe(7);
    expect(dayOfWeek('1969-12-29')).toBe(1);
    const fraction = caughtTpeError(() => fromEpochDay(0.5));
    expect(fraction).toMatchObject({ code: 'INVALID_ARGUMENT', details: { epochDay: 0.5 } });
    expect(fraction.message).toContain('0.5');
  });
});

describe('month arithmetic', () => {
  it('adds months staying inside the target month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addYears('2028-02-29', 5)).toBe('2033-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('agrees with luxon on months', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -1200, max: 1200 }), (date, months) => {
        expect(addMonths(date, months)).toBe(
          DateTime.fromISO(date, { zone: 'UTC' }).plus({ months }).toISODate(),
        );
      }),
    );
  });

  it('finds month ends and starts', () => {
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(endOfMonth('2100-02-01')).toBe('2100-02-28');
    expect(endOfMonth('2000-02-01')).toBe('2000-02-29');
    expect(endOfMonth('2026-12-31')).toBe('2026-12-31');
    expect(endOfMonth('2026-04-01')).toBe('2026-04-30');
    expect(endOfMonth('2026-06-01')).toBe('2026-06-30');
    expect(endOfMonth('2026-09-01')).toBe('2026-09-30');
    expect(endOfMonth('2026-11-05')).toBe('2026-11-30');
    expect(endOfMonth('2026-10-05')).toBe('2026-10-31');
    expect(startOfMonth('2026-02-10')).toBe('2026-02-01');
  });
});

describe('comparisons and periods', () => {
  it('compares dates', () => {
    expect(compareDates('2026-06-30', '2026-07-01')).toBe(-1);
    expect(compareDates('2026-07-01', '2026-07-01')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(['2026-07-01', '2025-12-31', '2026-01-01'].sort(compareDates)).toEqual([
      '2025-12-31',
      '2026-01-01',
      '2026-07-01',
    ]);
    expect(() => compareDates('2026-02-30', '2026-01-01')).toThrowError(invalidDate);
  });

  it('finds the half-year', () => {
    expect(halfYearOf('2026-06-30')).toEqual({
      year: 2026,
      half: 1,
      start: '2026-01-01',
      end: '2026-06-30',
    });
    expect(halfYearOf('2026-07-01')).toEqual({
      year: 2026,
      half: 2,
      start: '2026-07-01',
      end: '2026-12-31',
    });
    expect(halfYearOf('2026-01-01').half).toBe(1);
    expect(halfYearOf('2026-12-31').half).toBe(2);
    expect(halfYearOf('0999-03-01')).toEqual({
      year: 999,
      half: 1,
      start: '0999-01-01',
      end: '0999-06-30',
    });
    expect(halfYearOf('0042-09-01')).toMatchObject({ start: '0042-07-01', end: '0042-12-31' });
  });
});

describe('formatting and today', () => {
  it('writes dates the French way', () => {
    expect(formatDateFr('2026-11-27')).toBe('27/11/2026');
    expect(formatDateFr('2026-01-05')).toBe('05/01/2026');
    expect(formatDateFr('2026-11-27', { style: 'long' })).toBe('27 novembre 2026');
    expect(formatDateFr('2026-07-01', { style: 'long' })).toBe('1er juillet 2026');
    expect(formatDateFr('2026-08-15', { style: 'long' })).toBe('15 août 2026');
    expect(() => formatDateFr('2026-02-30')).toThrowError(invalidDate);
  });

  it('writes the short form as luxon does, on every day of several years', () => {
    const first = toEpochDay('0999-12-25');
    const years = [
      [first, first + 20],
      [toEpochDay('1899-12-01'), toEpochDay('1901-01-31')],
      [toEpochDay('1999-01-01'), toEpochDay('2031-12-31')],
      [toEpochDay('9999-12-01'), toEpochDay('9999-12-31')],
    ] as const;
    for (const [from, to] of years) {
      for (let epochDay = from; epochDay <= to; epochDay++) {
        const date = fromEpochDay(epochDay);
        const [year, month, day] = date.split('-').map(Number) as [number, number, number];
        const luxon = DateTime.fromObject({ year, month, day }, { zone: 'UTC', locale: 'fr' });
        expect(formatDateFr(date)).toBe(luxon.toFormat('dd/MM/yyyy'));
        expect(formatDateFr(date, { style: 'short' })).toBe(luxon.toFormat('dd/MM/yyyy'));
      }
    }
  });

  it('reads today in a zone and refuses unknown zones', () => {
    expect(isIsoDate(todayIn())).toBe(true);
    expect(isIsoDate(todayIn('Pacific/Kiritimati'))).toBe(true);
    const unknown = caughtTpeError(() => todayIn('Mars/Olympus'));
    expect(unknown).toMatchObject({ code: 'INVALID_ARGUMENT', details: { zone: 'Mars/Olympus' } });
    expect(unknown.message).toContain('Mars/Olympus');
  });
});
