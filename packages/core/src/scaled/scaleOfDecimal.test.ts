import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecimalOptions } from '../decimal/DecimalOptions.js';
import { DECIMAL_KINDS } from '../decimal/DecimalOptions.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import { isTpeError } from '../errors/TpeError.js';
import { scaleOfDecimal } from './scaleOfDecimal.js';

/** The scale, or the error code and first issue of what was thrown. */
function outcome(run: () => number): number | { code: string; issue: unknown; message: string } {
  try {
    return run();
  } catch (error) {
    if (!isTpeError(error)) throw error;
    return { code: error.code, issue: error.issues[0], message: error.message };
  }
}

const options = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom<DecimalOptions>(...Object.values(DECIMAL_KINDS)),
  fc.record(
    {
      maxDecimals: fc.integer({ min: 0, max: 14 }),
      maxIntegerDigits: fc.integer({ min: 1, max: 30 }),
      allowNegative: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
);
const decimalish = fc.oneof(
  fc.string({ unit: fc.constantFrom('0', '1', '9', '-', '.', 'e', ' '), maxLength: 24 }),
  fc.string(),
  fc.anything(),
);

describe('scaleOfDecimal', () => {
  it('counts the digits after the point, trailing zeros included', () => {
    expect(scaleOfDecimal('12.150')).toBe(3);
    expect(scaleOfDecimal('0')).toBe(0);
    expect(scaleOfDecimal('-0.000001')).toBe(6);
  });

  it('accepts what parseDecimal accepts with the same options, and refuses the rest the same way', () => {
    fc.assert(
      fc.property(decimalish, options, (input, limits) => {
        const parsed = outcome(() => parseDecimal(input, limits).decimalPlaces());
        const scale = outcome(() => scaleOfDecimal(input as string, limits));
        if (typeof parsed === 'number') {
          const text = input as string;
          expect(scale).toBe(text.includes('.') ? text.length - text.indexOf('.') - 1 : 0);
        } else {
          expect(scale).toEqual(parsed);
        }
      }),
    );
  });
});
