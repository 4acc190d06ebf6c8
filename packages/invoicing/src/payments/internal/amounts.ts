import { formatScaledUnits, toScaledBigInt } from '@tpe/core';

/** Amounts have 2 decimals whatever the currency, as on EN 16931 invoices (BR-DEC rules). */
const AMOUNT_SCALE = 2;

/** An amount string as hundredths (cents for EUR). */
export function unitsOf(amount: string): bigint {
  return toScaledBigInt(amount, AMOUNT_SCALE);
}

/** Hundredths back to an amount string with 2 decimals. */
export function amountOf(units: bigint): string {
  return formatScaledUnits(units, AMOUNT_SCALE);
}

/** The sum of amount strings, in hundredths. */
export function sumUnits(amounts: Iterable<string>): bigint {
  let total = 0n;
  for (const amount of amounts) total += unitsOf(amount);
  return total;
}
