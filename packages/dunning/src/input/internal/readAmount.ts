import * as core from '@tpe/core';
import { AMOUNT_OPTIONS } from '../Amount.js';

/** Read once: through a CommonJS `require`, each `core.name` read is a getter call. */
const { currency, isCurrencyCode, scaleOfDecimal, toScaledUnits } = core;

/** The units of an amount with more decimals than its currency has: a rule between fields is broken. */
export const TOO_MANY_DECIMALS = -1;

/**
 * An {@link Amount} in minor units of a currency with `exponent` decimals:
 * `NaN` when `dunningAmountSchema` refuses it, {@link TOO_MANY_DECIMALS}
 * when it has more decimals than the currency, a safe integer otherwise.
 */
export function readAmount(value: unknown, exponent: number): number {
  if (typeof value !== 'string') return Number.NaN;
  let decimals: number;
  try {
    decimals = scaleOfDecimal(value, AMOUNT_OPTIONS);
  } catch {
    return Number.NaN;
  }
  return decimals > exponent ? TOO_MANY_DECIMALS : toScaledUnits(value, exponent);
}

/** The decimals of a currency, or `NaN` for a code `currencyCodeSchema` refuses. */
export function exponentOf(code: unknown): number {
  if (code === undefined) return 2;
  if (code === 'EUR') return 2;
  return isCurrencyCode(code) ? Number(currency(code).exponent) : Number.NaN;
}
