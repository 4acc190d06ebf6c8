import { type IsoDate, isoDateSchema } from '@tpe/core';
import { z } from 'zod';

/**
 * The years for which the holiday and business-day functions answer:
 * 1900 to 2199. The list of C. trav. L3133-1 as it stands today is applied
 * to every year of the range; lists of the past differed.
 *
 * @example
 * ```ts
 * import { HOLIDAY_YEARS } from '@tpe/legal-fr';
 *
 * HOLIDAY_YEARS.last; // 2199
 * ```
 *
 * @category Holidays
 * @since 0.1.0
 */
export const HOLIDAY_YEARS: { readonly first: 1900; readonly last: 2199 } = Object.freeze({
  first: 1900,
  last: 2199,
});

/**
 * Whose public holidays apply:
 *
 * - `national`: the 11 days of C. trav. L3133-1;
 * - `alsaceMoselle`: departments 57, 67 and 68, which add Good Friday and
 *   26 December (C. trav. L3134-13);
 * - `guadeloupe`, `guyane`, `martinique`, `mayotte`, `reunion`,
 *   `saintBarthelemy`, `saintMartin`: the national days plus the day
 *   commemorating the abolition of slavery, whose date is set by decree for
 *   each territory. That list of dates is **unverified**: check it against
 *   the decree in force before relying on it.
 *
 * @example
 * ```ts
 * import { holidayRegionSchema, type HolidayRegion } from '@tpe/legal-fr';
 *
 * const region: HolidayRegion = holidayRegionSchema.parse('alsaceMoselle');
 * ```
 *
 * @category Holidays
 * @since 0.1.0
 */
export type HolidayRegion =
  | 'national'
  | 'alsaceMoselle'
  | 'guadeloupe'
  | 'guyane'
  | 'martinique'
  | 'mayotte'
  | 'reunion'
  | 'saintBarthelemy'
  | 'saintMartin';

/**
 * A zod schema for {@link HolidayRegion}.
 *
 * @example
 * ```ts
 * import { holidayRegionSchema } from '@tpe/legal-fr';
 *
 * holidayRegionSchema.safeParse('corsica').success; // false
 * ```
 *
 * @category Holidays
 * @since 0.1.0
 */
export const holidayRegionSchema: z.ZodType<HolidayRegion> = z.enum([
  'national',
  'alsaceMoselle',
  'guadeloupe',
  'guyane',
  'martinique',
  'mayotte',
  'reunion',
  'saintBarthelemy',
  'saintMartin',
]);

/**
 * Options of {@link frenchPublicHolidays} and {@link isPublicHoliday}.
 *
 * @category Holidays
 * @since 0.1.0
 */
export interface HolidayOptions {
  /** Whose holidays apply; `national` by default. */
  readonly region?: HolidayRegion | undefined;
}

/**
 * A zod schema for {@link HolidayOptions}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { holidayOptionsSchema } from '@tpe/legal-fr';
 *
 * holidayOptionsSchema.safeParse({ region: 'alsaceMoselle' }).success; // true
 * holidayOptionsSchema.safeParse({ regoin: 'alsaceMoselle' }).success; // false
 * ```
 *
 * @category Holidays
 * @since 0.1.0
 */
export const holidayOptionsSchema: z.ZodType<HolidayOptions> = z.strictObject({
  region: holidayRegionSchema.optional(),
});

/**
 * Which days of the week can be business days:
 *
 * - `mondayToFriday` (default): *jours ouvrés*, the days a typical office
 *   works;
 * - `mondayToSaturday`: *jours ouvrables*, every day but Sunday.
 *
 * Public holidays are never business days, whichever is chosen.
 *
 * @category Holidays
 * @since 0.1.0
 */
export type BusinessWeek = 'mondayToFriday' | 'mondayToSaturday';

/**
 * Options of the business-day functions ({@link isBusinessDay},
 * {@link nextBusinessDay}, {@link addBusinessDays}).
 *
 * @category Holidays
 * @since 0.1.0
 */
export interface BusinessDayOptions {
  /** Whose public holidays apply; `national` by default. */
  readonly region?: HolidayRegion | undefined;
  /** `mondayToFriday` (jours ouvrés) by default; `mondayToSaturday` for jours ouvrables. */
  readonly businessWeek?: BusinessWeek | undefined;
  /** Further days that are not business days (a company's closing days), `YYYY-MM-DD`; at most 1,000. */
  readonly closedDays?: readonly string[] | undefined;
}

/**
 * A zod schema for {@link BusinessDayOptions}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { businessDayOptionsSchema } from '@tpe/legal-fr';
 *
 * businessDayOptionsSchema.safeParse({ businessWeek: 'mondayToSaturday' }).success; // true
 * businessDayOptionsSchema.safeParse({ closedDays: ['2026-02-30'] }).success; // false
 * ```
 *
 * @category Holidays
 * @since 0.1.0
 */
export const businessDayOptionsSchema: z.ZodType<BusinessDayOptions> = z.strictObject({
  region: holidayRegionSchema.optional(),
  businessWeek: z.enum(['mondayToFriday', 'mondayToSaturday']).optional(),
  closedDays: z.array(isoDateSchema).max(1000).readonly().optional(),
});

/** A year of {@link HOLIDAY_YEARS}, with the issue code `out_of_range` otherwise. */
export const holidayYearSchema: z.ZodType<number> = z
  .int()
  .min(HOLIDAY_YEARS.first, {
    error: `Supported years are ${HOLIDAY_YEARS.first} to ${HOLIDAY_YEARS.last}`,
  })
  .max(HOLIDAY_YEARS.last, {
    error: `Supported years are ${HOLIDAY_YEARS.first} to ${HOLIDAY_YEARS.last}`,
  });

/** A date `YYYY-MM-DD` whose year is within {@link HOLIDAY_YEARS}. */
export const holidayDateSchema: z.ZodType<IsoDate, string> = isoDateSchema.check((context) => {
  const year = Number(context.value.slice(0, 4));
  if (year < HOLIDAY_YEARS.first || year > HOLIDAY_YEARS.last) {
    context.issues.push({
      code: 'custom',
      message: `Supported years are ${HOLIDAY_YEARS.first} to ${HOLIDAY_YEARS.last}, got ${context.value}`,
      input: context.value,
      params: { code: 'out_of_range' },
    });
  }
});
