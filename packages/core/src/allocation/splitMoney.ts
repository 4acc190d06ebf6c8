import { TpeError } from '../errors/TpeError.js';
import type { Money } from '../money/Money.js';
import { allocateMoney } from './allocateMoney.js';

/**
 * Splits an amount into `count` equal parts that sum exactly to it; the parts
 * differ by at most one minor unit, the earlier parts being the larger.
 *
 * @param money - the amount to split
 * @param count - the number of parts, a whole number from 1 to 10,000
 * @throws {@link TpeError} `INVALID_ARGUMENT` for a bad count
 *
 * @example
 * ```ts
 * import { splitMoney, parseMoney, formatMoney } from '@tpe/core';
 *
 * splitMoney(parseMoney('100.00'), 3).map(formatMoney); // ['33.34', '33.33', '33.33']
 * splitMoney(parseMoney('-0.05'), 2).map(formatMoney); // ['-0.03', '-0.02']
 * ```
 *
 * @category Allocation
 * @since 0.1.0
 */
export function splitMoney(money: Money, count: number): Money[] {
  if (!Number.isInteger(count) || count < 1 || count > 10_000) {
    throw new TpeError(
      'INVALID_ARGUMENT',
      `Split into a whole number of parts from 1 to 10000, got ${String(count)}`,
      {
        details: { count },
      },
    );
  }
  return allocateMoney(money, new Array<number>(count).fill(1));
}
