import {
  addMoney,
  type Money,
  multiplyMoney,
  parseDecimal,
  parseMoney,
  subtractMoney,
  sumMoney,
  zeroMoney,
} from '@tpe/core';
import type { InvoiceAllowance, InvoiceLineForMentions } from '../InvoiceForMentions.js';
import { rateKey } from './printedText.js';

/** The VAT base and amount that should be printed for one rate. */
export interface RateAmounts {
  readonly rate: string;
  readonly base: Money;
  readonly vat: Money;
}

/** The totals an invoice should print, computed from its lines (EN 16931 BR-CO-10…15). */
export interface ExpectedAmounts {
  readonly totalExclVat: Money;
  /** Per rate key (`"20"`, `"5.5"`, `"0"`); absent when an allowance cannot be attributed to a rate. */
  readonly byRate?: ReadonlyMap<string, RateAmounts>;
  readonly totalVat?: Money;
  readonly totalInclVat?: Money;
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
  const bases = new Map<string, Money>();
  const nets: Money[] = [];
  for (const line of lines) {
    if (line.quantity === undefined || line.unitPriceExclVat === undefined) return undefined;
    const printedRate = line.vatRate ?? missingRate;
    if (printedRate === undefined) return undefined;
    const key = vatCharged ? rateKey(printedRate) : '0';
    const gross = multiplyMoney(
      parseMoney(line.unitPriceExclVat, 'EUR', { scale: 6 }),
      line.quantity,
      {
        scale: 2,
      },
    );
    const net =
      line.discount === undefined ? gross : subtractMoney(gross, parseMoney(line.discount));
    nets.push(net);
    bases.set(key, addMoney(bases.get(key) ?? zeroMoney(), net));
  }
  let attributable = true;
  const allowanceAmounts: Money[] = [];
  for (const allowance of allowances) {
    const money = parseMoney(allowance.amount);
    allowanceAmounts.push(money);
    let key: string | undefined;
    if (!vatCharged) key = '0';
    else if (allowance.vatRate !== undefined) key = rateKey(allowance.vatRate);
    else if (bases.size === 1) key = [...bases.keys()][0];
    if (key === undefined) {
      attributable = false;
      continue;
    }
    bases.set(key, subtractMoney(bases.get(key) ?? zeroMoney(), money));
  }
  const totalExclVat = subtractMoney(sumMoney(nets, 'EUR'), sumMoney(allowanceAmounts, 'EUR'));
  if (!attributable) return { totalExclVat };
  const byRate = new Map<string, RateAmounts>();
  for (const [rate, base] of [...bases.entries()].sort(([a], [b]) => compareRateKeys(a, b))) {
    const vat = multiplyMoney(base, parseDecimal(rate).div(100), { scale: 2 });
    byRate.set(rate, { rate, base, vat });
  }
  const totalVat = sumMoney(
    [...byRate.values()].map((entry) => entry.vat),
    'EUR',
  );
  return { totalExclVat, byRate, totalVat, totalInclVat: addMoney(totalExclVat, totalVat) };
}

/** Orders rate keys from the highest rate to the lowest. */
function compareRateKeys(left: string, right: string): number {
  return parseDecimal(right).comparedTo(parseDecimal(left));
}
