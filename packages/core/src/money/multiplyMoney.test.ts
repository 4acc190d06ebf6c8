import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { Decimal } from '../decimal/Decimal.js';
import { ROUNDING_MODES } from '../rounding/RoundingMode.js';
import { roundDecimal } from '../rounding/roundDecimal.js';
import { formatMoney } from './formatMoney.js';
import { moneyFromMinorUnits } from './moneyFromMinorUnits.js';
import { multiplyMoney } from './multiplyMoney.js';
import { parseMoney } from './parseMoney.js';
import { roundMoney } from './roundMoney.js';

describe('multiplyMoney', () => {
  it('rounds the exact product once, half away from zero by default', () => {
    expect(formatMoney(multiplyMoney(parseMoney('19.99'), '0.055'))).toBe('1.10'); // 1.09945
    expect(formatMoney(multiplyMoney(parseMoney('0.10'), '3'))).toBe('0.30');
    expect(formatMoney(multiplyMoney(parseMoney('12.3456', 'EUR', { scale: 4 }), '3'))).toBe(
      '37.04',
    ); // 37.0368
    expect(formatMoney(multiplyMoney(parseMoney('-0.05'), '0.5'))).toBe('-0.03');
    expect(formatMoney(multiplyMoney(parseMoney('0.05'), '0.5', { rounding: 'halfEven' }))).toBe(
      '0.02',
    );
    expect(formatMoney(multiplyMoney(parseMoney('100.00'), '0.2'))).toBe('20.00');
    expect(formatMoney(multiplyMoney(parseMoney('1000'), '1.0001', { scale: 4 }))).toBe(
      '1000.1000',
    );
    expect(formatMoney(multiplyMoney(parseMoney('1500', 'JPY'), '0.055'))).toBe('83'); // 82.5
  });

  it('pads the product to a larger scale', () => {
    expect(formatMoney(multiplyMoney(parseMoney('1.25'), '3', { scale: 4 }))).toBe('3.7500');
    expect(formatMoney(multiplyMoney(parseMoney('-1.25'), '0.5', { scale: 6 }))).toBe('-0.625000');
    expect(formatMoney(multiplyMoney(parseMoney('1.25'), '0.5', { scale: 3 }))).toBe('0.625');
  });

  it('takes factors of up to 30 decimals and 30 integer digits', () => {
    const tiny = `0.${'0'.repeat(28)}01`;
    expect(formatMoney(multiplyMoney(parseMoney('1.00'), `1.${'0'.repeat(29)}1`))).toBe('1.00');
    expect(formatMoney(multiplyMoney(parseMoney('1.00'), tiny, { rounding: 'up' }))).toBe('0.01');
    expect(formatMoney(multiplyMoney(parseMoney('0.01'), `1${'0'.repeat(29)}`))).toBe(
      `1${'0'.repeat(27)}.00`,
    );
    expect(caughtTpeError(() => multiplyMoney(parseMoney('1.00'), `${tiny}1`))).toMatchObject({
      code: 'INVALID_DECIMAL',
      issues: [{ path: ['factor'], code: 'too_many_decimals' }],
    });
    expect(
      caughtTpeError(() => multiplyMoney(parseMoney('1.00'), `1${'0'.repeat(30)}`)),
    ).toMatchObject({
      code: 'INVALID_DECIMAL',
      issues: [{ path: ['factor'], code: 'too_many_integer_digits' }],
    });
  });

  it('accepts a Decimal factor', () => {
    const rate = new Decimal('12.15').div(100);
    expect(formatMoney(multiplyMoney(parseMoney('1000.00'), rate))).toBe('121.50');
  });

  it('refuses a malformed factor', () => {
    const malformed = caughtTpeError(() => multiplyMoney(parseMoney('1.00'), '1e2'));
    expect(malformed).toMatchObject({
      code: 'INVALID_DECIMAL',
      issues: [{ path: ['factor'], code: 'invalid_decimal' }],
    });
    expect(malformed.message).toContain('1e2');
    expect(
      caughtTpeError(() => multiplyMoney(parseMoney('1.00'), 2 as unknown as string)),
    ).toMatchObject({
      code: 'INVALID_DECIMAL',
      issues: [{ path: ['factor'], code: 'invalid_type' }],
    });
  });

  it('refuses an unknown rounding mode when it has to round', () => {
    const error = caughtTpeError(() =>
      multiplyMoney(parseMoney('1.00'), '0.333', { rounding: 'nearest' as never }),
    );
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', details: { mode: 'nearest' } });
    expect(error.message).toContain('nearest');
  });

  it('agrees with decimal.js for every rounding mode', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: -(10n ** 10n), max: 10n ** 10n }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...ROUNDING_MODES),
        (cents, factorUnits, factorScale, mode) => {
          const factor = new Decimal(factorUnits.toString()).div(new Decimal(10).pow(factorScale));
          const money = moneyFromMinorUnits(cents);
          const expected = roundDecimal(
            new Decimal(cents.toString()).div(100).mul(factor),
            2,
            mode,
          ).toFixed(2);
          expect(formatMoney(multiplyMoney(money, factor, { rounding: mode }))).toBe(expected);
        },
      ),
    );
  });
});

describe('roundMoney', () => {
  it('rounds down the scale and pads up the scale', () => {
    const cost = parseMoney('0.0050', 'EUR', { scale: 4 });
    expect(formatMoney(roundMoney(cost, 2))).toBe('0.01');
    expect(formatMoney(roundMoney(cost, 2, 'halfEven'))).toBe('0.00');
    expect(formatMoney(roundMoney(parseMoney('-2.345', 'EUR', { scale: 3 }), 2))).toBe('-2.35');
    expect(formatMoney(roundMoney(parseMoney('1.00'), 4))).toBe('1.0000');
    expect(formatMoney(roundMoney(cost, 4))).toBe('0.0050');
    expect(formatMoney(roundMoney(cost, 5))).toBe('0.00500');
    expect(caughtTpeError(() => roundMoney(cost, -2))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      details: { scale: -2 },
    });
    expect(caughtTpeError(() => roundMoney(cost, 2, 'nearest' as never)).details).toEqual({
      mode: 'nearest',
    });
  });
});
