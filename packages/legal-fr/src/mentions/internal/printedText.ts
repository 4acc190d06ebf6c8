import * as core from '@tpe/core';

/** Read once: see `shared/internal/fieldChecks.ts`. */
const { toScaledUnits } = core;

/** The most decimals of a rate (`DECIMAL_KINDS.rate`): a rate in these units is a safe integer. */
const RATE_DECIMALS = 6;
const RATE_UNIT = 1_000_000;

/** Whether a printed text is absent or made of spaces only. */
export function isBlank(value: string | undefined): value is undefined {
  return value === undefined || value.trim() === '';
}

/**
 * A percent string written the French way, without trailing zeros:
 * `"12.15"` → `"12,15"`, `"5.50"` → `"5,5"`, `"20.00"` → `"20"`.
 */
export function formatPercentFr(rate: string): string {
  return rateKey(rate).replace('.', ',');
}

/**
 * A rate (a percent string of `DECIMAL_KINDS.rate`) in millionths of a
 * percent: `"5.5"` → `5500000`.
 */
export function rateUnits(rate: string): number {
  return toScaledUnits(rate, RATE_DECIMALS);
}

/** A rate as a stable key, without trailing zeros (`"20.00"` and `"20"` give `"20"`). */
export function rateKey(rate: string): string {
  const units = rateUnits(rate);
  const whole = Math.trunc(units / RATE_UNIT);
  const fraction = units - whole * RATE_UNIT;
  if (fraction === 0) return String(whole);
  const digits = String(fraction).padStart(RATE_DECIMALS, '0');
  let end = RATE_DECIMALS;
  while (digits.charCodeAt(end - 1) === 48) end--;
  return `${whole}.${digits.slice(0, end)}`;
}
