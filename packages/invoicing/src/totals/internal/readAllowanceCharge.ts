import { DECIMAL_KINDS } from '@tpe/core';
import { isReasonCode, NON_NEGATIVE_AMOUNT, TEXT_LIMITS } from '../../internal/fields.js';
import { percentOfCents } from '../../internal/percentOfAmount.js';
import { isRecord, readOptionalText, refuse } from '../../internal/readShape.js';
import type { Units } from '../../internal/units.js';
import { decimalsWithin, readCents, unitsAt } from './readDecimals.js';
import type { VatBreakdownBuilder } from './VatBreakdownBuilder.js';

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
  readOptionalText(value.reason, 1, TEXT_LIMITS.name);
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
