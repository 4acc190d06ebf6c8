import { Decimal } from '../decimal/Decimal.js';
import type { DecimalOptions } from '../decimal/DecimalOptions.js';
import { TpeError } from '../errors/TpeError.js';
import { isIssue, readDecimal } from '../internal/decimalSyntax.js';
import { assertScale } from '../rounding/roundDecimal.js';
import type { DecimalColumn } from './columns.js';

/**
 * Reads decimal strings into a {@link DecimalColumn} at a fixed scale.
 *
 * @param values - decimal strings, each with at most `scale` decimals
 * @param scale - digits after the point of the column
 * @param options - `allowNegative` (default `true`)
 * @throws {@link TpeError} `INVALID_DECIMAL` naming the index of the first bad
 *   value; `OUT_OF_RANGE` for a value beyond 2^53 − 1 units
 *
 * @example
 * ```ts
 * import { parseDecimalColumn } from '@tpe/core';
 *
 * parseDecimalColumn(['12.3456', '0.5'], 4).units; // Float64Array [123456, 5000]
 * ```
 *
 * @category Batch
 * @since 0.1.0
 */
export function parseDecimalColumn(
  values: readonly string[],
  scale: number,
  options: Pick<DecimalOptions, 'allowNegative'> = {},
): DecimalColumn {
  assertScale(scale);
  if (!Array.isArray(values)) {
    throw new TpeError('INVALID_ARGUMENT', 'A column is read from an array of decimal strings');
  }
  const units = new Float64Array(values.length);
  const limits = {
    maxDecimals: scale,
    maxIntegerDigits: 16,
    allowNegative: options.allowNegative ?? true,
  };
  for (let index = 0; index < values.length; index++) {
    const read = readDecimal(values[index], limits);
    if (isIssue(read)) {
      throw new TpeError('INVALID_DECIMAL', `Value ${index}: ${read.message}`, {
        issues: [{ ...read, path: [index] }],
      });
    }
    const value = Number(
      `${read.negative ? '-' : ''}${read.integer}${read.fraction.padEnd(scale, '0')}`,
    );
    if (!Number.isSafeInteger(value)) {
      throw new TpeError(
        'OUT_OF_RANGE',
        `Value ${index} is too large for a column of scale ${scale}`,
        {
          issues: [
            {
              path: [index],
              code: 'too_large',
              message: `${new Decimal(values[index] as string).toFixed()} exceeds 2^53 − 1 units`,
            },
          ],
        },
      );
    }
    units[index] = value + 0;
  }
  return { scale, units };
}
