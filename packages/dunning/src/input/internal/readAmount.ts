import * as core from '@tpe/core';
import { AMOUNT_OPTIONS } from '../Amount.js';

/** Read once: through a CommonJS `require`, each `core.name` read is a getter call. */
const { currency, isCurrencyCode, scaleOfDecimal, toScaledUnits } = core;

/** The units of an amount with more decimals than its currency has: a rule between fields is broken. */
export const TOO_MANY_DECIMALS = -1;

/** The decimals an {@link Amount} may have, and the scale it is read at most often (cents). */
const AMOUNT_DECIMALS = AMOUNT_OPTIONS.maxDecimals;
/** The first number of units, at {@link AMOUNT_DECIMALS}, past the integer digits an amount may have. */
const UNITS_LIMIT = 10 ** (AMOUNT_OPTIONS.maxIntegerDigits + AMOUNT_DECIMALS);
const MINUS = 45;
const ZERO = 48;
const POINT = 46;

/**
 * An {@link Amount} in minor units of a currency with `exponent` decimals:
 * `NaN` when `dunningAmountSchema` refuses it, {@link TOO_MANY_DECIMALS}
 * when it has more decimals than the currency, a safe integer otherwise.
 */
export function readAmount(value: unknown, exponent: number): number {
  if (typeof value !== 'string') return Number.NaN;
  if (exponent === AMOUNT_DECIMALS) return readAtAmountScale(value);
  let decimals: number;
  try {
    decimals = scaleOfDecimal(value, AMOUNT_OPTIONS);
  } catch {
    return Number.NaN;
  }
  return decimals > exponent ? TOO_MANY_DECIMALS : toScaledUnits(value, exponent);
}

/**
 * An amount read at the scale of its own most decimals. The usual form,
 * whole units, a point and every decimal (`1234.56`), is read in one scan
 * of its own; any other goes through `toScaledUnits`, which reads the same
 * syntax as the schema with the same decimals, and accepts beyond it only a
 * minus sign and more integer digits, which give units from
 * {@link UNITS_LIMIT} up.
 */
function readAtAmountScale(value: string): number {
  const plain = plainUnitsOf(value);
  if (plain >= 0) return plain;
  if (value.charCodeAt(0) === MINUS) return Number.NaN;
  let units: number;
  try {
    units = toScaledUnits(value, AMOUNT_DECIMALS);
  } catch {
    return Number.NaN;
  }
  return units < UNITS_LIMIT ? units : Number.NaN;
}

/** The decimals of a currency, or `NaN` for a code `currencyCodeSchema` refuses. */
export function exponentOf(code: unknown): number {
  if (code === undefined) return 2;
  if (code === 'EUR') return 2;
  return isCurrencyCode(code) ? Number(currency(code).exponent) : Number.NaN;
}

/**
 * The units of an amount written with {@link AMOUNT_DECIMALS} decimals
 * after a point and whole units without a leading zero (but `0.xx`), at
 * most `AMOUNT_OPTIONS.maxIntegerDigits` digits of them; or -1 for any other
 * string (which may still be a valid amount). Such an amount is below
 * {@link UNITS_LIMIT}, a safe integer: the digits add up exactly.
 */
function plainUnitsOf(value: string): number {
  const point = value.length - 1 - AMOUNT_DECIMALS;
  if (point < 1 || point > AMOUNT_OPTIONS.maxIntegerDigits || value.charCodeAt(point) !== POINT) {
    return -1;
  }
  let units = value.charCodeAt(0) - ZERO;
  if (units < 0 || units > 9 || (units === 0 && point > 1)) return -1;
  for (let index = 1; index < point; index++) {
    const digit = value.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    units = units * 10 + digit;
  }
  for (let index = point + 1; index < value.length; index++) {
    const digit = value.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    units = units * 10 + digit;
  }
  return units;
}
