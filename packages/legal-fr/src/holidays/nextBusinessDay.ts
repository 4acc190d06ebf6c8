import { type IsoDate, parseWithSchema } from '@tpe/core';
import { businessDayPredicate, stepDay } from './businessCalendar.js';
import type { BusinessDayOptions } from './holidayOptions.js';
import { businessDayInputSchema } from './isBusinessDay.js';

/**
 * The first business day on or after a date: the date itself when it is a
 * business day (see {@link isBusinessDay}), otherwise the next one.
 *
 * **When to use**: to shift a reminder or a letter that would be sent on a
 * weekend or a holiday. **Never use it to move a legal due date**: a payment
 * falling due on a Saturday is due that Saturday, and late-payment penalties
 * run from the day after.
 *
 * @param date - `YYYY-MM-DD`, years 1900–2199
 * @param options - region (`national`), business week (`mondayToFriday`), closed days
 * @returns the first business day ≥ `date`
 * @throws {@link TpeError} `INVALID_INPUT` for a bad date or options;
 *   `OUT_OF_RANGE` when the search would go past 2199-12-31
 *
 * @example
 * ```ts
 * import { nextBusinessDay } from '@tpe/legal-fr';
 *
 * nextBusinessDay('2026-05-07'); // '2026-05-07' (already a business day)
 * nextBusinessDay('2026-05-08'); // '2026-05-11' (holiday, then the weekend)
 * nextBusinessDay('2026-04-03', { region: 'alsaceMoselle' }); // '2026-04-07'
 * nextBusinessDay('2026-05-09', { businessWeek: 'mondayToSaturday' }); // '2026-05-09'
 * ```
 *
 * @see C. trav. L3133-1 (holidays)
 * @category Holidays
 * @since 0.1.0
 */
export function nextBusinessDay(date: string, options: BusinessDayOptions = {}): IsoDate {
  const input = parseWithSchema(businessDayInputSchema, { date, options });
  const isOpen = businessDayPredicate(input.options ?? {});
  let day = input.date;
  while (!isOpen(day)) day = stepDay(day, 1);
  return day;
}
