import { DECIMAL_KINDS, decimalStringSchema } from '@tpe/core';
import { z } from 'zod';

const ZERO = /^-?0+(\.0+)?$/;

/** An amount of money above zero, 2 decimals at most (issue code `not_positive` for zero). */
export const positiveAmountSchema: z.ZodString = decimalStringSchema({
  ...DECIMAL_KINDS.amount,
  allowNegative: false,
}).check((context) => {
  if (ZERO.test(context.value)) {
    context.issues.push({
      code: 'custom',
      message: 'The amount must be above zero',
      input: context.value,
      params: { code: 'not_positive' },
    });
  }
});

/** A bank reference, cheque number or remittance text: 1 to 140 characters. */
export const referenceSchema = z.string().min(1).max(140);
