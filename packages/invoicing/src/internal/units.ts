import { divideRounded } from '@tpe/core';

/**
 * Whole numbers of a unit (cents, millionths of a percent…): a safe integer
 * in a number, and a bigint only beyond 2^53. Every function here keeps that
 * form, so that equal values are always held alike and the common case never
 * touches bigint.
 */
export type Units = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER;
const MAX_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/** A bigint back in a number when it is a safe integer. */
export function narrow(value: bigint): Units {
  return value >= -MAX_BIG && value <= MAX_BIG ? Number(value) : value;
}

/** `a + b`, exactly. */
export function addUnits(a: Units, b: Units): Units {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    // Past 2^53 the float sum is at or beyond it: never mistaken for a safe integer.
    if (sum >= -MAX && sum <= MAX) return sum;
  }
  return narrow(BigInt(a) + BigInt(b));
}

/** `a − b`, exactly. */
export function subtractUnits(a: Units, b: Units): Units {
  if (typeof a === 'number' && typeof b === 'number') {
    const difference = a - b;
    if (difference >= -MAX && difference <= MAX) return difference + 0;
  }
  return narrow(BigInt(a) - BigInt(b));
}

/** `a × b`, exactly. */
export function multiplyUnits(a: Units, b: Units): Units {
  if (typeof a === 'number' && typeof b === 'number') {
    const product = a * b;
    if (product >= -MAX && product <= MAX) return product + 0;
  }
  return narrow(BigInt(a) * BigInt(b));
}

/** `numerator / divisor` rounded half away from zero; `divisor` > 0. */
export function divideUnits(numerator: Units, divisor: Units): Units {
  if (divisor === 1) return numerator;
  if (typeof numerator === 'number' && typeof divisor === 'number') {
    return divideRounded(numerator, divisor);
  }
  return narrow(divideRounded(BigInt(numerator), BigInt(divisor)));
}

/** Whether a value is zero. */
export function isZeroUnits(value: Units): boolean {
  return value === 0 || value === 0n;
}
