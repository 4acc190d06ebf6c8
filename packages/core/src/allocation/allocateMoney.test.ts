import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { formatMoney } from '../money/formatMoney.js';
import { moneyParts } from '../money/Money.js';
import { moneyFromMinorUnits } from '../money/moneyFromMinorUnits.js';
import { parseMoney } from '../money/parseMoney.js';
import { allocateMoney } from './allocateMoney.js';
import { splitMoney } from './splitMoney.js';

const cents = (money: ReturnType<typeof parseMoney>) => moneyParts(money).units;

describe('allocateMoney', () => {
  it('spreads the remainder to the largest remainders, ties to the earliest', () => {
    expect(allocateMoney(parseMoney('100.00'), [1, 1, 1]).map(formatMoney)).toEqual([
      '33.34',
      '33.33',
      '33.33',
    ]);
    expect(allocateMoney(parseMoney('0.05'), [1, 2]).map(formatMoney)).toEqual(['0.02', '0.03']);
    expect(allocateMoney(parseMoney('10.00'), ['70', '30']).map(formatMoney)).toEqual([
      '7.00',
      '3.00',
    ]);
    // 1.00 by 1:1:1:1:1:1:1 → 0.142857… each, 2 leftover cents to the first two
    expect(allocateMoney(parseMoney('1.00'), [1, 1, 1, 1, 1, 1, 1]).map(formatMoney)).toEqual([
      '0.15',
      '0.15',
      '0.14',
      '0.14',
      '0.14',
      '0.14',
      '0.14',
    ]);
    // remainders 0.6, 0.4, 0.0 → the leftover cent goes to the first
    expect(allocateMoney(parseMoney('0.02'), ['0.3', '0.3', '0.4']).map(formatMoney)).toEqual([
      '0.01',
      '0.00',
      '0.01',
    ]);
    // a discount of 10.00 spread over VAT bases 1000.00 / 250.00 / 83.33
    expect(
      allocateMoney(parseMoney('10.00'), ['1000.00', '250.00', '83.33']).map(formatMoney),
    ).toEqual(['7.50', '1.88', '0.62']);
  });

  it('gives zero to a zero ratio and splits negative amounts symmetrically', () => {
    expect(allocateMoney(parseMoney('1.00'), [0, 1, 0]).map(formatMoney)).toEqual([
      '0.00',
      '1.00',
      '0.00',
    ]);
    expect(allocateMoney(parseMoney('-100.00'), [1, 1, 1]).map(formatMoney)).toEqual([
      '-33.34',
      '-33.33',
      '-33.33',
    ]);
    expect(allocateMoney(parseMoney('0.00'), [1, 2]).map(formatMoney)).toEqual(['0.00', '0.00']);
  });

  it('keeps scale and currency', () => {
    expect(allocateMoney(parseMoney('1000', 'JPY'), [1, 2]).map(formatMoney)).toEqual([
      '333',
      '667',
    ]);
    expect(
      allocateMoney(parseMoney('0.0010', 'EUR', { scale: 4 }), [1, 1, 1]).map(formatMoney),
    ).toEqual(['0.0004', '0.0003', '0.0003']);
  });

  it.each([
    [[], 'INVALID_ARGUMENT'],
    [[0, 0], 'INVALID_ARGUMENT'],
    [[-1, 2], 'INVALID_ARGUMENT'],
    [[1.5], 'INVALID_ARGUMENT'],
    [['-1'], 'INVALID_ARGUMENT'],
    [['1e2'], 'INVALID_ARGUMENT'],
    [[Number.NaN], 'INVALID_ARGUMENT'],
  ])('refuses ratios %j', (ratios, code) => {
    expect(() => allocateMoney(parseMoney('1.00'), ratios as never)).toThrowError(
      expect.objectContaining({ code }),
    );
  });

  it('brings ratios of different scales to one scale', () => {
    expect(allocateMoney(parseMoney('1.00'), ['0.5', 1]).map(formatMoney)).toEqual([
      '0.33',
      '0.67',
    ]);
    expect(allocateMoney(parseMoney('3.00'), [2, '0.25', '0.750']).map(formatMoney)).toEqual([
      '2.00',
      '0.25',
      '0.75',
    ]);
  });

  it('tells what is wrong with the ratios', () => {
    const none = caughtTpeError(() => allocateMoney(parseMoney('1.00'), []));
    expect(none).toMatchObject({ code: 'INVALID_ARGUMENT', issues: [{ path: [] }] });
    expect(none.issues[0]?.code).not.toBe('all_ratios_zero');
    for (const notAList of [null, undefined, '1', { length: 1, 0: 1 }]) {
      expect(caughtTpeError(() => allocateMoney(parseMoney('1.00'), notAList as never)).code).toBe(
        'INVALID_ARGUMENT',
      );
    }
    expect(caughtTpeError(() => allocateMoney(parseMoney('1.00'), [0, '0.00']))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      issues: [{ path: [], code: 'all_ratios_zero' }],
    });
    const fractional = caughtTpeError(() => allocateMoney(parseMoney('1.00'), [1, 2, 1.5]));
    expect(fractional).toMatchObject({
      code: 'INVALID_ARGUMENT',
      issues: [{ path: [2], code: 'invalid_ratio' }],
    });
    expect(fractional.message).toContain('1.5');
    expect(caughtTpeError(() => allocateMoney(parseMoney('1.00'), [-1]))).toMatchObject({
      issues: [{ path: [0], code: 'invalid_ratio' }],
    });
    expect(caughtTpeError(() => allocateMoney(parseMoney('1.00'), [1, '-1']))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      issues: [{ path: [1], code: 'negative_not_allowed' }],
    });
    expect(caughtTpeError(() => allocateMoney(parseMoney('1.00'), ['1', '1e2']))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      issues: [{ path: [1], code: 'invalid_decimal' }],
    });
  });

  it('always sums to the whole, and equal shares differ by at most one unit', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 })
          .filter((r) => r.some((x) => x > 0)),
        (units, ratios) => {
          const parts = allocateMoney(moneyFromMinorUnits(units), ratios).map(cents);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(units);
          ratios.forEach((ratio, index) => {
            if (ratio === 0) expect(parts[index]).toBe(0n);
          });
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
        fc.integer({ min: 1, max: 50 }),
        (units, count) => {
          const parts = splitMoney(moneyFromMinorUnits(units), count).map(cents);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(units);
          const sorted = [...parts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          expect((sorted.at(-1) as bigint) - (sorted[0] as bigint)).toBeLessThanOrEqual(1n);
          // the earlier parts are the larger ones (in absolute value)
          const magnitudes = parts.map((p) => (p < 0n ? -p : p));
          for (let i = 1; i < magnitudes.length; i++)
            expect(magnitudes[i]! <= magnitudes[i - 1]!).toBe(true);
        },
      ),
    );
  });

  it('is within one unit of the exact share for every part', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (units, ratios) => {
          const total = BigInt(ratios.reduce((a, b) => a + b, 0));
          allocateMoney(moneyFromMinorUnits(units), ratios).forEach((part, index) => {
            const exactTimesTotal = units * BigInt(ratios[index] as number);
            const diff = cents(part) * total - exactTimesTotal;
            expect(diff < total && diff > -total).toBe(true);
          });
        },
      ),
    );
  });
});

describe('splitMoney', () => {
  it('splits into equal parts, earlier parts larger', () => {
    expect(splitMoney(parseMoney('100.00'), 3).map(formatMoney)).toEqual([
      '33.34',
      '33.33',
      '33.33',
    ]);
    expect(splitMoney(parseMoney('-0.05'), 2).map(formatMoney)).toEqual(['-0.03', '-0.02']);
    expect(splitMoney(parseMoney('1200.00'), 12).map(formatMoney)).toEqual(
      new Array(12).fill('100.00'),
    );
  });

  it('splits into as many as 10,000 parts', () => {
    const parts = splitMoney(parseMoney('100.01'), 10_000);
    expect(parts).toHaveLength(10_000);
    expect(formatMoney(parts[0] as ReturnType<typeof parseMoney>)).toBe('0.02');
    expect(formatMoney(parts[1] as ReturnType<typeof parseMoney>)).toBe('0.01');
  });

  it.each([0, -1, 1.5, 10_001, Number.NaN])('refuses %s parts', (count) => {
    const error = caughtTpeError(() => splitMoney(parseMoney('1.00'), count));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.details).toEqual({ count });
    expect(error.message).toContain(String(count));
  });
});
