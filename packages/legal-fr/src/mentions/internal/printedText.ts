import { parseDecimal } from '@tpe/core';

/** Whether a printed text is absent or made of spaces only. */
export function isBlank(value: string | undefined): value is undefined {
  return value === undefined || value.trim() === '';
}

/**
 * A percent string written the French way, without trailing zeros:
 * `"12.15"` → `"12,15"`, `"5.50"` → `"5,5"`, `"20.00"` → `"20"`.
 */
export function formatPercentFr(rate: string): string {
  return parseDecimal(rate).toFixed().replace('.', ',');
}

/** A rate as a stable key (`"20.00"` and `"20"` give `"20"`). */
export function rateKey(rate: string): string {
  return parseDecimal(rate).toFixed();
}
