import { type IsoDate, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { businessDayPredicate, stepDay } from './businessCalendar.js';
import {
  type BusinessDayOptions,
  businessDayOptionsSchema,
  holidayDateSchema,
} from './holidayOptions.js';

/**
 * The schema of the arguments of {@link addBusinessDays}.
 *
 * @example
 * ```ts
 * import { addBusinessDaysInputSchema } from '@tpe/legal-fr';
 *
 * addBusinessDaysInputSchema.safeParse({ date: '2026-05-07', days: 1.5 }).success; // false
 * ```
 *
 * @category Holidays
 * @since 0.1.0
 */
export const addBusinessDaysInputSchema: z.ZodType<{
  readonly date: IsoDate;
  readonly days: number;
  readonly options?: BusinessDayOptions | undefined;
}> = z.object({
  date: holidayDateSchema,
  days: z.int(),
  options: businessDayOptionsSchema.optional(),
});

/**
 * The business day `days` business days after a date (before it if `days`
 * is negative), the date itself not counted.
 *
 * **When to use**: to schedule a reminder "3 business days after" an event.
 * **Never use it to compute a legal due date**, which runs in calendar days.
 *
 * **Details**: with `days` = n > 0, the result is the n-th business day
 * strictly after `date`, whether `date` itself is a business day or not;
 * with n < 0, the |n|-th business day strictly before it. With `days` = 0
 * the result is {@link nextBusinessDay} of `date` (the date itself if it is a
 * business day), so that the result is always a business day.
 *
 * @param date - `YYYY-MM-DD`, years 1900–2199
 * @param days - a whole number of business days, negative to go back
 * @param options - region (`national`), business week (`mondayToFriday`), closed days
 * @returns a business day
 * @throws {@link TpeError} `INVALID_INPUT` for a bad date, a non-integer
 *   count or bad options; `OUT_OF_RANGE` when the result would fall outside
 *   1900–2199
 *
 * @example
 * ```ts
 * import { addBusinessDays } from '@tpe/legal-fr';
 *
 * addBusinessDays('2026-05-07', 1); // '2026-05-11' (8 May is a holiday, then the weekend)
 * addBusinessDays('2026-05-07', 5); // '2026-05-18' (skips Ascension, 14 May)
 * addBusinessDays('2026-05-11', -1); // '2026-05-07'
 * addBusinessDays('2026-05-09', 0); // '2026-05-11'
 * ```
 *
 * @see C. trav. L3133-1 (holidays)
 * @category Holidays
 * @since 0.1.0
 */
export function addBusinessDays(
  date: string,
  days: number,
  options: BusinessDayOptions = {},
): IsoDate {
  const input = parseWithSchema(addBusinessDaysInputSchema, { date, days, options });
  const isOpen = businessDayPredicate(input.options ?? {});
  let day = input.date;
  if (input.days === 0) {
    while (!isOpen(day)) day = stepDay(day, 1);
    return day;
  }
  const step = input.days > 0 ? 1 : -1;
  let remaining = Math.abs(input.days);
  while (remaining > 0) {
    day = stepDay(day, step);
    if (isOpen(day)) remaining -= 1;
  }
  return day;
}
