import { rateSchema, toScaledBigInt } from '@tpe/core';
import { z } from 'zod';
import { nameSchema, nonNegativeAmountSchema, reasonCodeSchema } from '../internal/fields.js';
import { percentTextOfCents } from '../internal/percentOfAmount.js';
import { type LineVat, lineVatSchema } from './VatCategory.js';

/**
 * An allowance (remise) or a charge (frais) on a line (EN 16931 BG-27,
 * BG-28) or, with its VAT, on the whole document ({@link DocumentAllowanceCharge}).
 *
 * **Details**: give the `amount`, or a `percent` of a `baseAmount`: the
 * amount is then `round2(baseAmount × percent / 100)`, half away from zero
 * ({@link resolveAllowanceChargeAmount}). When all three are given they
 * must agree. All figures excluding VAT and not negative; whether it is an
 * allowance or a charge depends on the list it is in.
 *
 * **Gotchas**: EN 16931 requires a `reason` or a `reasonCode` on every
 * allowance and charge of an e-invoice (BR-33, BR-38, BR-42, BR-44); the
 * schema does not.
 *
 * @example
 * ```ts
 * import type { AllowanceCharge } from '@tpe/invoicing';
 *
 * const tenPercentOff: AllowanceCharge = { percent: '10', baseAmount: '250.00', reason: 'Remise fidélité' };
 * const packaging: AllowanceCharge = { amount: '12.50', reason: 'Emballage', reasonCode: 'ABL' };
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export interface AllowanceCharge {
  /** The amount excluding VAT, 2 decimals, not negative (BT-92, BT-99, BT-136, BT-141). */
  readonly amount?: string | undefined;
  /** The base the percentage applies to, 2 decimals, not negative (BT-93, BT-100, BT-137, BT-142). */
  readonly baseAmount?: string | undefined;
  /** The percentage, e.g. `"10"` for 10 % (BT-94, BT-101, BT-138, BT-143). */
  readonly percent?: string | undefined;
  /** The reason as printed (BT-97, BT-104, BT-139, BT-144). */
  readonly reason?: string | undefined;
  /** The reason code: UNTDID 5189 for allowances, UNTDID 7161 for charges (BT-98, BT-105, BT-140, BT-145). */
  readonly reasonCode?: string | undefined;
}

/**
 * A document-level allowance or charge (EN 16931 BG-20, BG-21): an
 * {@link AllowanceCharge} with the VAT category and rate of the base it
 * reduces or increases (BT-95/96, BT-102/103).
 *
 * @example
 * ```ts
 * import type { DocumentAllowanceCharge } from '@tpe/invoicing';
 *
 * const shipping: DocumentAllowanceCharge = {
 *   amount: '15.00',
 *   reason: 'Frais de port',
 *   reasonCode: 'FC',
 *   vat: { category: 'S', rate: '20' },
 * };
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export interface DocumentAllowanceCharge extends AllowanceCharge {
  /** The VAT category and rate of the allowance or charge. */
  readonly vat: LineVat;
}

const nonNegativeAmount = nonNegativeAmountSchema;

/** The fields of an {@link AllowanceCharge} and the rule between them. */
const allowanceChargeShape = {
  amount: nonNegativeAmount.optional(),
  baseAmount: nonNegativeAmount.optional(),
  percent: rateSchema.optional(),
  reason: nameSchema.optional(),
  reasonCode: reasonCodeSchema.optional(),
};

interface AmountFields {
  readonly amount?: string | undefined;
  readonly baseAmount?: string | undefined;
  readonly percent?: string | undefined;
}

/** The issue of an allowance's amount fields, or `undefined` when they hold. */
export function allowanceAmountIssue(
  fields: AmountFields,
): { readonly code: string; readonly message: string } | undefined {
  const { amount, baseAmount, percent } = fields;
  if (percent === undefined || baseAmount === undefined) {
    return amount === undefined
      ? { code: 'amount_missing', message: 'Give the amount, or a percent and a base amount' }
      : undefined;
  }
  if (amount === undefined) return undefined;
  const computed = percentTextOfCents(toScaledBigInt(baseAmount, 2), percent);
  if (BigInt(computed) === toScaledBigInt(amount, 2)) return undefined;
  return {
    code: 'amount_mismatch',
    message: `The amount ${amount} is not ${percent} % of ${baseAmount}`,
  };
}

function checkAmountFields(context: z.core.ParsePayload<AmountFields>): void {
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
}

/**
 * A zod schema for {@link AllowanceCharge}: unknown keys refused, the amount
 * given or computable (`amount_missing`) and agreeing with the percentage
 * (`amount_mismatch`).
 *
 * @example
 * ```ts
 * import { allowanceChargeSchema } from '@tpe/invoicing';
 *
 * allowanceChargeSchema.safeParse({ amount: '12.50' }).success; // true
 * allowanceChargeSchema.safeParse({ percent: '10', baseAmount: '250.00' }).success; // true
 * allowanceChargeSchema.safeParse({ percent: '10' }).success; // false
 * allowanceChargeSchema.safeParse({ amount: '20.00', percent: '10', baseAmount: '250.00' }).success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const allowanceChargeSchema: z.ZodType<AllowanceCharge> = z
  .strictObject(allowanceChargeShape)
  .check(checkAmountFields);

/**
 * A zod schema for {@link DocumentAllowanceCharge}: {@link allowanceChargeSchema}
 * with the `vat` ({@link lineVatSchema}).
 *
 * @example
 * ```ts
 * import { documentAllowanceChargeSchema } from '@tpe/invoicing';
 *
 * documentAllowanceChargeSchema.safeParse({ amount: '15.00', vat: { category: 'S', rate: '20' } }).success; // true
 * documentAllowanceChargeSchema.safeParse({ amount: '15.00' }).success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const documentAllowanceChargeSchema: z.ZodType<DocumentAllowanceCharge> = z
  .strictObject({ ...allowanceChargeShape, vat: lineVatSchema })
  .check(checkAmountFields);
