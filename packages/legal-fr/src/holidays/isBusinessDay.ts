import { type IsoDate, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { businessDayPredicate } from './businessCalendar.js';
import {
  type BusinessDayOptions,
  businessDayOptionsSchema,
  holidayDateSchema,
} from './holidayOptions.js';

/**
 * The schema of the arguments of {@link isBusinessDay} and
 * {@link nextBusinessDay}: a date `YYYY-MM-DD` of the years 1900–2199 and
 * optional {@link BusinessDayOptions}.
 *
 * @example
 * ```ts
 * import { businessDayInputSchema } from '@tpe/legal-fr';
 *
 * businessDayInputSchema.safeParse({ date: '2026-05-08', options: { region: 'national' } }).success; // true
 * ```
 *
 * @category Holidays
 * @since 0.1.0
 */
export const businessDayInputSchema: z.ZodType<{
  readonly date: IsoDate;
  readonly options?: BusinessDayOptions | undefined;
}> = z.object({ date: holidayDateSchema, options: businessDayOptionsSchema.optional() });

/**
 * Tells whether a date is a business day: Monday to Friday (or to Saturday
 * with `businessWeek: 'mondayToSaturday'`), not a public holiday of the
 * region, and not one of the `closedDays`.
 *
 * **When to use**: to schedule reminders and other sending dates. **Never
 * use it to move a legal due date**: a payment term runs in calendar days
 * and a due date falling on a weekend or a holiday stays where it is.
 *
 * **Details**: by default the business days are the *jours ouvrés* (Monday
 * to Friday); pass `businessWeek: 'mondayToSaturday'` for the *jours
 * ouvrables*. Holidays come from {@link frenchPublicHolidays}.
 *
 * @param date - `YYYY-MM-DD`, years 1900–2199
 * @param options - region (`national`), business week (`mondayToFriday`), closed days
 * @returns `true` on a business day
 * @throws {@link TpeError} `INVALID_INPUT` for a non-existent date, a year
 *   outside 1900–2199 or bad options
 *
 * @example
 * ```ts
 * import { isBusinessDay } from '@tpe/legal-fr';
 *
 * isBusinessDay('2026-05-07'); // true (Thursday)
 * isBusinessDay('2026-05-08'); // false (Victoire 1945)
 * isBusinessDay('2026-05-09'); // false (Saturday)
 * isBusinessDay('2026-05-09', { businessWeek: 'mondayToSaturday' }); // true
 * isBusinessDay('2026-04-03', { region: 'alsaceMoselle' }); // false (Good Friday)
 * isBusinessDay('2026-12-24', { closedDays: ['2026-12-24'] }); // false
 * ```
 *
 * @see C. trav. L3133-1; C. trav. L3134-13 (Alsace-Moselle)
 * @category Holidays
 * @since 0.1.0
 */
export function isBusinessDay(date: string, options: BusinessDayOptions = {}): boolean {
  const input = parseWithSchema(businessDayInputSchema, { date, options });
  return businessDayPredicate(input.options ?? {})(input.date);
}
