import { describe, expect, it } from 'vitest';
import { isValidSiret, parseSiret } from './isValidSiret.js';

describe('isValidSiret', () => {
  it('accepts real SIRETs', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidSiret('73282932000079')).toBe(false);
    expect(isValidSiret('73282932000047')).toBe(false);
  });

  it('refuses a SIRET whose 14 digits pass Luhn but whose SIREN part does not', () => {
    // 123456789 fails Luhn; NIC 00007 makes the 14 digits pass it.
    expect(isValidSiret('12345678900007')).toBe(false);
  });

  it('applies the La Poste exception: digit sum a multiple of 5', () => {
    expect(isValidSiret('35600000049837')).toBe(true); // sum 45, fails Luhn
    expect(isValidSiret('35600000000001')).toBe(true); // sum 15, fails Luhn
    expect(isValidSiret('35600000009781')).toBe(false); // sum 39, fails Luhn
    expect(isValidSiret('35600000000048')).toBe(true); // head office: Luhn, sum 26
  });

  it('does not extend the exception to other companies', () => {
    // digit sum 40 (a multiple of 5) but the SIREN is not La Poste's and Luhn fails
    expect(isValidSiret('73282932000004')).toBe(false);
  });

  it('is strict about the form', () => {
    expect(isValidSiret('732 829 320 00074')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('732829320000740')).toBe(false);
  });

  it.each([[73282932000074], [null], [undefined], [{}], [['73282932000074']]])(
    'answers false for %j',
    (input) => {
      expect(isValidSiret(input)).toBe(false);
    },
  );
});

describe('parseSiret', () => {
  it('accepts the printed form', () => {
    expect(parseSiret('732 829 320 00074')).toBe('73282932000074');
    expect(parseSiret('356 000 000 49837')).toBe('35600000049837');
  });

  it.each([
    ['732 829 320', 'invalid_format'],
    ['732 829 320 00079', 'invalid_checksum'],
    ['123 456 789 00007', 'invalid_siren'],
    ['356 000 000 09781', 'invalid_checksum'],
  ])('refuses %j (%s)', (input, issue) => {
    expect(() => parseSiret(input)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_SIRET',
        issues: [expect.objectContaining({ code: issue })],
      }),
    );
  });

  it('refuses a number', () => {
    expect(() => parseSiret(73282932000074)).toThrowError(
      expect.objectContaining({ code: 'INVALID_SIRET' }),
    );
  });
});
