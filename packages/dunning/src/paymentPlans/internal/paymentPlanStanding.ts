/** The facts of a plan the standing needs, in day numbers and minor units. */
export interface PlanTerms {
  readonly agreedDay: number;
  readonly cancelledDay: number | undefined;
  readonly graceDays: number;
  readonly instalmentDays: readonly number[];
  readonly instalmentUnits: readonly number[];
  readonly total: number;
}

/**
 * Where a payment plan stands on a day:
 *
 * - `notInForce`: not yet agreed;
 * - `ended`: cancelled on `day`;
 * - `completed`: nothing left to pay;
 * - `kept`: every instalment due was paid; `day` is the next instalment's date;
 * - `missed`: an instalment was not paid in time; `day` is the first day it
 *   counted as missed.
 */
export type PlanStanding =
  | { readonly state: 'notInForce' | 'completed' }
  | { readonly state: 'ended' | 'kept' | 'missed'; readonly day: number };

/**
 * The standing of a plan on `day`, given what its receivables still owe
 * that day. The plan covers `total`; an instalment counts as missed from
 * the day after its date plus the grace days, when the payments so far
 * (`total − remaining`) do not reach the instalments due by then.
 */
export function paymentPlanStanding(
  terms: PlanTerms,
  remaining: number,
  day: number,
): PlanStanding {
  if (day < terms.agreedDay) return { state: 'notInForce' };
  if (terms.cancelledDay !== undefined && terms.cancelledDay <= day) {
    return { state: 'ended', day: terms.cancelledDay };
  }
  if (remaining <= 0) return { state: 'completed' };
  const paid = terms.total - remaining;
  const last = terms.instalmentDays.length - 1;
  const missedFrom = (index: number) =>
    (terms.instalmentDays[index] as number) + terms.graceDays + 1;
  // The first instalment not yet missable or not paid; the last one is always unpaid here.
  let index = 0;
  let cumulated = terms.instalmentUnits[0] as number;
  while (index < last && missedFrom(index) <= day && paid >= cumulated) {
    index++;
    cumulated += terms.instalmentUnits[index] as number;
  }
  const from = missedFrom(index);
  return from > day
    ? { state: 'kept', day: terms.instalmentDays[index] as number }
    : { state: 'missed', day: from };
}
