import { describe, expect, it } from 'vitest';
import { isValidFrenchVatNumber, parseFrenchVatNumber } from './isValidFrenchVatNumber.js';

describe('isValidFrenchVatNumber', () => {
  it('accepts well-formed numbers', () => {
    expect(isValidFrenchVatNumber('FR44732829320')).toBe(true);
    expect(isValidFrenchVatNumber('FR23334175221')).toBe(true);
    expect(isValidFrenchVatNumber('FR00000000190')).toBe(true);
  });

  it('refuses a wrong key', () => {
    expect(isValidFrenchVatNumber('FR45732829320')).toBe(false);
    expect(isValidFrenchVatNumber('FR43732829320')).toBe(false);
  });

  it('refuses a right key on an invalid SIREN', () => {
    // 732829321 fails Luhn; 732829321 mod 97 = 44; (12 + 132) mod 97 = 47
    expect(isValidFrenchVatNumber('FR47732829321')).toBe(false);
  });

  it('is strict about the form', () => {
    expect(isValidFrenchVatNumber('FR 44 732829320')).toBe(false);
    expect(isValidFrenchVatNumber('fr44732829320')).toBe(false);
    expect(isValidFrenchVatNumber('44732829320')).toBe(false);
    expect(isValidFrenchVatNumber('DE44732829320')).toBe(false);
    expect(isValidFrenchVatNumber('FRK7399859412')).toBe(false);
    expect(isValidFrenchVatNumber('FR447328293200')).toBe(false);
  });

  it.each([[44732829320], [null], [undefined], [{}], [['FR44732829320']]])(
    'answers false for %j',
    (input) => {
      expect(isValidFrenchVatNumber(input)).toBe(false);
    },
  );
});

describe('parseFrenchVatNumber', () => {
  it('accepts the printed form', () => {
    expect(parseFrenchVatNumber('fr 44 732 829 320')).toBe('FR44732829320');
    expect(parseFrenchVatNumber('FR44732829320')).toBe('FR44732829320');
  });

  it.each([
    ['FR45732829320', 'invalid_checksum'],
    ['FR47732829321', 'invalid_siren'],
    ['44732829320', 'invalid_format'],
    ['FR4473282932', 'invalid_format'],
  ])('refuses %j (%s)', (input, issue) => {
    expect(() => parseFrenchVatNumber(input)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_VAT_NUMBER',
        issues: [expect.objectContaining({ code: issue })],
      }),
    );
  });

  it('tells the expected key', () => {
    expect(() => parseFrenchVatNumber('FR45732829320')).toThrowError(
      expect.objectContaining({ details: { expectedKey: '44' } }),
    );
  });

  it('refuses a number', () => {
    expect(() => parseFrenchVatNumber(44732829320)).toThrowError(
      expect.objectContaining({ code: 'INVALID_VAT_NUMBER' }),
    );
  });
});
