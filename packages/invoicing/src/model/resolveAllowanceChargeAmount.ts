import { formatScaledUnits, parseWithSchema, rateSchema, toScaledBigInt } from '@tpe/core';
import { z } from 'zod';
import { nonNegativeAmountSchema } from '../internal/fields.js';
import { percentTextOfCents } from '../internal/percentOfAmount.js';
import { type AllowanceCharge, allowanceAmountIssue } from './AllowanceCharge.js';

const amountFieldsSchema = z
  .object({
    amount: nonNegativeAmountSchema.optional(),
    baseAmount: nonNegativeAmountSchema.optional(),
    percent: rateSchema.optional(),
  })
  .check((context) => {
    const issue = allowanceAmountIssue(context.value);
    if (issue !== undefined) {
      context.issues.push({
        code: 'custom',
        message: issue.message,
        input: context.value.amount,
        path: ['amount'],
        params: { code: issue.code },
      });
    }
  });

/**
 * The amount of an allowance or a charge: its `amount`, or
 * `round2(baseAmount × percent / 100)` rounded half away from zero (EN 16931
 * BT-92 = BT-93 × BT-94 / 100).
 *
 * **Details**: accepts a line {@link AllowanceCharge} or a
 * {@link DocumentAllowanceCharge} (other fields are not read). The result
 * always has 2 decimals.
 *
 * @param allowanceCharge - the allowance or charge
 * @returns the amount excluding VAT, e.g. `"25.00"`
 * @throws {@link TpeError} `INVALID_INPUT` when neither the amount nor a
 *   percent and base are given (`amount_missing`), when they disagree
 *   (`amount_mismatch`), or for a malformed figure
 *
 * @example
 * ```ts
 * import { resolveAllowanceChargeAmount } from '@tpe/invoicing';
 *
 * resolveAllowanceChargeAmount({ amount: '12.5' }); // '12.50'
 * resolveAllowanceChargeAmount({ percent: '10', baseAmount: '250.00' }); // '25.00'
 * resolveAllowanceChargeAmount({ percent: '2.5', baseAmount: '10.10' }); // '0.25'
 * resolveAllowanceChargeAmount({ percent: '10' }); // throws TpeError INVALID_INPUT
 * ```
 *
 * @see EN 16931 BT-92 to BT-94, BT-136 to BT-138
 * @category Model
 * @since 0.1.0
 */
export function resolveAllowanceChargeAmount(allowanceCharge: AllowanceCharge): string {
  const { amount, baseAmount, percent } = parseWithSchema(amountFieldsSchema, allowanceCharge);
  if (amount !== undefined) return formatScaledUnits(toScaledBigInt(amount, 2), 2);
  // The schema holds percent and base together when the amount is missing.
  return formatScaledUnits(
    percentTextOfCents(toScaledBigInt(baseAmount ?? '0', 2), percent ?? '0'),
    2,
  );
}
