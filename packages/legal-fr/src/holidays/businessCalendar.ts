import { addDays, dayOfWeek, type IsoDate, TpeError } from '@tpe/core';
import { holidaysOf } from './holidayCalendar.js';
import { type BusinessDayOptions, HOLIDAY_YEARS } from './holidayOptions.js';

/**
 * A predicate telling whether a date is a business day under checked
 * options. Holidays are computed once per year met, for the life of the
 * predicate only.
 */
export function businessDayPredicate(options: BusinessDayOptions): (date: IsoDate) => boolean {
  const region = options.region ?? 'national';
  const lastWeekday = options.businessWeek === 'mondayToSaturday' ? 6 : 5;
  const closedDays = new Set<string>(options.closedDays ?? []);
  const holidaysByYear = new Map<number, ReadonlySet<string>>();
  return (date) => {
    if (dayOfWeek(date) > lastWeekday || closedDays.has(date)) return false;
    const year = Number(date.slice(0, 4));
    let holidays = holidaysByYear.get(year);
    if (holidays === undefined) {
      holidays = new Set(holidaysOf(year, region).map((holiday) => holiday.date));
      holidaysByYear.set(year, holidays);
    }
    return !holidays.has(date);
  };
}

/** The day after (`step` 1) or before (`step` -1), refusing to leave the supported years. */
export function stepDay(date: IsoDate, step: 1 | -1): IsoDate {
  const next = addDays(date, step);
  const year = Number(next.slice(0, 4));
  if (year > HOLIDAY_YEARS.last || year < HOLIDAY_YEARS.first) {
    throw new TpeError(
      'OUT_OF_RANGE',
      `Business days are known for the years ${HOLIDAY_YEARS.first} to ${HOLIDAY_YEARS.last} only; the search reached ${next}`,
      { details: { date: next, firstYear: HOLIDAY_YEARS.first, lastYear: HOLIDAY_YEARS.last } },
    );
  }
  return next;
}
