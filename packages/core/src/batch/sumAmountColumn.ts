import { type Money, moneyOf } from '../money/Money.js';
import type { AmountColumn } from './columns.js';

const LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * The exact sum of an {@link AmountColumn}, as {@link Money}.
 *
 * **Details**: adds in integers while the running total stays a safe integer
 * and switches to `bigint` past that, so the result is exact for any column.
 *
 * @example
 * ```ts
 * import { parseAmountColumn, sumAmountColumn, formatMoney } from '@tpe/core';
 *
 * formatMoney(sumAmountColumn(parseAmountColumn(['0.10', '0.20']))); // '0.30'
 * ```
 *
 * @category Batch
 * @since 0.1.0
 */
export function sumAmountColumn(column: AmountColumn): Money {
  const { units } = column;
  let total = 0;
  let index = 0;
  for (; index < units.length; index++) {
    const next = total + (units[index] as number);
    if (next > LIMIT || next < -LIMIT) break;
    total = next;
  }
  if (index === units.length) return moneyOf(BigInt(total), column.currency, column.scale);
  let big = BigInt(total);
  for (; index < units.length; index++) big += BigInt(units[index] as number);
  return moneyOf(big, column.currency, column.scale);
}
