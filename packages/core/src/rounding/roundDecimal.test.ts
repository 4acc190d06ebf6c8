import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { Decimal } from '../decimal/Decimal.js';
import { ROUNDING_MODES, type RoundingMode } from './RoundingMode.js';
import { roundDecimal } from './roundDecimal.js';

describe('roundDecimal', () => {
  // value, halfUp, halfEven, halfDown, up, down, ceiling, floor — to 2 decimals
  const table: readonly (readonly string[])[] = [
    ['2.345', '2.35', '2.34', '2.34', '2.35', '2.34', '2.35', '2.34'],
    ['-2.345', '-2.35', '-2.34', '-2.34', '-2.35', '-2.34', '-2.34', '-2.35'],
    ['2.355', '2.36', '2.36', '2.35', '2.36', '2.35', '2.36', '2.35'],
    ['2.3451', '2.35', '2.35', '2.35', '2.35', '2.34', '2.35', '2.34'],
    ['2.3449', '2.34', '2.34', '2.34', '2.35', '2.34', '2.35', '2.34'],
    ['0.005', '0.01', '0', '0', '0.01', '0', '0.01', '0'],
    ['-0.005', '-0.01', '0', '0', '-0.01', '0', '0', '-0.01'],
    ['2.34', '2.34', '2.34', '2.34', '2.34', '2.34', '2.34', '2.34'],
  ];
  it.each(table)('rounds %s by every mode', (value, ...expected) => {
    ROUNDING_MODES.forEach((mode, index) => {
      expect(roundDecimal(value as string, 2, mode).toFixed(), mode).toBe(
        expected[index] as string,
      );
    });
  });

  it('defaults to half away from zero', () => {
    expect(roundDecimal('1.005', 2).toFixed()).toBe('1.01');
    expect(roundDecimal('-1.005', 2).toFixed()).toBe('-1.01');
    expect(roundDecimal('12.5', 0).toFixed()).toBe('13');
  });

  it('does not change its input', () => {
    const input = roundDecimal('1.23456', 5);
    roundDecimal(input, 2);
    expect(input.toFixed()).toBe('1.23456');
  });

  it('refuses bad scales and modes', () => {
    expect(() => roundDecimal('1', -1)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => roundDecimal('1', 1.5)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => roundDecimal('1', 101)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => roundDecimal('1', 2, 'nearest' as RoundingMode)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => roundDecimal('1', 2, '__proto__' as RoundingMode)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => roundDecimal('1,5', 2)).toThrowError(
      expect.objectContaining({ code: 'INVALID_DECIMAL' }),
    );
  });

  it('keeps up to 100 decimals and names a bad scale or mode', () => {
    const tiny = new Decimal(`0.${'0'.repeat(98)}15`);
    expect(roundDecimal(tiny, 100).toFixed()).toBe(`0.${'0'.repeat(98)}15`);
    expect(roundDecimal(tiny, 99).toFixed()).toBe(`0.${'0'.repeat(98)}2`);
    expect(roundDecimal('1', 0).toFixed()).toBe('1');
    for (const scale of [101, -1, 1.5, Number.NaN]) {
      const error = caughtTpeError(() => roundDecimal('1', scale));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.details).toEqual({ scale });
      expect(error.message).toContain(String(scale));
    }
    const mode = caughtTpeError(() => roundDecimal('1', 2, 'nearest' as RoundingMode));
    expect(mode).toMatchObject({ code: 'INVALID_ARGUMENT', details: { mode: 'nearest' } });
    expect(mode.message).toContain('nearest');
  });

  it('is idempotent and never moves by a full unit of the kept scale', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...ROUNDING_MODES),
        (units, scale, keep, mode) => {
          const value = roundDecimal(`${units}`, 0).div(10 ** scale);
          const once = roundDecimal(value, keep, mode);
          expect(roundDecimal(once, keep, mode).eq(once)).toBe(true);
          expect(once.minus(value).abs().lt(`1e-${keep}`)).toBe(true);
        },
      ),
    );
  });
});
