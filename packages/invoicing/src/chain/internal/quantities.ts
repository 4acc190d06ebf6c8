import { Decimal, formatScaledUnits, roundDecimal, toScaledBigInt } from '@tpe/core';

/** Zero, as a quantity or a fraction. */
export const ZERO: Decimal = new Decimal(0);

/** One whole: a fraction of a line fully taken. */
export const ONE: Decimal = new Decimal(1);

/** A hundred: percentages to fractions. */
export const HUNDRED: Decimal = new Decimal(100);

/** Reads a quantity, price or rate the schemas already checked. */
export function decimalOf(text: string): Decimal {
  return new Decimal(text);
}

/** Writes a quantity as a plain decimal string without trailing zeros (`"2"`, `"2.5"`). */
export function formatQuantity(value: Decimal): string {
  return value.isZero() ? '0' : value.toFixed();
}

/** Whether `part` has the sign of `whole` and is not larger than it. */
export function fitsWithin(part: Decimal, whole: Decimal): boolean {
  if (part.isZero()) return true;
  if (part.isNegative() !== whole.isNegative()) return false;
  return part.abs().lte(whole.abs());
}

/** Cents of a 2-decimal amount string. */
export function centsOf(amount: string): bigint {
  return toScaledBigInt(amount, 2);
}

/** A 2-decimal amount string from cents. */
export function formatCents(cents: bigint): string {
  return formatScaledUnits(cents, 2);
}

/** Rounds a number of cents given as a decimal to whole cents, half away from zero. */
export function roundToCents(cents: Decimal): bigint {
  return BigInt(roundDecimal(cents, 0).toFixed());
}
