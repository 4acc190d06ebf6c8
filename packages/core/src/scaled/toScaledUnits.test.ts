import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import { isTpeError } from '../errors/TpeError.js';
import { toScaledUnits } from './toScaledUnits.js';

/** The error code and first issue code thrown by `run`. */
function failure(run: () => unknown): { code: string; issue: string | undefined } | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!isTpeError(error)) throw error;
    expect(error.message).not.toBe('');
    return { code: error.code, issue: error.issues[0]?.code };
  }
}

/** Decimal strings of up to 20 digits and 8 decimals, some negative. */
const decimals = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
  .map(([negative, digits, places]) => {
    const text = digits.toString().padStart(places + 1, '0');
    const body = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
    return negative ? `-${body}` : body;
  });

describe('toScaledUnits', () => {
  it('reads decimal strings at a scale', () => {
    expect(toScaledUnits('12.15', 2)).toBe(1215);
    expect(toScaledUnits('12.5', 4)).toBe(125000);
    expect(toScaledUnits('0', 2)).toBe(0);
    expect(toScaledUnits('7', 0)).toBe(7);
    expect(toScaledUnits('0.000001', 6)).toBe(1);
    expect(toScaledUnits('90071992547409.91', 2)).toBe(Number.MAX_SAFE_INTEGER);
    expect(toScaledUnits('-90071992547409.91', 2)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(toScaledUnits('0', 100)).toBe(0);
    expect(Object.is(toScaledUnits('-0', 2), 0)).toBe(true);
    expect(Object.is(toScaledUnits('-0.00', 2), 0)).toBe(true);
  });

  it('agrees with decimal.js, and refuses what is not a safe integer', () => {
    fc.assert(
      fc.property(decimals, fc.integer({ min: 0, max: 24 }), (text, scale) => {
        const places = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
        const exact = new Decimal(text).times(new Decimal(10).pow(scale));
        if (places > scale) {
          expect(failure(() => toScaledUnits(text, scale))).toEqual({
            code: 'INVALID_DECIMAL',
            issue: 'too_many_decimals',
          });
        } else if (exact.abs().gt(Number.MAX_SAFE_INTEGER)) {
          expect(failure(() => toScaledUnits(text, scale))).toEqual({
            code: 'OUT_OF_RANGE',
            issue: 'OUT_OF_RANGE',
          });
        } else {
          expect(toScaledUnits(text, scale)).toBe(exact.toNumber() + 0);
        }
      }),
    );
  });

  it('refuses what parseDecimal refuses, with the same issue', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.anything()), (input) => {
        let expected: string | undefined;
        try {
          parseDecimal(input, { maxDecimals: 6, maxIntegerDigits: 64 });
        } catch (error) {
          expected = isTpeError(error) ? error.issues[0]?.code : 'other';
        }
        const actual = failure(() => toScaledUnits(input as string, 6));
        if (expected === undefined) expect(actual?.code).not.toBe('INVALID_DECIMAL');
        else expect(actual).toEqual({ code: 'INVALID_DECIMAL', issue: expected });
      }),
    );
  });

  it('names the value and the scale it cannot hold', () => {
    try {
      toScaledUnits('90071992547409.92', 2);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'OUT_OF_RANGE',
        details: { value: '90071992547409.92', scale: 2 },
      });
    }
  });

  it('refuses a bad scale', () => {
    for (const scale of [-1, 0.5, 101, Number.NaN]) {
      expect(failure(() => toScaledUnits('1', scale))?.code).toBe('INVALID_ARGUMENT');
    }
  });
});
