import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { addMoney } from './addMoney.js';
import { compareMoney, equalsMoney } from './compareMoney.js';
import { formatMoney } from './formatMoney.js';
import { formatMoneyFr } from './formatMoneyFr.js';
import { type Money, moneyParts } from './Money.js';
import { moneyFromMinorUnits } from './moneyFromMinorUnits.js';
import { isNegativeMoney, isZeroMoney, signOfMoney } from './moneySign.js';
import { moneyToDecimal } from './moneyToDecimal.js';
import { negateMoney } from './negateMoney.js';
import { parseMoney } from './parseMoney.js';
import { subtractMoney } from './subtractMoney.js';
import { sumMoney } from './sumMoney.js';
import { zeroMoney } from './zeroMoney.js';

const eur = (amount: string): Money => parseMoney(amount);
const amounts = fc
  .bigInt({ min: -(10n ** 18n), max: 10n ** 18n })
  .map((cents) => moneyFromMinorUnits(cents));
const mismatch = expect.objectContaining({ code: 'CURRENCY_MISMATCH' });

describe('money arithmetic', () => {
  it('adds and subtracts exactly', () => {
    expect(formatMoney(addMoney(eur('0.10'), eur('0.20')))).toBe('0.30');
    expect(formatMoney(subtractMoney(eur('100.00'), eur('100.01')))).toBe('-0.01');
    expect(formatMoney(addMoney(eur('999999999999999999.99'), eur('0.01')))).toBe(
      '1000000000000000000.00',
    );
  });

  it('keeps the larger scale', () => {
    const precise = parseMoney('0.0001', 'EUR', { scale: 4 });
    expect(formatMoney(addMoney(eur('1.00'), precise))).toBe('1.0001');
    expect(formatMoney(subtractMoney(precise, eur('1.00')))).toBe('-0.9999');
  });

  it('refuses to mix currencies', () => {
    const yen = parseMoney('100', 'JPY');
    expect(() => addMoney(eur('1.00'), yen)).toThrowError(mismatch);
    expect(() => subtractMoney(eur('1.00'), yen)).toThrowError(mismatch);
    expect(() => compareMoney(eur('1.00'), yen)).toThrowError(mismatch);
    expect(() => sumMoney([eur('1.00'), yen])).toThrowError(mismatch);
    expect(() => sumMoney([eur('1.00')], 'USD')).toThrowError(mismatch);
    const error = caughtTpeError(() => addMoney(eur('1.00'), yen));
    expect(error.details).toEqual({ currencies: ['EUR', 'JPY'] });
    expect(error.message).toContain('EUR');
    expect(error.message).toContain('JPY');
    expect(caughtTpeError(() => sumMoney([eur('1.00'), eur('2.00')], 'USD')).details).toEqual({
      currencies: ['USD', 'EUR'],
    });
  });

  it('negates, signs and compares', () => {
    expect(formatMoney(negateMoney(eur('12.50')))).toBe('-12.50');
    expect(formatMoney(negateMoney(eur('0.00')))).toBe('0.00');
    expect(signOfMoney(eur('-0.01'))).toBe(-1);
    expect(signOfMoney(eur('0.01'))).toBe(1);
    expect(isZeroMoney(eur('0'))).toBe(true);
    expect(isNegativeMoney(eur('-3'))).toBe(true);
    expect(isNegativeMoney(eur('0'))).toBe(false);
    expect(compareMoney(eur('9.99'), eur('10.00'))).toBe(-1);
    expect(compareMoney(eur('10.00'), eur('9.99'))).toBe(1);
    expect(equalsMoney(eur('1.5'), parseMoney('1.5000', 'EUR', { scale: 4 }))).toBe(true);
    expect(equalsMoney(eur('1.5'), parseMoney('1.5001', 'EUR', { scale: 4 }))).toBe(false);
    expect(equalsMoney(eur('1.00'), eur('-1.00'))).toBe(false);
    expect(isZeroMoney(eur('0.01'))).toBe(false);
    expect(isZeroMoney(eur('-0.01'))).toBe(false);
  });

  it('sums lists, an empty one in the currency given', () => {
    expect(formatMoney(sumMoney(['19.99', '5.01', '0.10'].map(eur)))).toBe('25.10');
    expect(formatMoney(sumMoney([], 'JPY'))).toBe('0');
    expect(caughtTpeError(() => sumMoney([])).code).toBe('INVALID_ARGUMENT');
    const mixed = [eur('1.00'), parseMoney('0.0001', 'EUR', { scale: 4 }), eur('-0.50')];
    expect(formatMoney(sumMoney(mixed))).toBe('0.5001');
    expect(formatMoney(sumMoney(mixed.reverse()))).toBe('0.5001');
  });

  it('builds from minor units and zero', () => {
    expect(formatMoney(moneyFromMinorUnits(123456))).toBe('1234.56');
    expect(formatMoney(moneyFromMinorUnits(5n, 'TND'))).toBe('0.005');
    expect(formatMoney(moneyFromMinorUnits(5n, 'EUR', 4))).toBe('0.0005');
    expect(formatMoney(zeroMoney())).toBe('0.00');
    expect(formatMoney(zeroMoney('JPY'))).toBe('0');
    const fraction = caughtTpeError(() => moneyFromMinorUnits(1.5));
    expect(fraction).toMatchObject({ code: 'INVALID_ARGUMENT', details: { units: '1.5' } });
    expect(fraction.message).toContain('1.5');
    expect(caughtTpeError(() => moneyFromMinorUnits(2 ** 53)).details).toEqual({
      units: '9007199254740992',
    });
  });

  it('formats the French way with the spaces Intl uses', () => {
    expect(formatMoneyFr(eur('1234.56'))).toBe('1\u202f234,56\u00a0€');
    expect(formatMoneyFr(eur('-0.05'))).toBe('-0,05\u00a0€');
    expect(formatMoneyFr(eur('1234567.00'))).toBe('1\u202f234\u202f567,00\u00a0€');
    expect(formatMoneyFr(eur('90071992547409.93'))).toBe(
      '90\u202f071\u202f992\u202f547\u202f409,93\u00a0€',
    );
    expect(formatMoneyFr(parseMoney('1500', 'JPY'))).toBe('1\u202f500\u00a0JPY');
    expect(formatMoneyFr(parseMoney('0.1235', 'EUR', { scale: 4 }))).toBe('0,1235\u00a0€');
  });

  it('converts to a Decimal exactly', () => {
    expect(moneyToDecimal(eur('-1234.56')).toFixed()).toBe('-1234.56');
  });

  it('obeys the laws of addition', () => {
    fc.assert(
      fc.property(amounts, amounts, amounts, (a, b, c) => {
        expect(equalsMoney(addMoney(a, b), addMoney(b, a))).toBe(true);
        expect(equalsMoney(addMoney(addMoney(a, b), c), addMoney(a, addMoney(b, c)))).toBe(true);
        expect(equalsMoney(addMoney(a, zeroMoney()), a)).toBe(true);
        expect(isZeroMoney(addMoney(a, negateMoney(a)))).toBe(true);
        expect(equalsMoney(subtractMoney(addMoney(a, b), b), a)).toBe(true);
        expect(equalsMoney(sumMoney([a, b, c]), addMoney(addMoney(a, b), c))).toBe(true);
      }),
    );
  });

  it('orders amounts consistently with their minor units', () => {
    fc.assert(
      fc.property(amounts, amounts, (a, b) => {
        const x = moneyParts(a).units;
        const y = moneyParts(b).units;
        expect(compareMoney(a, b)).toBe(x < y ? -1 : x > y ? 1 : 0);
        expect(compareMoney(b, a)).toBe(-compareMoney(a, b) || 0);
      }),
    );
  });

  it('does not mutate its operands', () => {
    const a = eur('1.00');
    const b = eur('2.00');
    addMoney(a, b);
    subtractMoney(a, b);
    negateMoney(a);
    expect(formatMoney(a)).toBe('1.00');
    expect(formatMoney(b)).toBe('2.00');
  });
});
