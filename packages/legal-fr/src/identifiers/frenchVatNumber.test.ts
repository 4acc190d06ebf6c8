import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchVatNumber } from './frenchVatNumber.js';
import { isValidFrenchVatNumber } from './isValidFrenchVatNumber.js';
import { isValidSiren } from './isValidSiren.js';

/** 8 random digits completed with their Luhn check digit (written independently of the library). */
const validSiren = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((digits) => {
    const body = digits.join('');
    for (let check = 0; check <= 9; check++) {
      const candidate = `${body}${check}`;
      let sum = 0;
      [...candidate].reverse().forEach((char, index) => {
        const digit = Number(char) * (index % 2 === 1 ? 2 : 1);
        sum += digit > 9 ? digit - 9 : digit;
      });
      if (sum % 10 === 0) return candidate;
    }
    throw new Error('unreachable');
  });

describe('frenchVatNumber', () => {
  it('computes the key (12 + 3 × (SIREN mod 97)) mod 97', () => {
    // 732829320 mod 97 = 43; (12 + 3 × 43) mod 97 = 141 mod 97 = 44
    expect(frenchVatNumber('732829320')).toBe('FR44732829320');
    // 334175221 mod 97 = 36; (12 + 108) mod 97 = 23
    expect(frenchVatNumber('334175221')).toBe('FR23334175221');
    // La Poste: 356000000 mod 97 = 9; (12 + 27) mod 97 = 39
    expect(frenchVatNumber('356000000')).toBe('FR39356000000');
  });

  it('pads a one-digit key with a zero', () => {
    // 158 mod 97 = 61; (12 + 183) mod 97 = 195 mod 97 = 1
    expect(frenchVatNumber('000000158')).toBe('FR01000000158');
    // 190 mod 97 = 93; (12 + 279) mod 97 = 291 mod 97 = 0
    expect(frenchVatNumber('000000190')).toBe('FR00000000190');
    // 224 mod 97 = 30; (12 + 90) mod 97 = 5
    expect(frenchVatNumber('000000224')).toBe('FR05000000224');
  });

  it('accepts the printed SIREN', () => {
    expect(frenchVatNumber('732 829 320')).toBe('FR44732829320');
  });

  it('gives a valid VAT number whose SIREN part is the input, for any valid SIREN', () => {
    fc.assert(
      fc.property(validSiren, (siren) => {
        const vat = frenchVatNumber(siren);
        expect(vat).toMatch(/^FR\d{11}$/);
        expect(vat.slice(4)).toBe(siren);
        expect(isValidSiren(vat.slice(4))).toBe(true);
        expect(isValidFrenchVatNumber(vat)).toBe(true);
        expect(Number(vat.slice(2, 4))).toBe((12 + 3 * (Number(siren) % 97)) % 97);
      }),
    );
  });

  it.each([
    ['732829321', 'invalid_checksum'],
    ['ABC', 'invalid_format'],
  ])('refuses the SIREN %j', (input, issue) => {
    expect(() => frenchVatNumber(input)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_SIREN',
        issues: [expect.objectContaining({ code: issue })],
      }),
    );
  });

  it('refuses a number', () => {
    expect(() => frenchVatNumber(732829320 as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'INVALID_SIREN' }),
    );
  });
});
