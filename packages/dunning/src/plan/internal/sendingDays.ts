import * as core from '@tpe/core';
import { type HolidayRegion, nextBusinessDay } from '@tpe/legal-fr';

/** Read once: through a CommonJS `require`, each `core.name` read is a getter call. */
const { fromEpochDay, toEpochDay } = core;

/**
 * The day a message planned for a day is sent: that day, or with business
 * days only the first business day on or after it in the customer's
 * region (and not one of the creditor's closing days).
 */
export interface SendingDays {
  /** The sending day of `day` (day numbers). */
  readonly of: (day: number, region: HolidayRegion) => number;
}

/**
 * Creates the sending days of one run. Each day and region is looked up
 * once: a run meets few distinct days, and `nextBusinessDay` checks its
 * input and builds its calendar at each call.
 */
export function createSendingDays(
  businessDaysOnly: boolean,
  closedDays: readonly string[],
): SendingDays {
  if (!businessDaysOnly) return { of: (day) => day };
  const known = new Map<HolidayRegion, Map<number, number>>();
  return {
    of(day, region) {
      let days = known.get(region);
      if (days === undefined) {
        days = new Map();
        known.set(region, days);
      }
      let sending = days.get(day);
      if (sending === undefined) {
        sending = toEpochDay(nextBusinessDay(fromEpochDay(day), { region, closedDays }));
        days.set(day, sending);
      }
      return sending;
    },
  };
}
