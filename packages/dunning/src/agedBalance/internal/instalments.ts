import type { DatedUnits } from '../../input/internal/readReceivable.js';
import type { ReceivableColumns } from '../../input/internal/receivableColumns.js';

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
 * Hands the parts of each payment of a row to `use`, each with the day of
 * the payment and the due day of the instalment it settles: payments in
 * date order settle the instalments in due-date order. Without
 * instalments, each payment settles the invoice due on its due day.
 */
export function forEachSettledInstalment(
  rows: ReceivableColumns,
  row: number,
  instalments: readonly DatedUnits[],
  use: (paymentDay: number, dueDay: number, units: number) => void,
): void {
  const { paymentDay, paymentUnits } = rows;
  const first = rows.paymentStart[row] as number;
  const end = rows.paymentStart[row + 1] as number;
  if (instalments.length === 0) {
    const dueDay = rows.dueDay[row] as number;
    for (let payment = first; payment < end; payment++) {
      use(paymentDay[payment] as number, dueDay, paymentUnits[payment] as number);
    }
    return;
  }
  let current = 0;
  let leftOnCurrent = (instalments[0] as DatedUnits).units;
  for (let payment = first; payment < end; payment++) {
    let rest = paymentUnits[payment] as number;
    while (rest > 0 && current < instalments.length) {
      const units = Math.min(rest, leftOnCurrent);
      use(paymentDay[payment] as number, (instalments[current] as DatedUnits).day, units);
      rest -= units;
      leftOnCurrent -= units;
      if (leftOnCurrent === 0) {
        current++;
        leftOnCurrent = instalments[current]?.units ?? 0;
      }
    }
  }
}
