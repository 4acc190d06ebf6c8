import * as core from '@tpe/core';
import type { InvoiceAllowance, InvoiceLineForMentions } from '../InvoiceForMentions.js';
import { rateKey, rateUnits } from './printedText.js';

/** Read once: see `shared/internal/fieldChecks.ts`. */
const { divideRounded, toScaledBigInt } = core;

/**
 * Amounts here are euro cents as bigints: exact whatever the size of the
 * invoice (amounts of 15 integer digits, prices and quantities of 6
 * decimals), with no decimal object built.
 */

/** The VAT base and amount that should be printed for one rate, in cents. */
export interface RateAmounts {
  readonly rate: string;
  readonly base: bigint;
  readonly vat: bigint;
}

/** The totals an invoice should print, computed from its lines (EN 16931 BR-CO-10…15), in cents. */
export interface ExpectedAmounts {
  readonly totalExclVat: bigint;
  /** Per rate key (`"20"`, `"5.5"`, `"0"`); absent when an allowance cannot be attributed to a rate. */
  readonly byRate?: ReadonlyMap<string, RateAmounts>;
  readonly totalVat?: bigint;
  readonly totalInclVat?: bigint;
}

/** Prices and quantities are read in millionths: their product is in 10^-12. */
const LINE_DECIMALS = 6;
const PRODUCT_PER_CENT = 10n ** 10n;
/** A base in cents times a rate in millionths of a percent is in 10^-10 euro. */
const VAT_PER_CENT = 10n ** 8n;

/** An amount of at most 2 decimals (`DECIMAL_KINDS.amount`) in cents. */
export function cents(amount: string): bigint {
  return toScaledBigInt(amount, 2);
}

/** The VAT on a base at a rate (percent), rounded half-up to the cent. */
export function vatOn(base: bigint, rate: string): bigint {
  return divideRounded(base * BigInt(rateUnits(rate)), VAT_PER_CENT, 'halfUp');
}

/**
 * Computes the totals from the lines: line net = quantity × unit price
 * rounded half-up to the cent, less the line rebate; base per rate = sum of
 * the line nets of that rate less the allowances of that rate; VAT per rate =
 * base × rate rounded half-up to the cent (the VAT is computed on the base,
 * not line by line). Returns `undefined` when a line lacks a figure.
 *
 * @param lines - the invoice lines
 * @param allowances - document-level rebates
 * @param vatCharged - `false` under the franchise en base: every rate counts as 0
 * @param missingRate - the rate of a line that prints none (`"0"` on an exempt
 *   invoice), or `undefined` when such a line makes the totals unknowable
 */
export function computeExpectedAmounts(
  lines: readonly InvoiceLineForMentions[],
  allowances: readonly InvoiceAllowance[],
  vatCharged: boolean,
  missingRate: string | undefined,
): ExpectedAmounts | undefined {
  if (lines.length === 0) return undefined;
  const bases = new Map<string, bigint>();
  let totalExclVat = 0n;
  for (const line of lines) {
    if (line.quantity === undefined || line.unitPriceExclVat === undefined) return undefined;
    const printedRate = line.vatRate ?? missingRate;
    if (printedRate === undefined) return undefined;
    const key = vatCharged ? rateKey(printedRate) : '0';
    const product =
      toScaledBigInt(line.unitPriceExclVat, LINE_DECIMALS) *
      toScaledBigInt(line.quantity, LINE_DECIMALS);
    const gross = divideRounded(product, PRODUCT_PER_CENT, 'halfUp');
    const net = line.discount === undefined ? gross : gross - cents(line.discount);
    totalExclVat += net;
    bases.set(key, (bases.get(key) ?? 0n) + net);
  }
  let attributable = true;
  for (const allowance of allowances) {
    const amount = cents(allowance.amount);
    totalExclVat -= amount;
    let key: string | undefined;
    if (!vatCharged) key = '0';
    else if (allowance.vatRate !== undefined) key = rateKey(allowance.vatRate);
    else if (bases.size === 1) key = bases.keys().next().value;
    if (key === undefined) {
      attributable = false;
      continue;
    }
    bases.set(key, (bases.get(key) ?? 0n) - amount);
  }
  if (!attributable) return { totalExclVat };
  const byRate = new Map<string, RateAmounts>();
  let totalVat = 0n;
  // From the highest rate to the lowest.
  const rates = [...bases.keys()].sort((left, right) => rateUnits(right) - rateUnits(left));
  for (const rate of rates) {
    const base = bases.get(rate) ?? 0n;
    const vat = vatOn(base, rate);
    totalVat += vat;
    byRate.set(rate, { rate, base, vat });
  }
  return { totalExclVat, byRate, totalVat, totalInclVat: totalExclVat + totalVat };
}
