import { TpeError } from '../errors/TpeError.js';
import { formatMoney } from '../money/formatMoney.js';
import { type Money, moneyOf } from '../money/Money.js';
import type { AmountColumn } from './columns.js';

/**
 * The entry of an {@link AmountColumn} at `index`, as {@link Money}.
 *
 * @example
 * ```ts
 * import { amountAt, parseAmountColumn, formatMoney } from '@tpe/core';
 *
 * formatMoney(amountAt(parseAmountColumn(['1.00', '2.50']), 1)); // '2.50'
 * ```
 *
 * @category Batch
 * @since 0.1.0
 */
export function amountAt(column: AmountColumn, index: number): Money {
  const units = column.units[index];
  if (units === undefined || !Number.isInteger(index)) {
    throw new TpeError(
      'INVALID_ARGUMENT',
      `No entry ${String(index)} in a column of ${column.units.length}`,
      {
        details: { index, length: column.units.length },
      },
    );
  }
  return moneyOf(BigInt(units), column.currency, column.scale);
}

/**
 * Every entry of an {@link AmountColumn} as a decimal string (`"1234.56"`).
 *
 * @example
 * ```ts
 * import { formatAmountColumn, parseAmountColumn } from '@tpe/core';
 *
 * formatAmountColumn(parseAmountColumn(['1', '-0.5'])); // ['1.00', '-0.50']
 * ```
 *
 * @category Batch
 * @since 0.1.0
 */
export function formatAmountColumn(column: AmountColumn): string[] {
  return Array.from(column.units, (units) =>
    formatMoney(moneyOf(BigInt(units), column.currency, column.scale)),
  );
}
