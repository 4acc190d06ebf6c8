import { describe, expect, it } from 'vitest';
import { isValidBic, parseBic } from './isValidBic.js';

describe('isValidBic', () => {
  it('accepts 8- and 11-character BICs', () => {
    expect(isValidBic('BNPAFRPP')).toBe(true);
    expect(isValidBic('BNPAFRPPXXX')).toBe(true);
    expect(isValidBic('CEPAFRPP751')).toBe(true);
  });

  it('refuses bad forms and unknown countries', () => {
    expect(isValidBic('bnpafrpp')).toBe(false);
    expect(isValidBic('BNPA FR PP')).toBe(false);
    expect(isValidBic('BNPAFRP')).toBe(false);
    expect(isValidBic('BNPAFRPPXX')).toBe(false);
    expect(isValidBic('BNP4FRPP')).toBe(false);
    expect(isValidBic('BNPAZZPP')).toBe(false);
  });

  it.each([[12345678], [null], [undefined], [{}], [['BNPAFRPP']]])(
    'answers false for %j',
    (input) => {
      expect(isValidBic(input)).toBe(false);
    },
  );
});

describe('parseBic', () => {
  it('accepts typed text', () => {
    expect(parseBic('bnpa fr pp xxx')).toBe('BNPAFRPPXXX');
    expect(parseBic('BNPAFRPP')).toBe('BNPAFRPP');
  });

  it.each([
    ['BNPA', 'invalid_format'],
    ['BNPAZZPP', 'unknown_country'],
  ])('refuses %j (%s)', (input, issue) => {
    expect(() => parseBic(input)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_BIC',
        issues: [expect.objectContaining({ code: issue })],
      }),
    );
  });

  it('refuses a number', () => {
    expect(() => parseBic(12345678)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_BIC',
        issues: [expect.objectContaining({ code: 'invalid_type' })],
      }),
    );
  });
});
