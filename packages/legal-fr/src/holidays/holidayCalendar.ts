import { addDays, compareDates, type IsoDate, parseIsoDate } from '@tpe/core';
import { computeEasterSunday } from './easterSunday.js';
import type { HolidayRegion } from './holidayOptions.js';
import type { PublicHoliday } from './PublicHoliday.js';

const NATIONAL = 'C. trav. L3133-1';
const ALSACE_MOSELLE = 'C. trav. L3134-13';
const ABOLITION = 'Abolition of slavery: date set by decree for each territory (unverified list)';

/** Month-day of the abolition-of-slavery holiday of each overseas region (reference list, unverified). */
const ABOLITION_OF_SLAVERY: Readonly<Partial<Record<HolidayRegion, string>>> = {
  mayotte: '04-27',
  martinique: '05-22',
  guadeloupe: '05-27',
  saintMartin: '05-28',
  guyane: '06-10',
  saintBarthelemy: '10-09',
  reunion: '12-20',
};

function fixed(year: number, monthDay: string): IsoDate {
  return parseIsoDate(`${year}-${monthDay}`);
}

/** The public holidays of a year already checked, sorted by date. */
export function holidaysOf(year: number, region: HolidayRegion): readonly PublicHoliday[] {
  const easter = computeEasterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: fixed(year, '01-01'), key: 'newYearsDay', name: "Jour de l'an", article: NATIONAL },
    { date: addDays(easter, 1), key: 'easterMonday', name: 'Lundi de Pâques', article: NATIONAL },
    { date: fixed(year, '05-01'), key: 'labourDay', name: 'Fête du Travail', article: NATIONAL },
    {
      date: fixed(year, '05-08'),
      key: 'victoryInEuropeDay',
      name: 'Victoire 1945',
      article: NATIONAL,
    },
    { date: addDays(easter, 39), key: 'ascensionDay', name: 'Ascension', article: NATIONAL },
    {
      date: addDays(easter, 50),
      key: 'whitMonday',
      name: 'Lundi de Pentecôte',
      article: NATIONAL,
      note: 'May be worked as the « journée de solidarité » in some companies; it remains a public holiday',
    },
    { date: fixed(year, '07-14'), key: 'nationalDay', name: 'Fête nationale', article: NATIONAL },
    { date: fixed(year, '08-15'), key: 'assumptionDay', name: 'Assomption', article: NATIONAL },
    { date: fixed(year, '11-01'), key: 'allSaintsDay', name: 'Toussaint', article: NATIONAL },
    { date: fixed(year, '11-11'), key: 'armisticeDay', name: 'Armistice 1918', article: NATIONAL },
    { date: fixed(year, '12-25'), key: 'christmasDay', name: 'Noël', article: NATIONAL },
  ];
  if (region === 'alsaceMoselle') {
    holidays.push(
      {
        date: addDays(easter, -2),
        key: 'goodFriday',
        name: 'Vendredi saint',
        article: ALSACE_MOSELLE,
        note: 'Legally in communes with a Protestant temple or a mixed church; observed across departments 57, 67 and 68 in practice',
      },
      {
        date: fixed(year, '12-26'),
        key: 'saintStephensDay',
        name: 'Saint-Étienne',
        article: ALSACE_MOSELLE,
      },
    );
  }
  const abolition = ABOLITION_OF_SLAVERY[region];
  if (abolition !== undefined) {
    holidays.push({
      date: fixed(year, abolition),
      key: 'abolitionOfSlaveryDay',
      name: "Abolition de l'esclavage",
      article: ABOLITION,
    });
  }
  return holidays.sort((left, right) => compareDates(left.date, right.date));
}
