import { z } from 'zod';
import { DECIMAL_KINDS, type DecimalOptions } from '../decimal/DecimalOptions.js';
import { isIssue, readDecimal } from '../internal/decimalSyntax.js';

/**
 * A zod schema for a decimal string within limits (see {@link parseDecimal}
 * for the syntax). The output stays the input string: exact, ready for SQL
 * and XML. Issues carry the codes `too_long`, `invalid_decimal`,
 * `negative_not_allowed`, `too_many_decimals`, `too_many_integer_digits`, or
 * zod's `invalid_type` for a non-string.
 *
 * @example
 * ```ts
 * import { decimalStringSchema } from '@tpe/core';
 *
 * const discount = decimalStringSchema({ maxDecimals: 2, allowNegative: false });
 * discount.parse('10.5'); // '10.5'
 * discount.safeParse('-1').success; // false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export function decimalStringSchema(options: DecimalOptions = {}): z.ZodString {
  return z.string().check((context) => {
    const read = readDecimal(context.value, options);
    if (isIssue(read)) {
      context.issues.push({
        code: 'custom',
        message: read.message,
        input: context.value,
        params: { code: read.code },
      });
    }
  });
}

/**
 * A zod schema for an amount of money as a decimal string: 2 decimals by
 * default (pass `maxDecimals: 3` for TND, `0` for JPY), negative allowed.
 *
 * @example
 * ```ts
 * import { amountSchema } from '@tpe/core';
 *
 * amountSchema().parse('-1234.56'); // '-1234.56'
 * amountSchema().safeParse(1234.56).success; // false: a number is not accepted
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export function amountSchema(options: DecimalOptions = {}): z.ZodString {
  return decimalStringSchema({ ...DECIMAL_KINDS.amount, ...options });
}

/**
 * A zod schema for a unit price: up to 6 decimals, not negative.
 *
 * @example
 * ```ts
 * import { priceSchema } from '@tpe/core';
 *
 * priceSchema.parse('0.123456'); // '0.123456'
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const priceSchema: z.ZodString = decimalStringSchema(DECIMAL_KINDS.price);

/**
 * A zod schema for a quantity: up to 6 decimals, negative allowed.
 *
 * @example
 * ```ts
 * import { quantitySchema } from '@tpe/core';
 *
 * quantitySchema.parse('-2.5'); // '-2.5'
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const quantitySchema: z.ZodString = decimalStringSchema(DECIMAL_KINDS.quantity);

/**
 * A zod schema for a rate written as a percentage (`"20"`, `"5.5"`,
 * `"12.15"`): up to 6 decimals, not negative, below 10,000.
 *
 * @example
 * ```ts
 * import { rateSchema } from '@tpe/core';
 *
 * rateSchema.parse('12.15'); // '12.15'
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const rateSchema: z.ZodString = decimalStringSchema(DECIMAL_KINDS.rate);
