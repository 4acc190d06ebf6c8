import type { ReadReceivable } from '../../input/internal/readReceivable.js';

/** Where an open invoice stands on a day. */
export interface Standing {
  /** What is owed on the day, in minor units. */
  readonly outstanding: number;
  /** The due date reminded: the invoice's, or its earliest unpaid instalment's. */
  readonly dueDay: number;
  /**
   * What a message claims: the part already due when it is late (the
   * instalments due and unpaid), the unpaid part of the instalment coming
   * due when it is not.
   */
  readonly dueUnits: number;
}

/**
 * What is owed on a day: the outstanding given, plus the payments dated
 * after that day (the outstanding is given as of the day the data is read).
 * The same as `owedAtEndOf` of the columns of many receivables, for one
 * read on its own.
 */
export function outstandingOn(receivable: ReadReceivable, day: number): number {
  const { payments } = receivable;
  let outstanding = receivable.outstanding;
  for (let index = payments.length - 1; index >= 0; index--) {
    const payment = payments[index] as ReadReceivable['payments'][number];
    if (payment.day <= day) break;
    outstanding += payment.units;
  }
  return Math.min(outstanding, receivable.amount);
}

/**
 * Where an invoice with `outstanding` owed stands on `day`. Payments go to
 * the earliest instalments first.
 */
export function standingOf(receivable: ReadReceivable, outstanding: number, day: number): Standing {
  const { instalments } = receivable;
  if (instalments.length === 0) {
    return { outstanding, dueDay: receivable.dueDay, dueUnits: outstanding };
  }
  const paid = receivable.amount - outstanding;
  let cumulated = 0;
  let dueDay = receivable.dueDay;
  let upcoming = 0;
  let dueBefore = 0;
  let found = false;
  for (const instalment of instalments) {
    cumulated += instalment.units;
    if (!found && cumulated > paid) {
      found = true;
      dueDay = instalment.day;
      upcoming = cumulated - paid;
    }
    if (instalment.day < day) dueBefore = cumulated;
  }
  const overdue = dueBefore - paid;
  return { outstanding, dueDay, dueUnits: day > dueDay ? overdue : upcoming };
}
