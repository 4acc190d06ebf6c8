import { type Money, moneyOf, moneyParts } from '../money/Money.js';
import { allocateUnits } from './allocateUnits.js';
import { type Ratio, ratioWeights } from './ratios.js';

/**
 * Splits an amount by ratios without losing or creating a minor unit: the
 * parts always sum exactly to the amount.
 *
 * **Details**: each part first gets its share rounded towards zero; the minor
 * units left over go one each to the parts with the largest remainders, ties
 * to the earliest part (deterministic). A ratio of zero gets zero. The parts
 * keep the amount's scale and currency.
 *
 * **When to use**: instalments, a document discount spread across VAT rates,
 * a payment spread across invoices.
 *
 * @param money - the amount to split (may be negative)
 * @param ratios - the relative sizes (see {@link Ratio})
 * @returns one amount per ratio, in order
 * @throws {@link TpeError} `INVALID_ARGUMENT` for no ratio, a negative or
 *   malformed ratio, or only zeros
 *
 * @example
 * ```ts
 * import { allocateMoney, parseMoney, formatMoney } from '@tpe/core';
 *
 * allocateMoney(parseMoney('100.00'), [1, 1, 1]).map(formatMoney); // ['33.34', '33.33', '33.33']
 * allocateMoney(parseMoney('10.00'), ['70', '30']).map(formatMoney); // ['7.00', '3.00']
 * allocateMoney(parseMoney('0.05'), [1, 2]).map(formatMoney); // ['0.02', '0.03']
 * ```
 *
 * @category Allocation
 * @since 0.1.0
 */
export function allocateMoney(money: Money, ratios: readonly Ratio[]): Money[] {
  const { units, currency, scale } = moneyParts(money);
  return allocateUnits(units, ratioWeights(ratios)).map((share) => moneyOf(share, currency, scale));
}
