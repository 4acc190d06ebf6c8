import type { DatedUnits } from '../../input/internal/readReceivable.js';

/**
 * How the money paid on an invoice payable in instalments is spread over
 * them: payments settle the instalments in due-date order, the earliest
 * first. So what is still outstanding belongs to the latest instalments: an
 * invoice of 3 × 100.00 with 150.00 outstanding owes 50.00 of the second
 * instalment and the whole third one.
 */

/**
 * Hands the parts of `outstanding` to `use`, each with the due day of its
 * instalment, the latest instalment first.
 */
export function forEachOutstandingInstalment(
  instalments: readonly DatedUnits[],
  outstanding: number,
  use: (dueDay: number, units: number) => void,
): void {
  let rest = outstanding;
  for (let index = instalments.length - 1; index >= 0 && rest > 0; index--) {
    const instalment = instalments[index] as DatedUnits;
    const units = Math.min(rest, instalment.units);
    use(instalment.day, units);
    rest -= units;
  }
}

/**
 * Hands the parts of each payment to `use`, each with the due day of the
 * instalment it settles: payments in date order settle the instalments in
 * due-date order. Without instalments, each payment settles the invoice due
 * on `dueDay`.
 */
export function forEachSettledInstalment(
  instalments: readonly DatedUnits[],
  dueDay: number,
  payments: readonly DatedUnits[],
  use: (payment: DatedUnits, dueDay: number, units: number) => void,
): void {
  if (instalments.length === 0) {
    for (const payment of payments) use(payment, dueDay, payment.units);
    return;
  }
  let current = 0;
  let leftOnCurrent = (instalments[0] as DatedUnits).units;
  for (const payment of payments) {
    let rest = payment.units;
    while (rest > 0 && current < instalments.length) {
      const units = Math.min(rest, leftOnCurrent);
      use(payment, (instalments[current] as DatedUnits).day, units);
      rest -= units;
      leftOnCurrent -= units;
      if (leftOnCurrent === 0) {
        current++;
        leftOnCurrent = instalments[current]?.units ?? 0;
      }
    }
  }
}
