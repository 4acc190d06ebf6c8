import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDecimal } from './canonicalDecimal.js';

describe('canonicalDecimal', () => {
  it('drops trailing zeros and a bare point, keeps the value', () => {
    expect(canonicalDecimal('2.500000')).toBe('2.5');
    expect(canonicalDecimal('20.00')).toBe('20');
    expect(canonicalDecimal('5.5')).toBe('5.5');
    expect(canonicalDecimal('100')).toBe('100');
    expect(canonicalDecimal('0.000')).toBe('0');
    expect(canonicalDecimal('-0.0')).toBe('0');
    expect(canonicalDecimal('-1.2300')).toBe('-1.23');
    expect(canonicalDecimal('18.333333')).toBe('18.333333');
  });

  it('gives the same value in its shortest form (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        (units, scale) => {
          const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
          const text = `${units < 0n ? '-' : ''}${scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`}`;
          const shortest = canonicalDecimal(text);
          const [integer = '', fraction = ''] = shortest.replace('-', '').split('.');
          const back =
            BigInt(`${integer}${fraction.padEnd(scale, '0')}`) *
            (shortest.startsWith('-') ? -1n : 1n);
          expect(back).toBe(units);
          expect(shortest.endsWith('0') && shortest.includes('.')).toBe(false);
        },
      ),
    );
  });
});
