import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { isTpeError } from '../errors/TpeError.js';
import { ROUNDING_MODES, type RoundingMode } from '../rounding/RoundingMode.js';
import { roundDecimal } from '../rounding/roundDecimal.js';
import { divideRounded } from './divideRounded.js';

function code(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return isTpeError(error) ? error.code : 'other';
  }
}

function reference(
  numerator: bigint | number,
  divisor: bigint | number,
  mode: RoundingMode,
): string {
  return roundDecimal(new Decimal(String(numerator)).div(String(divisor)), 0, mode).toFixed();
}

const modes = fc.constantFrom(...ROUNDING_MODES);
const divisors = fc.oneof(
  fc.constantFrom(1, 2, 3, 7, 10, 100, 365, 133_590, 10 ** 12),
  fc.integer({ min: 1, max: 2 ** 40 }),
  fc.integer({ min: -(2 ** 40), max: -1 }),
);

describe('divideRounded', () => {
  it('rounds half away from zero by default', () => {
    expect(divideRounded(5, 10)).toBe(1);
    expect(divideRounded(4, 10)).toBe(0);
    expect(divideRounded(15, 10)).toBe(2);
    expect(divideRounded(-15, 10)).toBe(-2);
    expect(divideRounded(15, -10)).toBe(-2);
    expect(divideRounded(-15, -10)).toBe(2);
    expect(divideRounded(15n, 10n)).toBe(2n);
    expect(Object.is(divideRounded(-4, 10), 0)).toBe(true);
    expect(Object.is(divideRounded(0, -10), 0)).toBe(true);
  });

  it('agrees with decimal.js on safe integers and bigints, for every mode and sign', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), divisors, modes, (numerator, divisor, mode) => {
        const expected = reference(numerator, divisor, mode);
        expect(String(divideRounded(numerator, divisor, mode))).toBe(expected);
        expect(divideRounded(BigInt(numerator), BigInt(divisor), mode).toString()).toBe(expected);
      }),
    );
  });

  it('agrees with decimal.js on exact halves, where the modes differ', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), modes, (quotient, mode) => {
        const numerator = quotient * 10 + 5;
        expect(String(divideRounded(numerator, 10, mode))).toBe(reference(numerator, 10, mode));
        expect(String(divideRounded(numerator, -10, mode))).toBe(reference(numerator, -10, mode));
      }),
    );
  });

  it('divides bigints past 2^53', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        modes,
        (numerator, divisor, mode) => {
          expect(divideRounded(numerator, divisor, mode).toString()).toBe(
            reference(numerator, divisor, mode),
          );
        },
      ),
    );
  });

  it('refuses a zero divisor, numbers that are not safe integers, mixed types and unknown modes', () => {
    expect(code(() => divideRounded(1, 0))).toBe('INVALID_ARGUMENT');
    expect(code(() => divideRounded(1n, 0n))).toBe('INVALID_ARGUMENT');
    expect(code(() => divideRounded(0.5, 1))).toBe('INVALID_ARGUMENT');
    expect(code(() => divideRounded(1, 2 ** 53))).toBe('INVALID_ARGUMENT');
    expect(code(() => divideRounded(Number.NaN, 1))).toBe('INVALID_ARGUMENT');
    expect(code(() => divideRounded(1 as never, 2n as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => divideRounded('1' as never, '2' as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => divideRounded(10, 5, 'nearest' as RoundingMode))).toBe('INVALID_ARGUMENT');
  });
});
