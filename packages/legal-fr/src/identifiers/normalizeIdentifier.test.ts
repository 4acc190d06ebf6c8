import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeIdentifier } from './normalizeIdentifier.js';

describe('normalizeIdentifier', () => {
  it('removes spaces, non-breaking spaces, dots and hyphens and upper-cases', () => {
    expect(normalizeIdentifier('732 829 320')).toBe('732829320');
    expect(normalizeIdentifier('732\u00a0829\u202f320\t00074')).toBe('73282932000074');
    expect(normalizeIdentifier(' fr 44-732.829.320 ')).toBe('FR44732829320');
    expect(normalizeIdentifier('FR76 3000 6000 0112 3456 7890 189')).toBe(
      'FR7630006000011234567890189',
    );
    expect(normalizeIdentifier('')).toBe('');
  });

  it('does not validate', () => {
    expect(normalizeIdentifier('abc')).toBe('ABC');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 256 }), (text) => {
        const once = normalizeIdentifier(text);
        expect(normalizeIdentifier(once)).toBe(once);
        expect(once).not.toMatch(/[\s.-]/);
      }),
    );
  });

  it.each([[732829320], [null], [undefined], [{}], [['732829320']]])(
    'refuses %j with INVALID_INPUT',
    (input) => {
      expect(() => normalizeIdentifier(input as string)).toThrowError(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    },
  );

  it('refuses a huge text', () => {
    expect(() => normalizeIdentifier('1'.repeat(257))).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
