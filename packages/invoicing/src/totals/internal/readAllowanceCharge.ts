import { DECIMAL_KINDS, type DecimalOptions } from '@tpe/core';
import { percentOfCents } from '../../model/internal/percentOfAmount.js';
import type { Units } from '../../model/internal/units.js';
import { decimalsWithin, readCents, unitsAt } from './readDecimals.js';
import { isRecord, readOptionalText, refuse } from './refusal.js';
import type { VatBreakdownBuilder } from './VatBreakdownBuilder.js';

/** An amount that is not negative, as `nonNegativeAmountSchema` reads it. */
export const NON_NEGATIVE_AMOUNT: Required<DecimalOptions> = Object.freeze({
  ...DECIMAL_KINDS.amount,
  allowNegative: false,
});

function isReasonCode(value: unknown): boolean {
  if (typeof value !== 'string' || value.length < 1 || value.length > 3) return false;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90))) return false;
  }
  return true;
}

/**
 * Reads an allowance or a charge exactly as `allowanceChargeSchema` accepts
 * it (or `documentAllowanceChargeSchema` when `vat` is given, which then
 * holds its VAT) and answers its amount in cents.
 */
export function readAllowanceCharge(value: unknown, vat: VatBreakdownBuilder | undefined): Units {
  if (!isRecord(value)) refuse();
  for (const key in value) {
    switch (key) {
      case 'amount':
      case 'baseAmount':
      case 'percent':
      case 'reason':
      case 'reasonCode':
        break;
      case 'vat':
        if (vat === undefined) refuse();
        break;
      default:
        refuse();
    }
  }
  const { amount, baseAmount, percent, reasonCode } = value;
  readOptionalText(value.reason, 1, 500);
  if (reasonCode !== undefined && !isReasonCode(reasonCode)) refuse();
  if (vat !== undefined) vat.read(value.vat);
  const amountCents = amount === undefined ? undefined : readCents(amount, NON_NEGATIVE_AMOUNT);
  const baseCents =
    baseAmount === undefined ? undefined : readCents(baseAmount, NON_NEGATIVE_AMOUNT);
  if (percent === undefined) {
    if (amountCents === undefined) refuse();
    return amountCents;
  }
  const percentScale = decimalsWithin(percent, DECIMAL_KINDS.rate);
  const percentUnits = unitsAt(percent as string, percentScale) as number;
  if (baseCents === undefined) {
    if (amountCents === undefined) refuse();
    return amountCents;
  }
  const computed = percentOfCents(baseCents, percentUnits, percentScale);
  if (amountCents !== undefined && amountCents !== computed) refuse();
  return computed;
}
