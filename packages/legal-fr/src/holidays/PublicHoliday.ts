import type { IsoDate } from '@tpe/core';

/**
 * Stable identifiers of the French public holidays.
 *
 * @category Holidays
 * @since 0.1.0
 */
export type PublicHolidayKey =
  | 'newYearsDay'
  | 'goodFriday'
  | 'easterMonday'
  | 'labourDay'
  | 'victoryInEuropeDay'
  | 'ascensionDay'
  | 'whitMonday'
  | 'nationalDay'
  | 'assumptionDay'
  | 'allSaintsDay'
  | 'armisticeDay'
  | 'christmasDay'
  | 'saintStephensDay'
  | 'abolitionOfSlaveryDay';

/**
 * One public holiday (jour férié) of a given year.
 *
 * @example
 * ```ts
 * import type { PublicHoliday } from '@tpe/legal-fr';
 *
 * const holiday: PublicHoliday = {
 *   date: '2026-05-25' as PublicHoliday['date'],
 *   key: 'whitMonday',
 *   name: 'Lundi de Pentecôte',
 *   article: 'C. trav. L3133-1',
 *   note: 'May be worked as the « journée de solidarité » in some companies; it remains a public holiday',
 * };
 * ```
 *
 * @category Holidays
 * @since 0.1.0
 */
export interface PublicHoliday {
  readonly date: IsoDate;
  /** A stable identifier, for code. */
  readonly key: PublicHolidayKey;
  /** The French name, for display. */
  readonly name: string;
  /** The legal basis. */
  readonly article: string;
  /** A remark on how the day is observed, when there is one. */
  readonly note?: string;
}
