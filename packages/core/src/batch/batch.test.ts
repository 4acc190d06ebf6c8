import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { allocateMoney } from '../allocation/allocateMoney.js';
import { formatMoney } from '../money/formatMoney.js';
import { moneyFromMinorUnits } from '../money/moneyFromMinorUnits.js';
import { multiplyMoney } from '../money/multiplyMoney.js';
import { parseMoney } from '../money/parseMoney.js';
import { sumMoney } from '../money/sumMoney.js';
import { ROUNDING_MODES } from '../rounding/RoundingMode.js';
import { allocateAmountColumn } from './allocateAmountColumn.js';
import { multiplyColumns } from './multiplyColumns.js';
import { parseAmountColumn } from './parseAmountColumn.js';
import { parseDecimalColumn } from './parseDecimalColumn.js';
import { amountAt, formatAmountColumn } from './readAmountColumn.js';
import { sumAmountColumn } from './sumAmountColumn.js';

const centsStrings = (units: readonly bigint[]) =>
  units.map((u) => formatMoney(moneyFromMinorUnits(u)));

/** Whether every entry is a positive zero or not zero at all. */
const noNegativeZero = (units: Float64Array) => Array.from(units).every((u) => !Object.is(u, -0));

describe('columns', () => {
  it('parse decimal strings at a fixed scale', () => {
    expect(Array.from(parseDecimalColumn(['12.3456', '0.5', '-1'], 4).units)).toEqual([
      123456, 5000, -10000,
    ]);
    expect(Array.from(parseAmountColumn(['19.99', '-5']).units)).toEqual([1999, -500]);
    expect(parseAmountColumn(['1'], 'TND').scale).toBe(3);
    expect(formatAmountColumn(parseAmountColumn(['1', '-0.5']))).toEqual(['1.00', '-0.50']);
    expect(formatMoney(amountAt(parseAmountColumn(['1.00', '2.50']), 1))).toBe('2.50');
  });

  it('refuse bad values with the index of the first one', () => {
    const error = (() => {
      try {
        parseAmountColumn(['1.00', '2,00']);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toMatchObject({
      code: 'INVALID_DECIMAL',
      issues: [{ path: [1], code: 'invalid_decimal' }],
    });
    expect(() => parseDecimalColumn(['1.234'], 2)).toThrowError(
      expect.objectContaining({ code: 'INVALID_DECIMAL' }),
    );
    expect(() => parseDecimalColumn(['9999999999999999'], 2)).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
    expect(() => parseAmountColumn(['1'], 'EUR', { scale: 1 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => parseDecimalColumn('1.00' as never, 2)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => amountAt(parseAmountColumn(['1']), 3)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('sum exactly, switching to bigint past 2^53', () => {
    expect(formatMoney(sumAmountColumn(parseAmountColumn(['0.10', '0.20'])))).toBe('0.30');
    const huge = parseAmountColumn(['90071992547409.91', '90071992547409.91', '-0.01']);
    expect(formatMoney(sumAmountColumn(huge))).toBe('180143985094819.81');
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -(2n ** 53n - 1n), max: 2n ** 53n - 1n }), { maxLength: 50 }),
        (units) => {
          const strings = centsStrings(units);
          expect(formatMoney(sumAmountColumn(parseAmountColumn(strings)))).toBe(
            formatMoney(
              sumMoney(
                strings.map((s) => parseMoney(s)),
                'EUR',
              ),
            ),
          );
        },
      ),
    );
  });

  it('multiply entry by entry like multiplyMoney', () => {
    const quantities = parseDecimalColumn(['3', '0.5', '-2'], 3);
    const prices = parseDecimalColumn(['12.3456', '0.0150', '0.0050'], 4);
    expect(formatAmountColumn(multiplyColumns(quantities, prices))).toEqual([
      '37.04',
      '0.01',
      '-0.01',
    ]);
    expect(formatAmountColumn(multiplyColumns(quantities, prices, { scale: 8 }))).toEqual([
      '37.03680000',
      '0.00750000',
      '-0.01000000',
    ]);
    expect(() => multiplyColumns(quantities, parseDecimalColumn(['1'], 0))).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    fc.assert(
      fc.property(
        // up to ±100,000 × 100,000,000.0000: products beyond 2^53 take the bigint path
        fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.constantFrom(...ROUNDING_MODES),
        (quantity, price, mode) => {
          const quantityText = formatMoney(moneyFromMinorUnits(quantity, 'EUR', 3));
          const priceText = formatMoney(moneyFromMinorUnits(price, 'EUR', 4));
          const column = multiplyColumns(
            parseDecimalColumn([quantityText], 3),
            parseDecimalColumn([priceText], 4),
            {
              rounding: mode,
            },
          );
          const single = multiplyMoney(parseMoney(priceText, 'EUR', { scale: 4 }), quantityText, {
            rounding: mode,
          });
          expect(formatAmountColumn(column)).toEqual([formatMoney(single)]);
        },
      ),
    );
  });

  it('allocate every entry like allocateMoney', () => {
    const parts = allocateAmountColumn(parseAmountColumn(['100.00', '0.05', '-100.00']), [1, 1, 1]);
    expect(parts.map(formatAmountColumn)).toEqual([
      ['33.34', '0.02', '-33.34'],
      ['33.33', '0.02', '-33.33'],
      ['33.33', '0.01', '-33.33'],
    ]);
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -(2n ** 53n - 1n), max: 2n ** 53n - 1n }), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 1000 }),
            fc.constantFrom('0.5', '33.33', '1000000000'),
          ),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (units, ratios) => {
          fc.pre(ratios.some((r) => r !== 0));
          const strings = centsStrings(units);
          const columns = allocateAmountColumn(parseAmountColumn(strings), ratios);
          strings.forEach((text, index) => {
            const expected = allocateMoney(parseMoney(text), ratios).map(formatMoney);
            expect(columns.map((column) => formatMoney(amountAt(column, index)))).toEqual(expected);
          });
        },
      ),
    );
  });

  it('store no negative zero', () => {
    const zeros = parseDecimalColumn(['-0', '-0.00', '0'], 2);
    expect(Array.from(zeros.units)).toEqual([0, 0, 0]);
    expect(noNegativeZero(zeros.units)).toBe(true);
    const left = parseDecimalColumn(['0', '0'], 1);
    const right = parseDecimalColumn(['-5', '-0.05'], 2);
    // a product of zero by a negative number, at a larger scale and at a smaller one
    const padded = multiplyColumns(left, right, { scale: 4 });
    expect(formatAmountColumn(padded)).toEqual(['0.0000', '0.0000']);
    expect(noNegativeZero(padded.units)).toBe(true);
    const rounded = multiplyColumns(left, right, { scale: 2 });
    expect(formatAmountColumn(rounded)).toEqual(['0.00', '0.00']);
    expect(noNegativeZero(rounded.units)).toBe(true);
    const parts = allocateAmountColumn(parseAmountColumn(['-0.01', '-0.02']), [1, 1, 1]);
    expect(parts.map(formatAmountColumn)).toEqual([
      ['-0.01', '-0.01'],
      ['0.00', '-0.01'],
      ['0.00', '0.00'],
    ]);
    for (const part of parts) expect(noNegativeZero(part.units)).toBe(true);
  });

  it('tell which entry is wrong and why', () => {
    const malformed = caughtTpeError(() => parseAmountColumn(['1.00', '2.00', '2,00']));
    expect(malformed).toMatchObject({
      code: 'INVALID_DECIMAL',
      issues: [{ path: [2], code: 'invalid_decimal' }],
    });
    expect(malformed.message).toContain('2,00');
    expect(
      caughtTpeError(() => parseDecimalColumn(['1', '-1'], 0, { allowNegative: false })),
    ).toMatchObject({
      code: 'INVALID_DECIMAL',
      issues: [{ path: [1], code: 'negative_not_allowed' }],
    });
    expect(Array.from(parseDecimalColumn(['-1'], 0, { allowNegative: true }).units)).toEqual([-1]);
    const tooLarge = caughtTpeError(() => parseDecimalColumn(['1', '9999999999999999'], 2));
    expect(tooLarge).toMatchObject({
      code: 'OUT_OF_RANGE',
      issues: [{ path: [1], code: 'too_large' }],
    });
    expect(tooLarge.issues[0]?.message).toContain('9999999999999999');
    expect(
      Array.from(parseDecimalColumn(['9007199254740991', '-9007199254740991'], 0).units),
    ).toEqual([Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]);
    expect(caughtTpeError(() => parseDecimalColumn('1.00' as never, 2)).code).toBe(
      'INVALID_ARGUMENT',
    );
    const lowScale = caughtTpeError(() => parseAmountColumn(['1'], 'EUR', { scale: 1 }));
    expect(lowScale).toMatchObject({
      code: 'INVALID_ARGUMENT',
      details: { scale: 1, exponent: 2 },
    });
    expect(lowScale.message).toContain('EUR');
    const outside = caughtTpeError(() => amountAt(parseAmountColumn(['1', '2']), 3));
    expect(outside).toMatchObject({ code: 'INVALID_ARGUMENT', details: { index: 3, length: 2 } });
    expect(outside.message).toContain('3');
    expect(caughtTpeError(() => amountAt(parseAmountColumn(['1', '2']), 0.5)).details).toEqual({
      index: 0.5,
      length: 2,
    });
    const lengths = caughtTpeError(() =>
      multiplyColumns(parseDecimalColumn(['1', '2', '3'], 0), parseDecimalColumn(['1', '2'], 0)),
    );
    expect(lengths.code).toBe('INVALID_ARGUMENT');
    expect(lengths.message).toContain('3');
    expect(lengths.message).toContain('2');
  });

  it('refuse products beyond 2^53 − 1 minor units', () => {
    const big = parseDecimalColumn(['1', '900000000000000.0'], 1);
    // kept at a larger scale than the product's
    expect(caughtTpeError(() => multiplyColumns(big, big, { scale: 4 }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      issues: [{ path: [1], code: 'too_large' }],
    });
    // rounded to a smaller scale than the product's
    expect(caughtTpeError(() => multiplyColumns(big, big, { scale: 1 }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      issues: [{ path: [1], code: 'too_large' }],
    });
  });

  it('multiply products past 2^53 exactly', () => {
    // 0.3 × 3002399751580415 = 900719925474124.5, a product that a float would round to …124.4
    const product = multiplyColumns(
      parseDecimalColumn(['0.3', '-0.3'], 1),
      parseDecimalColumn(['3002399751580415', '3002399751580415'], 0),
      { currency: 'JPY' },
    );
    expect(formatAmountColumn(product)).toEqual(['900719925474125', '-900719925474125']);
    expect(formatMoney(multiplyMoney(parseMoney('3002399751580415', 'JPY'), '0.3'))).toBe(
      '900719925474125',
    );
    // rounding a product of scale 20 to 2 digits: a divisor of 10^18
    const quantities = parseDecimalColumn(['1.5', '-0.0000000005', '0.0000000049'], 10);
    const prices = parseDecimalColumn(['2.0000000001', '10', '1'], 10);
    expect(formatAmountColumn(multiplyColumns(quantities, prices))).toEqual([
      '3.00',
      '0.00',
      '0.00',
    ]);
    expect(formatAmountColumn(multiplyColumns(quantities, prices, { rounding: 'up' }))).toEqual([
      '3.01',
      '-0.01',
      '0.01',
    ]);
  });

  it('allocate large amounts exactly', () => {
    // 90071992547409.90 by 3:1; 3 × 9007199254740990 is past 2^53
    const parts = allocateAmountColumn(parseAmountColumn(['90071992547409.90']), [3, 1]);
    expect(parts.map(formatAmountColumn)).toEqual([['67553994410557.43'], ['22517998136852.47']]);
    expect(allocateMoney(parseMoney('90071992547409.90'), [3, 1]).map(formatMoney)).toEqual([
      '67553994410557.43',
      '22517998136852.47',
    ]);
  });
});
