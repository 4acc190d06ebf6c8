import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { ROUNDING_MODES } from '../rounding/RoundingMode.js';
import { roundDecimal } from '../rounding/roundDecimal.js';
import { divideRoundedBigInt, divideRoundedSafe } from './divideRounded.js';

const divisors = fc.constantFrom(1, 2, 3, 7, 10, 100, 1000, 10_000, 1_000_000, 10 ** 12);

describe('divideRounded', () => {
  it('agrees with decimal.js on random integers, for every mode, in bigint and in safe integers', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        divisors,
        fc.constantFrom(...ROUNDING_MODES),
        (numerator, divisor, mode) => {
          const reference = roundDecimal(new Decimal(numerator).div(divisor), 0, mode).toFixed();
          expect(divideRoundedBigInt(BigInt(numerator), BigInt(divisor), mode).toString()).toBe(
            reference,
          );
          expect(String(divideRoundedSafe(numerator, divisor, mode))).toBe(reference);
        },
      ),
    );
  });

  it('agrees with decimal.js on exact halves, where the modes differ', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        fc.constantFrom(...ROUNDING_MODES),
        (quotient, mode) => {
          const numerator = quotient * 10 + 5;
          const reference = roundDecimal(new Decimal(numerator).div(10), 0, mode).toFixed();
          expect(divideRoundedBigInt(BigInt(numerator), 10n, mode).toString()).toBe(reference);
          expect(String(divideRoundedSafe(numerator, 10, mode))).toBe(reference);
        },
      ),
    );
  });

  it('handles the edges of the safe range exactly', () => {
    const max = Number.MAX_SAFE_INTEGER; // 9007199254740991
    expect(divideRoundedSafe(max, 10, 'halfUp')).toBe(900719925474099);
    expect(divideRoundedSafe(-max, 10, 'halfUp')).toBe(-900719925474099);
    expect(divideRoundedSafe(max, 2, 'halfEven')).toBe(4503599627370496);
    expect(divideRoundedSafe(max - 1, 3, 'down')).toBe(3002399751580330);
    expect(Object.is(divideRoundedSafe(-1, 10, 'down'), 0)).toBe(true);
    expect(Object.is(divideRoundedSafe(-10, 10, 'down'), -1)).toBe(true);
    for (const mode of ROUNDING_MODES) {
      expect(Object.is(divideRoundedSafe(-0, 10, mode), 0)).toBe(true);
      expect(
        Object.is(divideRoundedSafe(-4, 10, mode), mode === 'up' || mode === 'floor' ? -1 : 0),
      ).toBe(true);
    }
  });
});
