import { divideRounded, formatScaledUnits, toScaledBigInt } from '@tpe/core';

/**
 * A decimal held exactly: `units` / 10^`scale`. The figures of a received
 * invoice are read into this form (from their canonical decimal strings)
 * for the arithmetic checks; no float is ever involved.
 */
export interface Exact {
  readonly units: bigint;
  readonly scale: number;
}

/** Zero at scale 2. */
export const ZERO: Exact = Object.freeze({ units: 0n, scale: 2 });

/** Cents: the scale of the rounded amounts EN 16931 checks. */
const CENTS = 2;

function powerOfTen(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

/** The exact value of a canonical decimal string. */
export function exactOf(decimal: string): Exact {
  const scale = decimalsOf(decimal);
  return { units: toScaledBigInt(decimal, scale), scale };
}

/** The units of `value` at a scale at least its own. */
function unitsAt(value: Exact, scale: number): bigint {
  return value.units * powerOfTen(scale - value.scale);
}

/** `left + right`, exactly. */
export function plus(left: Exact, right: Exact): Exact {
  const scale = Math.max(left.scale, right.scale);
  return { units: unitsAt(left, scale) + unitsAt(right, scale), scale };
}

/** `left − right`, exactly. */
export function minus(left: Exact, right: Exact): Exact {
  return plus(left, { units: -right.units, scale: right.scale });
}

/** The sum of decimal strings, exactly. */
export function sumOf(decimals: readonly string[]): Exact {
  let total = ZERO;
  for (const decimal of decimals) total = plus(total, exactOf(decimal));
  return total;
}

/** Whether two values are equal (`"1.50"` and `"1.5"` are). */
export function sameValue(left: Exact, right: Exact): boolean {
  const scale = Math.max(left.scale, right.scale);
  return unitsAt(left, scale) === unitsAt(right, scale);
}

/** The value as an amount string: at least 2 decimals, more only when it has them. */
export function formatAmount(value: Exact): string {
  const scale = Math.max(CENTS, value.scale);
  return formatScaledUnits(unitsAt(value, scale), scale);
}

/**
 * `factor × multiplier ÷ divisor` rounded to the cent, half away from zero
 * (EN 16931 rounding of BT-131 and BT-117); `undefined` when the divisor is
 * zero.
 */
export function roundedToCents(
  factor: Exact,
  multiplier: Exact,
  divisor: Exact,
): Exact | undefined {
  if (divisor.units === 0n) return undefined;
  const numerator = factor.units * multiplier.units * powerOfTen(divisor.scale) * powerOfTen(CENTS);
  const denominator = divisor.units * powerOfTen(factor.scale + multiplier.scale);
  return { units: divideRounded(numerator, denominator, 'halfUp'), scale: CENTS };
}

/** One hundred, the divisor of a percentage. */
export const HUNDRED: Exact = Object.freeze({ units: 100n, scale: 0 });

/** One, the price base quantity when none is given. */
export const ONE: Exact = Object.freeze({ units: 1n, scale: 0 });

/** The number of decimals a canonical decimal string has. */
export function decimalsOf(decimal: string): number {
  const point = decimal.indexOf('.');
  return point < 0 ? 0 : decimal.length - point - 1;
}
