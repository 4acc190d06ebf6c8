import { Decimal } from '@tpe/core';
import type { AllowanceCharge } from '../../model/AllowanceCharge.js';
import { resolveAllowanceChargeAmount } from '../../model/resolveAllowanceChargeAmount.js';
import { centsOf, formatCents, roundToCents } from './quantities.js';

/**
 * The part of an amount (in cents) that falls to the slice `(before, after]`
 * of a `whole`: `round(cents × after / whole) − round(cents × before / whole)`.
 * The rounding is cumulative, so the parts of successive slices add up to
 * the amount exactly, the slice reaching the whole taking the last cents.
 */
export function prorateCents(
  cents: bigint,
  before: Decimal,
  after: Decimal,
  whole: Decimal,
): bigint {
  return shareUpTo(cents, after, whole) - shareUpTo(cents, before, whole);
}

function shareUpTo(cents: bigint, upTo: Decimal, whole: Decimal): bigint {
  if (upTo.eq(whole)) return cents;
  if (upTo.isZero()) return 0n;
  return roundToCents(new Decimal(cents.toString()).times(upTo).div(whole));
}

/**
 * The allowances or charges falling to a slice `(before, after]` of a
 * `whole`: the list itself when the slice is the whole, otherwise each
 * amount prorated (see {@link prorateCents}) and given as a plain amount;
 * parts of zero are left out.
 */
export function prorateAdjustments<Adjustment extends AllowanceCharge>(
  adjustments: readonly Adjustment[],
  before: Decimal,
  after: Decimal,
  whole: Decimal,
): Adjustment[] {
  if (before.isZero() && after.eq(whole)) return [...adjustments];
  return adjustments.flatMap((adjustment) => {
    const part = prorateCents(
      centsOf(resolveAllowanceChargeAmount(adjustment)),
      before,
      after,
      whole,
    );
    if (part === 0n) return [];
    const { baseAmount: _base, percent: _percent, ...kept } = adjustment;
    return [{ ...kept, amount: formatCents(part) } as Adjustment];
  });
}
