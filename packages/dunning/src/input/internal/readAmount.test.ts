import { toScaledUnits } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dunningAmountSchema } from '../Amount.js';
import { readAmount, TOO_MANY_DECIMALS } from './readAmount.js';

/** Strings made of the characters of amounts, around the limits of their syntax. */
const amountLike = fc.oneof(
  fc.stringMatching(/^-?[0-9]{0,15}(\.[0-9]{0,4})?$/),
  fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', '+', ' ', 'e', 'a'), maxLength: 18 }),
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 3 }))
    .map(([units, decimals]) => {
      const digits = units.toString().padStart(decimals + 1, '0');
      return decimals === 0
        ? digits
        : `${digits.slice(0, -decimals)}.${digits.slice(digits.length - decimals)}`;
    }),
);

describe('readAmount', () => {
  it('reads the usual forms to their minor units', () => {
    expect(readAmount('1234.56', 2)).toBe(123_456);
    expect(readAmount('0.05', 2)).toBe(5);
    expect(readAmount('0.00', 2)).toBe(0);
    // 13 integer digits and 2 decimals: 10^15 − 1 cents.
    expect(readAmount('9999999999999.99', 2)).toBe(999_999_999_999_999);
    expect(readAmount('12.5', 2)).toBe(1_250);
    expect(readAmount('7', 2)).toBe(700);
    expect(readAmount('1200.5', 0)).toBe(TOO_MANY_DECIMALS);
    expect(readAmount('1200', 3)).toBe(1_200_000);
  });

  it('refuses what the schema refuses', () => {
    for (const value of ['01.00', '00.50', '-1.00', '1.000', '10000000000000.00', '1.', '.50']) {
      expect(readAmount(value, 2)).toBeNaN();
    }
    expect(readAmount(1200, 2)).toBeNaN();
  });

  it('accepts exactly what dunningAmountSchema accepts, with the same units', () => {
    fc.assert(
      fc.property(amountLike, fc.constantFrom(0, 2), (value, exponent) => {
        const units = readAmount(value, exponent);
        const parsed = dunningAmountSchema.safeParse(value);
        expect(!Number.isNaN(units)).toBe(parsed.success);
        if (!parsed.success) return;
        const decimals = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
        expect(units).toBe(
          decimals > exponent ? TOO_MANY_DECIMALS : toScaledUnits(value, exponent),
        );
      }),
    );
  });
});
