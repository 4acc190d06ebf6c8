import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { holidaysOf } from './holidayCalendar.js';
import { type HolidayOptions, holidayOptionsSchema, holidayYearSchema } from './holidayOptions.js';
import type { PublicHoliday } from './PublicHoliday.js';

/**
 * The schema of the arguments of {@link frenchPublicHolidays}: a whole year
 * from 1900 to 2199 and optional {@link HolidayOptions}.
 *
 * @example
 * ```ts
 * import { frenchPublicHolidaysInputSchema } from '@tpe/legal-fr';
 *
 * frenchPublicHolidaysInputSchema.safeParse({ year: 2026.5 }).success; // false
 * ```
 *
 * @category Holidays
 * @since 0.1.0
 */
export const frenchPublicHolidaysInputSchema: z.ZodType<{
  readonly year: number;
  readonly options?: HolidayOptions | undefined;
}> = z.object({ year: holidayYearSchema, options: holidayOptionsSchema.optional() });

/**
 * The French public holidays (jours fériés) of a year, sorted by date.
 *
 * **Details**: the 11 days of C. trav. L3133-1 — 1 January, Easter Monday,
 * 1 May, 8 May, Ascension (Easter + 39), Whit Monday (Easter + 50), 14 July,
 * 15 August, 1 November, 11 November, 25 December — with Easter from
 * {@link easterSunday}. `region: 'alsaceMoselle'` adds Good Friday and
 * 26 December (C. trav. L3134-13); an overseas region adds its day for the
 * abolition of slavery (see {@link HolidayRegion}: that list is unverified).
 * Whit Monday carries a note: a company may work it as the « journée de
 * solidarité », but it remains a public holiday.
 *
 * **Gotchas**: two holidays can fall on the same date (Ascension was on
 * 1 May in 2008): both are listed. Holidays falling on a weekend are listed
 * too; French law moves none of them. Today's list is applied to every year
 * from 1900 to 2199; lists of the past differed.
 *
 * @param year - a whole year from 1900 to 2199
 * @param options - the region (`national` by default)
 * @returns 11 holidays (13 in Alsace-Moselle, 12 overseas)
 * @throws {@link TpeError} `INVALID_INPUT` for a year outside 1900–2199, a
 *   non-integer, or an unknown region or option
 *
 * @example
 * ```ts
 * import { frenchPublicHolidays } from '@tpe/legal-fr';
 *
 * frenchPublicHolidays(2026).map((holiday) => holiday.date);
 * // ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
 * //  '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25']
 * const goodFriday = frenchPublicHolidays(2026, { region: 'alsaceMoselle' })[1];
 * [goodFriday?.date, goodFriday?.name, goodFriday?.article]; // ['2026-04-03', 'Vendredi saint', 'C. trav. L3134-13']
 * ```
 *
 * @see C. trav. L3133-1; C. trav. L3134-13 (Alsace-Moselle)
 * @category Holidays
 * @since 0.1.0
 */
export function frenchPublicHolidays(
  year: number,
  options: HolidayOptions = {},
): readonly PublicHoliday[] {
  const input = parseWithSchema(frenchPublicHolidaysInputSchema, { year, options });
  return holidaysOf(input.year, input.options?.region ?? 'national');
}
