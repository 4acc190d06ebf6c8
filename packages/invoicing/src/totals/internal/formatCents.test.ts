import { formatScaledUnits } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCents } from './formatCents.js';

describe('formatCents', () => {
  it('writes cents with 2 decimals', () => {
    expect(formatCents(0)).toBe('0.00');
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(-5)).toBe('-0.05');
    expect(formatCents(100_000)).toBe('1000.00');
    expect(formatCents(99_999_999)).toBe('999999.99');
    expect(formatCents(-100_000_000)).toBe('-1000000.00');
    expect(formatCents(12_345_678_901_234_567_890n)).toBe('123456789012345678.90');
  });

  it('writes exactly as formatScaledUnits of @tpe/core', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -200_000_000, max: 200_000_000 }), fc.maxSafeInteger()),
        (cents) => {
          expect(formatCents(cents)).toBe(formatScaledUnits(cents, 2));
        },
      ),
    );
  });
});
