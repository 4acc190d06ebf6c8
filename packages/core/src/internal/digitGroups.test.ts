import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hundredthsDigits, PAIRS, POINT_DIGITS, wholeDigits } from './digitGroups.js';

/** Hundredths written by number-to-string conversion. */
function plainHundredths(value: number): string {
  const digits = String(value).padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

describe('digit groups', () => {
  it('writes whole numbers on both sides of each group boundary', () => {
    expect(wholeDigits(0)).toBe('0');
    expect(wholeDigits(7)).toBe('7');
    expect(wholeDigits(999)).toBe('999');
    expect(wholeDigits(1000)).toBe('1000');
    expect(wholeDigits(1005)).toBe('1005');
    expect(wholeDigits(120_034)).toBe('120034');
    expect(wholeDigits(999_999)).toBe('999999');
    expect(wholeDigits(1_000_000)).toBe('1000000');
    expect(wholeDigits(Number.MAX_SAFE_INTEGER)).toBe('9007199254740991');
  });

  it('writes hundredths on both sides of each group boundary', () => {
    expect(hundredthsDigits(0)).toBe('0.00');
    expect(hundredthsDigits(5)).toBe('0.05');
    expect(hundredthsDigits(999)).toBe('9.99');
    expect(hundredthsDigits(1000)).toBe('10.00');
    expect(hundredthsDigits(9999)).toBe('99.99');
    expect(hundredthsDigits(10_000)).toBe('100.00');
    expect(hundredthsDigits(10_005)).toBe('100.05');
    expect(hundredthsDigits(9_999_999)).toBe('99999.99');
    expect(hundredthsDigits(10_000_000)).toBe('100000.00');
    expect(hundredthsDigits(100_000_007)).toBe('1000000.07');
    expect(hundredthsDigits(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
  });

  it('writes every whole number as String does, and hundredths alike', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 200_000_000 }), fc.integer({ min: 0 }), fc.maxSafeNat()),
        (value) => {
          expect(wholeDigits(value)).toBe(String(value));
          expect(hundredthsDigits(value)).toBe(plainHundredths(value));
        },
      ),
    );
  });

  it('holds the fraction groups with their leading zeros', () => {
    expect([PAIRS[0], PAIRS[7], PAIRS[99]]).toEqual(['00', '07', '99']);
    expect([POINT_DIGITS[0], POINT_DIGITS[9]]).toEqual(['.0', '.9']);
  });
});
