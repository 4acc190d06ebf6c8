import { Decimal } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideHalfUp, formatScaled, toScaledBigInt, toScaledNumber } from './scaledDecimal.js';

describe('scaled decimals', () => {
  it('format whole numbers of 10^-scale exactly', () => {
    expect(formatScaled(0, 2)).toBe('0.00');
    expect(formatScaled(1198, 2)).toBe('11.98');
    expect(formatScaled(123456789, 6)).toBe('123.456789');
    expect(formatScaled(5, 6)).toBe('0.000005');
    expect(formatScaled(7, 3)).toBe('0.007');
    expect(formatScaled(1198, 0)).toBe('1198');
    expect(formatScaled(-5n, 2)).toBe('-0.05');
    expect(formatScaled(123456789012345678901234567890n, 2)).toBe(
      '1234567890123456789012345678.90',
    );
    expect(formatScaled(Number.MAX_SAFE_INTEGER, 2)).toBe('90071992547409.91');
  });

  it('format like decimal.js for any safe integer and scale', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 0, max: 8 }), (units, scale) => {
        return formatScaled(units, scale) === new Decimal(units).div(10 ** scale).toFixed(scale);
      }),
      { numRuns: 3000 },
    );
  });

  it('read decimal strings at a scale', () => {
    expect(toScaledNumber('12.15', 2)).toBe(1215);
    expect(toScaledNumber('12.5', 4)).toBe(125000);
    expect(toScaledNumber('0', 2)).toBe(0);
    expect(toScaledBigInt('999999999999999.99', 3)).toBe(999999999999999990n);
  });

  it('divide half-up exactly', () => {
    expect(divideHalfUp(5, 10)).toBe(1);
    expect(divideHalfUp(4, 10)).toBe(0);
    expect(divideHalfUp(15, 10)).toBe(2);
    fc.assert(
      fc.property(
        fc.nat({ max: 2 ** 52 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        (numerator, divisor) => {
          const expected = new Decimal(numerator)
            .div(divisor)
            .toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
          return divideHalfUp(numerator, divisor) === expected.toNumber();
        },
      ),
      { numRuns: 3000 },
    );
  });
});
