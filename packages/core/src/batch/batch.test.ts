import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
});
