import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countryName,
  formatAdjustment,
  formatAmount,
  formatCompanyId,
  formatDecimal,
  formatPercent,
  formatPrice,
} from './frenchText.js';

describe('the figures of a French invoice', () => {
  it('writes amounts with a narrow no-break space between thousands and before the currency', () => {
    expect(formatAmount('1234.56', 'EUR')).toBe('1\u202f234,56\u00a0€');
    expect(formatAmount('0.00', 'EUR')).toBe('0,00\u00a0€');
    expect(formatAmount('-0.05', 'EUR')).toBe('-0,05\u00a0€');
    expect(formatAmount('1234567.89', 'EUR')).toBe('1\u202f234\u202f567,89\u00a0€');
  });

  it('signs allowances with a minus sign and charges with a plus', () => {
    expect(formatAdjustment('17.98', 'EUR', '-')).toBe('\u221217,98\u00a0€');
    expect(formatAdjustment('4.00', 'EUR', '+')).toBe('+4,00\u00a0€');
  });

  it('writes unit prices with all their decimals and at least two', () => {
    expect(formatPrice('18.333333', 'EUR')).toBe('18,333333\u00a0€');
    expect(formatPrice('89.9', 'EUR')).toBe('89,90\u00a0€');
    expect(formatPrice('450', 'EUR')).toBe('450,00\u00a0€');
  });

  it('writes quantities and rates with a decimal comma and grouped thousands', () => {
    expect(formatDecimal('2.5')).toBe('2,5');
    expect(formatDecimal('1200')).toBe('1\u202f200');
    expect(formatDecimal('12345.125')).toBe('12\u202f345,125');
    expect(formatDecimal('-3')).toBe('-3');
    expect(formatPercent('5.5')).toBe('5,5\u00a0%');
    expect(formatPercent('20')).toBe('20\u00a0%');
  });

  it('keeps every digit of a quantity, in order', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        (units, scale) => {
          const digits = units.toString().padStart(scale + 1, '0');
          const value = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
          expect(formatDecimal(value).replaceAll('\u202f', '').replace(',', '.')).toBe(value);
        },
      ),
    );
  });

  it('groups a SIREN by three digits and sets the establishment number of a SIRET apart', () => {
    expect(formatCompanyId('732829320')).toBe('732 829 320');
    expect(formatCompanyId('73282932000017')).toBe('732 829 320 00017');
    expect(formatCompanyId('B 123')).toBe('B 123');
  });

  it('names countries in French', () => {
    expect(countryName('DE')).toBe('Allemagne');
    expect(countryName('CH')).toBe('Suisse');
  });
});
