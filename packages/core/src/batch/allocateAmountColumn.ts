import { allocateUnits } from '../allocation/allocateUnits.js';
import { type Ratio, ratioWeights } from '../allocation/ratios.js';
import { indicesGettingLeftover } from '../internal/leftoverOrder.js';
import type { AmountColumn } from './columns.js';

/**
 * Splits every amount of a column by the same ratios, with the rule of
 * {@link allocateMoney} (largest remainder, ties to the earliest part): one
 * output column per ratio, whose entries at each index sum exactly to the
 * input entry.
 *
 * @throws {@link TpeError} `INVALID_ARGUMENT` for bad ratios
 *
 * @example
 * ```ts
 * import { allocateAmountColumn, parseAmountColumn, formatAmountColumn } from '@tpe/core';
 *
 * const parts = allocateAmountColumn(parseAmountColumn(['100.00', '0.05']), [1, 1, 1]);
 * parts.map(formatAmountColumn); // [['33.34', '0.02'], ['33.33', '0.02'], ['33.33', '0.01']]
 * ```
 *
 * @category Batch
 * @since 0.1.0
 */
export function allocateAmountColumn(
  column: AmountColumn,
  ratios: readonly Ratio[],
): AmountColumn[] {
  const bigWeights = ratioWeights(ratios);
  const weights = bigWeights.map(Number);
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const maxWeight = Math.max(...weights);
  const parts = weights.map(() => new Float64Array(column.units.length));
  const shares = new Float64Array(weights.length);
  const remainders = new Float64Array(weights.length);
  const weightsAreSafe =
    Number.isSafeInteger(weightSum) &&
    bigWeights.every((w, i) => BigInt(weights[i] as number) === w);
  for (let index = 0; index < column.units.length; index++) {
    const total = column.units[index] as number;
    const whole = Math.abs(total);
    if (!weightsAreSafe || !Number.isSafeInteger(whole * maxWeight)) {
      const exact = allocateUnits(BigInt(total), bigWeights);
      for (let part = 0; part < parts.length; part++)
        (parts[part] as Float64Array)[index] = Number(exact[part]);
      continue;
    }
    let given = 0;
    for (let part = 0; part < weights.length; part++) {
      const scaled = whole * (weights[part] as number);
      // Exact: `scaled` is a safe integer, so the float quotient floors right
      // (see divideRoundedSafe) and the remainder is exact.
      const share = Math.floor(scaled / weightSum);
      shares[part] = share;
      remainders[part] = scaled - share * weightSum;
      given += share;
    }
    const leftover = whole - given;
    if (leftover > 0) {
      for (const part of indicesGettingLeftover(remainders, leftover))
        shares[part] = (shares[part] as number) + 1;
    }
    for (let part = 0; part < parts.length; part++) {
      const share = shares[part] as number;
      (parts[part] as Float64Array)[index] = total < 0 ? -share + 0 : share;
    }
  }
  return parts.map((units) => ({ currency: column.currency, scale: column.scale, units }));
}
