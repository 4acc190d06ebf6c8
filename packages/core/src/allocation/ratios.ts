import { TpeError } from '../errors/TpeError.js';
import { isIssue, readDecimal, scaledBigInt } from '../internal/decimalSyntax.js';

/**
 * A share in an allocation: a non-negative decimal string (`"33.33"`, `"0.5"`)
 * or a non-negative safe integer (`3`). Only relative sizes matter.
 *
 * @example
 * ```ts
 * import type { Ratio } from '@tpe/core';
 *
 * const vatBases: Ratio[] = ['1000.00', '250.00']; // spread a discount by base
 * ```
 *
 * @category Allocation
 * @since 0.1.0
 */
export type Ratio = string | number;

/**
 * Turns ratios into integer weights at one common scale; refuses negative,
 * malformed or all-zero ratios.
 */
export function ratioWeights(ratios: readonly Ratio[]): bigint[] {
  if (!Array.isArray(ratios) || ratios.length === 0) {
    throw new TpeError('INVALID_ARGUMENT', 'An allocation needs at least one ratio');
  }
  const parts = ratios.map((ratio, index) => {
    if (typeof ratio === 'number') {
      if (!Number.isSafeInteger(ratio) || ratio < 0) {
        throw invalidRatio(
          index,
          `Ratio ${index} must be a non-negative safe integer or a decimal string, got ${String(ratio)}`,
        );
      }
      return { negative: false, integer: String(ratio), fraction: '' };
    }
    const read = readDecimal(ratio, {
      allowNegative: false,
      maxDecimals: 20,
      maxIntegerDigits: 30,
    });
    if (isIssue(read)) throw invalidRatio(index, read.message, read.code);
    return read;
  });
  const scale = Math.max(...parts.map((part) => part.fraction.length));
  const weights = parts.map((part) => scaledBigInt(part, scale));
  if (weights.every((weight) => weight === 0n)) {
    throw new TpeError('INVALID_ARGUMENT', 'At least one ratio must be above zero', {
      issues: [
        { path: [], code: 'all_ratios_zero', message: 'At least one ratio must be above zero' },
      ],
    });
  }
  return weights;
}

function invalidRatio(index: number, message: string, code = 'invalid_ratio'): TpeError {
  return new TpeError('INVALID_ARGUMENT', message, { issues: [{ path: [index], code, message }] });
}
