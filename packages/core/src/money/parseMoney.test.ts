import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTpeError } from '../errors/TpeError.js';
import { formatMoney } from './formatMoney.js';
import { moneyParts } from './Money.js';
import { parseMoney, safeParseMoney } from './parseMoney.js';

describe('parseMoney', () => {
  it('reads amounts at the currency exponent by default', () => {
    expect(moneyParts(parseMoney('1234.5')).units).toBe(123450n);
    expect(moneyParts(parseMoney('1234.5')).scale).toBe(2);
    expect(formatMoney(parseMoney('1500', 'JPY'))).toBe('1500');
    expect(formatMoney(parseMoney('2.125', 'TND'))).toBe('2.125');
    expect(formatMoney(parseMoney('-0.05'))).toBe('-0.05');
    expect(formatMoney(parseMoney('-0'))).toBe('0.00');
    expect(formatMoney(parseMoney('999999999999999999.99'))).toBe('999999999999999999.99');
  });

  it('accepts a larger scale on request', () => {
    const price = parseMoney('0.1235', 'EUR', { scale: 4 });
    expect(moneyParts(price)).toMatchObject({ units: 1235n, scale: 4 });
    expect(formatMoney(parseMoney('1', 'EUR', { scale: 4 }))).toBe('1.0000');
  });

  it.each([
    ['12.345', 'EUR', 'INVALID_DECIMAL', 'too_many_decimals'],
    ['12.5', 'JPY', 'INVALID_DECIMAL', 'too_many_decimals'],
    ['12,50', 'EUR', 'INVALID_DECIMAL', 'invalid_decimal'],
    ['1e3', 'EUR', 'INVALID_DECIMAL', 'invalid_decimal'],
    [12.5, 'EUR', 'INVALID_DECIMAL', 'invalid_type'],
    ['1'.repeat(19), 'EUR', 'INVALID_DECIMAL', 'too_many_integer_digits'],
    ['12', 'eur', 'INVALID_CURRENCY', 'invalid_currency'],
    ['12', 'XXZ', 'INVALID_CURRENCY', 'invalid_currency'],
    ['12', '__proto__', 'INVALID_CURRENCY', 'invalid_currency'],
    ['12', 'constructor', 'INVALID_CURRENCY', 'invalid_currency'],
  ])('refuses %j %s with %s / %s', (amount, currency, code, issue) => {
    const result = safeParseMoney(amount, currency);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.issues[0]?.code).toBe(issue);
    }
  });

  it('refuses a scale below the currency exponent', () => {
    const result = safeParseMoney('1', 'TND', { scale: 2 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      code: 'INVALID_ARGUMENT',
      details: { scale: 2, exponent: 3 },
    });
    expect(result.error.message).toContain('TND');
    expect(result.error.message).toContain('3');
  });

  it('round-trips string → Money → string for every canonical amount', () => {
    const amounts = fc.bigInt({ min: -(10n ** 20n - 1n), max: 10n ** 20n - 1n }).map((cents) => {
      const negative = cents < 0n;
      const digits = (negative ? -cents : cents).toString().padStart(3, '0');
      return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
    });
    fc.assert(
      fc.property(amounts, (text) => {
        expect(formatMoney(parseMoney(text))).toBe(text);
      }),
    );
  });

  it('answers any hostile input with a TpeError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (amount, currency) => {
        try {
          parseMoney(amount, currency as string);
          return true;
        } catch (error) {
          return isTpeError(error);
        }
      }),
    );
  });
});
