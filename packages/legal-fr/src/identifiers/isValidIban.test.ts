import { describe, expect, it } from 'vitest';
import { isValidIban, parseIban } from './isValidIban.js';

describe('isValidIban', () => {
  it('accepts valid IBANs in electronic form', () => {
    expect(isValidIban('FR7630006000011234567890189')).toBe(true);
    expect(isValidIban('FR1420041010050500013M02606')).toBe(true);
    expect(isValidIban('DE89370400440532013000')).toBe(true);
  });

  it('refuses a wrong check digit or RIB key', () => {
    expect(isValidIban('FR7630006000011234567890188')).toBe(false);
    expect(isValidIban('FR7730006000011234567890189')).toBe(false);
  });

  it('is strict about the form', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(false);
    expect(isValidIban('fr7630006000011234567890189')).toBe(false);
    expect(isValidIban('FR763000600001123456789018')).toBe(false);
    expect(isValidIban('')).toBe(false);
    expect(isValidIban('F'.repeat(1000))).toBe(false);
  });

  it.each([[7630006000011234567890189n], [76300060], [null], [undefined], [{}], [[]]])(
    'answers false for %s',
    (input) => {
      expect(isValidIban(input)).toBe(false);
    },
  );
});

describe('parseIban', () => {
  it('accepts the printed form and returns the electronic form', () => {
    expect(parseIban('fr76 3000 6000 0112 3456 7890 189')).toBe('FR7630006000011234567890189');
    expect(parseIban('FR7630006000011234567890189')).toBe('FR7630006000011234567890189');
  });

  it('reports the problems found', () => {
    expect(() => parseIban('FR76 3000 6000 0112 3456 7890 188')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_IBAN',
        issues: expect.arrayContaining([expect.objectContaining({ code: 'invalid_checksum' })]),
      }),
    );
    expect(() => parseIban('XX76 3000')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_IBAN',
        issues: [expect.objectContaining({ code: 'unknown_country' })],
      }),
    );
    expect(() => parseIban('FR76 3000')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_IBAN',
        issues: expect.arrayContaining([expect.objectContaining({ code: 'invalid_length' })]),
      }),
    );
    expect(() => parseIban('')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_IBAN',
        issues: [expect.objectContaining({ code: 'invalid_format' })],
      }),
    );
  });

  it.each([
    [1234, 'invalid_type'],
    [null, 'invalid_type'],
    ['F'.repeat(65), 'too_long'],
  ])('refuses %j (%s)', (input, issue) => {
    expect(() => parseIban(input)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_IBAN',
        issues: [expect.objectContaining({ code: issue })],
      }),
    );
  });
});
