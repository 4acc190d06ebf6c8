import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { isTpeError } from '../errors/TpeError.js';
import { formatMoney } from '../money/formatMoney.js';
import { moneyFromMinorUnits } from '../money/moneyFromMinorUnits.js';
import { formatScaledUnits } from './formatScaledUnits.js';
import { toScaledBigInt } from './toScaledBigInt.js';
import { toScaledUnits } from './toScaledUnits.js';

function code(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return isTpeError(error) ? error.code : 'other';
  }
}

describe('formatScaledUnits', () => {
  it('writes whole numbers of 10^-scale exactly', () => {
    expect(formatScaledUnits(0, 2)).toBe('0.00');
    expect(formatScaledUnits(-0, 2)).toBe('0.00');
    expect(formatScaledUnits(-0, 0)).toBe('0');
    expect(formatScaledUnits(1198, 2)).toBe('11.98');
    expect(formatScaledUnits(123456789, 6)).toBe('123.456789');
    expect(formatScaledUnits(5, 6)).toBe('0.000005');
    expect(formatScaledUnits(7, 3)).toBe('0.007');
    expect(formatScaledUnits(7, 1)).toBe('0.7');
    expect(formatScaledUnits(1198, 0)).toBe('1198');
    expect(formatScaledUnits(-5, 2)).toBe('-0.05');
    expect(formatScaledUnits(-5n, 2)).toBe('-0.05');
    expect(formatScaledUnits(123456789012345678901234567890n, 2)).toBe(
      '1234567890123456789012345678.90',
    );
    expect(formatScaledUnits(Number.MAX_SAFE_INTEGER, 2)).toBe('90071992547409.91');
    expect(formatScaledUnits(-Number.MAX_SAFE_INTEGER, 22)).toBe('-0.0000009007199254740991');
    expect(formatScaledUnits(1, 30)).toBe(`0.${'0'.repeat(29)}1`);
  });

  it('writes amounts on both sides of each digit group of the whole part', () => {
    expect(formatScaledUnits(99_999, 2)).toBe('999.99');
    expect(formatScaledUnits(100_000, 2)).toBe('1000.00');
    expect(formatScaledUnits(-100_005, 2)).toBe('-1000.05');
    expect(formatScaledUnits(12_003_407, 2)).toBe('120034.07');
    expect(formatScaledUnits(99_999_999, 2)).toBe('999999.99');
    expect(formatScaledUnits(-100_000_000, 2)).toBe('-1000000.00');
    expect(formatScaledUnits(1_000_000_000, 3)).toBe('1000000.000');
  });

  it('writes like decimal.js around the digit groups, for small scales', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        (units, scale) => {
          expect(formatScaledUnits(units, scale)).toBe(
            new Decimal(units).div(new Decimal(10).pow(scale)).toFixed(scale),
          );
        },
      ),
    );
  });

  it('writes like decimal.js for any safe integer and scale', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 30 }), (units, scale) => {
        expect(formatScaledUnits(units, scale)).toBe(
          new Decimal(units).div(new Decimal(10).pow(scale)).toFixed(scale),
        );
      }),
    );
  });

  it('writes a bigint like the same value held in a number, and like decimal.js past 2^53', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.integer({ min: 0, max: 12 }),
        (units, scale) => {
          const text = formatScaledUnits(units, scale);
          expect(text).toBe(
            new Decimal(units.toString()).div(new Decimal(10).pow(scale)).toFixed(scale),
          );
          if (
            units >= -BigInt(Number.MAX_SAFE_INTEGER) &&
            units <= BigInt(Number.MAX_SAFE_INTEGER)
          ) {
            expect(formatScaledUnits(Number(units), scale)).toBe(text);
          }
        },
      ),
    );
  });

  it('is the inverse of toScaledUnits and toScaledBigInt, and agrees with formatMoney', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom(0, 2, 3), (units, scale) => {
        const text = formatScaledUnits(units, scale);
        expect(toScaledUnits(text, scale)).toBe(units);
        expect(toScaledBigInt(text, scale)).toBe(BigInt(units));
        const currency = scale === 0 ? 'JPY' : scale === 2 ? 'EUR' : 'TND';
        expect(formatMoney(moneyFromMinorUnits(units, currency))).toBe(text);
      }),
    );
  });

  it('refuses units that are not whole, and a bad scale', () => {
    for (const units of [0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '12', null]) {
      expect(code(() => formatScaledUnits(units as number, 2))).toBe('INVALID_ARGUMENT');
    }
    expect(code(() => formatScaledUnits(1, -1))).toBe('INVALID_ARGUMENT');
    expect(code(() => formatScaledUnits(1n, 101))).toBe('INVALID_ARGUMENT');
  });
});
