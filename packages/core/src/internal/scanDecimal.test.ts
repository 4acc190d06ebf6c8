import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { isIssue, MAX_DECIMAL_STRING_LENGTH, readDecimal } from './decimalSyntax.js';
import {
  decimalError,
  MAX_LENGTH,
  POWERS_OF_TEN,
  scaledUnitsError,
  scaledUnitsOf,
  scanDecimal,
} from './scanDecimal.js';

/** Strings close to decimal strings: digits, signs, points and a few strangers. */
const decimalish = fc.oneof(
  fc.string({
    unit: fc.constantFrom('0', '1', '5', '9', '-', '.', 'e', ' ', '+', '٣'),
    maxLength: 24,
  }),
  fc
    .tuple(
      fc.boolean(),
      fc.bigInt({ min: 0n, max: 10n ** 30n }),
      fc.option(fc.nat(), { nil: undefined }),
    )
    .map(
      ([negative, integer, fraction]) =>
        `${negative ? '-' : ''}${integer}${fraction === undefined ? '' : `.${String(fraction).padStart(3, '0')}`}`,
    ),
  fc.string({ maxLength: 70 }),
  fc.anything(),
);
const limits = fc.record({
  maxDecimals: fc.integer({ min: 0, max: 14 }),
  maxIntegerDigits: fc.integer({ min: 1, max: 70 }),
  allowNegative: fc.boolean(),
});

describe('scanDecimal', () => {
  it('accepts exactly what readDecimal accepts, and counts the same decimals', () => {
    fc.assert(
      fc.property(decimalish, limits, (input, options) => {
        const read = readDecimal(input, options);
        const scanned = scanDecimal(
          input,
          options.maxDecimals,
          options.maxIntegerDigits,
          options.allowNegative,
        );
        expect(scanned).toBe(isIssue(read) ? -1 : read.fraction.length);
      }),
    );
  });

  it('refuses the edge cases of the syntax', () => {
    for (const input of [
      '',
      '-',
      '.',
      '-.5',
      '.5',
      '5.',
      '05',
      '-05',
      '+5',
      '1e3',
      '1.2.3',
      '٣',
      '9'.repeat(65),
    ]) {
      expect(scanDecimal(input, 12, 64, true)).toBe(-1);
    }
    expect(scanDecimal('9'.repeat(64), 12, 64, true)).toBe(0);
    expect(scanDecimal('-0.000', 3, 1, true)).toBe(3);
    expect(scanDecimal('-0.000', 3, 1, false)).toBe(-1);
  });

  it('explains a refusal as readDecimal does', () => {
    const error = decimalError('12.345', { maxDecimals: 2 });
    expect(error).toMatchObject({
      code: 'INVALID_DECIMAL',
      issues: [{ path: [], code: 'too_many_decimals' }],
    });
    expect(error.message).toBe(error.issues[0]?.message);
  });
});

describe('scaledUnitsOf', () => {
  it('gives the exact value when it is a safe integer, and NaN with the reason otherwise', () => {
    fc.assert(
      fc.property(decimalish, fc.integer({ min: 0, max: 30 }), (input, scale) => {
        const units = scaledUnitsOf(input, scale);
        if (scanDecimal(input, scale, 64, true) < 0) {
          expect(units).toBeNaN();
          expect(scaledUnitsError(input, scale)).toEqual(
            decimalError(input, { maxDecimals: scale, maxIntegerDigits: 64 }),
          );
          return;
        }
        const exact = new Decimal(input as string).times(new Decimal(10).pow(scale));
        if (exact.abs().lte(Number.MAX_SAFE_INTEGER)) {
          expect(units).toBe(exact.toNumber() + 0);
        } else {
          expect(units).toBeNaN();
          expect(scaledUnitsError(input, scale)).toMatchObject({ code: 'OUT_OF_RANGE' });
        }
      }),
    );
  });

  it('holds the powers of ten exactly, and the longest string read', () => {
    expect(MAX_LENGTH).toBe(MAX_DECIMAL_STRING_LENGTH);
    expect(POWERS_OF_TEN).toHaveLength(23);
    POWERS_OF_TEN.forEach((power, exponent) => {
      expect(BigInt(power)).toBe(10n ** BigInt(exponent));
    });
  });
});
