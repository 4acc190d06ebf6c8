import { type IsoDate, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { holidaysOf } from './holidayCalendar.js';
import { type HolidayOptions, holidayDateSchema, holidayOptionsSchema } from './holidayOptions.js';

/**
 * The schema of the arguments of {@link isPublicHoliday}: a date
 * `YYYY-MM-DD` of the years 1900–2199 and optional {@link HolidayOptions}.
 *
 * @example
 * ```ts
 * import { isPublicHolidayInputSchema } from '@tpe/legal-fr';
 *
 * isPublicHolidayInputSchema.safeParse({ date: '2026-02-30' }).success; // false
 * ```
 *
 * @category Holidays
 * @since 0.1.0
 */
export const isPublicHolidayInputSchema: z.ZodType<{
  readonly date: IsoDate;
  readonly options?: HolidayOptions | undefined;
}> = z.object({ date: holidayDateSchema, options: holidayOptionsSchema.optional() });

/**
 * Tells whether a date is a French public holiday (see
 * {@link frenchPublicHolidays}), whatever the day of the week.
 *
 * @param date - `YYYY-MM-DD`, years 1900–2199
 * @param options - the region (`national` by default)
 * @returns `true` on a public holiday of the region
 * @throws {@link TpeError} `INVALID_INPUT` for a non-existent date, a year
 *   outside 1900–2199 (issue code `out_of_range`) or an unknown region
 *
 * @example
 * ```ts
 * import { isPublicHoliday } from '@tpe/legal-fr';
 *
 * isPublicHoliday('2026-05-14'); // true (Ascension)
 * isPublicHoliday('2026-08-15'); // true (a Saturday, still a holiday)
 * isPublicHoliday('2026-04-03'); // false
 * isPublicHoliday('2026-04-03', { region: 'alsaceMoselle' }); // true (Good Friday)
 * ```
 *
 * @see C. trav. L3133-1; C. trav. L3134-13 (Alsace-Moselle)
 * @category Holidays
 * @since 0.1.0
 */
export function isPublicHoliday(date: string, options: HolidayOptions = {}): boolean {
  const input = parseWithSchema(isPublicHolidayInputSchema, { date, options });
  const year = Number(input.date.slice(0, 4));
  return holidaysOf(year, input.options?.region ?? 'national').some(
    (holiday) => holiday.date === input.date,
  );
}
