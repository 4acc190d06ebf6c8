import { Decimal } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xsDecimal } from './xsDecimal.js';

describe('xsDecimal', () => {
  it('writes an xs:decimal in its canonical form', () => {
    expect(xsDecimal('1000')).toBe('1000');
    expect(xsDecimal('+0012.50')).toBe('12.5');
    expect(xsDecimal('12.50', 2)).toBe('12.50');
    expect(xsDecimal('4675', 2)).toBe('4675.00');
    expect(xsDecimal('.5')).toBe('0.5');
    expect(xsDecimal('5.')).toBe('5');
    expect(xsDecimal('-0.00', 2)).toBe('0.00');
    expect(xsDecimal('-3.960', 2)).toBe('-3.96');
    expect(xsDecimal('0.001', 2)).toBe('0.001');
  });

  it('refuses what is not an xs:decimal', () => {
    for (const text of ['', '.', '-', '12x34', '1,5', '1e3', '0x10', ' 1', 'NaN', '1'.repeat(21)]) {
      expect(xsDecimal(text)).toBeUndefined();
    }
  });

  it('keeps the value and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[+-]?[0-9]{0,6}(\.[0-9]{0,6})?$/).filter((text) => /[0-9]/.test(text)),
        fc.integer({ min: 0, max: 3 }),
        (text, minDecimals) => {
          const canonical = xsDecimal(text, minDecimals);
          expect(canonical).toBeDefined();
          const value = canonical ?? '';
          expect(xsDecimal(value, minDecimals)).toBe(value);
          expect(new Decimal(value).equals(new Decimal(text))).toBe(true);
        },
      ),
    );
  });
});
