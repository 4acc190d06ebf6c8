import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSiren, parseSiren } from './isValidSiren.js';

/** Completes 8 digits with their Luhn check digit (written independently of the library). */
function withLuhnDigit(body: string): string {
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
}

const validSiren = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((digits) => withLuhnDigit(digits.join('')));

describe('isValidSiren', () => {
  it('accepts real SIRENs', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('356000000')).toBe(true);
    expect(isValidSiren('334175221')).toBe(true);
  });

  it('refuses a wrong check digit and a swap of two digits', () => {
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiren('732829302')).toBe(false);
    expect(isValidSiren('123456789')).toBe(false);
  });

  it('is strict about the form', () => {
    expect(isValidSiren('732 829 320')).toBe(false);
    expect(isValidSiren(' 732829320')).toBe(false);
    expect(isValidSiren('73282932')).toBe(false);
    expect(isValidSiren('7328293200')).toBe(false);
    expect(isValidSiren('７３２８２９３２０')).toBe(false);
    expect(isValidSiren('')).toBe(false);
  });

  it.each([[732829320], [null], [undefined], [{}], [['732829320']], [Number.NaN], [732829320n]])(
    'answers false for %s',
    (input) => {
      expect(isValidSiren(input)).toBe(false);
    },
  );

  it('accepts every generated SIREN and refuses any single-digit change', () => {
    fc.assert(
      fc.property(
        validSiren,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (siren, at, delta) => {
          expect(isValidSiren(siren)).toBe(true);
          const changed = `${siren.slice(0, at)}${(Number(siren[at]) + delta) % 10}${siren.slice(at + 1)}`;
          expect(isValidSiren(changed)).toBe(false);
        },
      ),
    );
  });
});

describe('parseSiren', () => {
  it('accepts the printed form and returns the compact form', () => {
    expect(parseSiren('732 829 320')).toBe('732829320');
    expect(parseSiren('732.829.320')).toBe('732829320');
    expect(parseSiren('732829320')).toBe('732829320');
  });

  it.each([
    ['732 829 321', 'invalid_checksum'],
    ['7328 2932', 'invalid_format'],
    ['73282932A', 'invalid_format'],
    ['', 'invalid_format'],
    ['1'.repeat(65), 'too_long'],
  ])('refuses %j (%s)', (input, issue) => {
    expect(() => parseSiren(input)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_SIREN',
        issues: [expect.objectContaining({ code: issue })],
      }),
    );
  });

  it.each([[732829320], [null], [{}]])('refuses %j as not a string', (input) => {
    expect(() => parseSiren(input)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_SIREN',
        issues: [expect.objectContaining({ code: 'invalid_type' })],
      }),
    );
  });
});
