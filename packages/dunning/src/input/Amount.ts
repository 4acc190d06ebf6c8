import { decimalStringSchema } from '@tpe/core';
import type { z } from 'zod';

/**
 * An amount of money as a decimal string, not negative, with at most 2
 * decimals and 13 integer digits: `"1200.00"`, `"40"`, `"0.5"`. Exact, as
 * SQL `DECIMAL` columns give it; never a JS number.
 *
 * @example
 * ```ts
 * import type { Amount } from '@tpe/dunning';
 *
 * const outstanding: Amount = '1200.00';
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export type Amount = string;

/** The limits of an {@link Amount}: the cents of 13 integer digits stay a safe integer. */
export const AMOUNT_OPTIONS = Object.freeze({
  maxDecimals: 2,
  maxIntegerDigits: 13,
  allowNegative: false,
});

/**
 * A zod schema for an {@link Amount}. Issues carry the codes of
 * `decimalStringSchema` (`invalid_decimal`, `negative_not_allowed`,
 * `too_many_decimals`, `too_many_integer_digits`) or `invalid_type`.
 *
 * @example
 * ```ts
 * import { dunningAmountSchema } from '@tpe/dunning';
 *
 * dunningAmountSchema.safeParse('1200.00').success; // true
 * dunningAmountSchema.safeParse('-5').success; // false
 * dunningAmountSchema.safeParse(1200).success; // false
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export const dunningAmountSchema: z.ZodString = decimalStringSchema(AMOUNT_OPTIONS);
