import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { isTpeError } from '../errors/TpeError.js';
import { toScaledBigInt } from './toScaledBigInt.js';
import { toScaledUnits } from './toScaledUnits.js';

function failure(run: () => unknown): { code: string; issue: string | undefined } | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!isTpeError(error)) throw error;
    return { code: error.code, issue: error.issues[0]?.code };
  }
}

/** Decimal strings of up to 40 digits and 10 decimals, some negative. */
const decimals = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: 0, max: 10 }))
  .map(([negative, digits, places]) => {
    const text = digits.toString().padStart(places + 1, '0');
    const body = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
    return negative ? `-${body}` : body;
  });

describe('toScaledBigInt', () => {
  it('reads decimal strings at a scale, past 2^53 too', () => {
    expect(toScaledBigInt('12.15', 2)).toBe(1215n);
    expect(toScaledBigInt('999999999999999.99', 3)).toBe(999999999999999990n);
    expect(toScaledBigInt('-0', 2)).toBe(0n);
    expect(toScaledBigInt(`${'9'.repeat(60)}.5`, 1)).toBe(BigInt(`${'9'.repeat(60)}5`));
  });

  it('agrees with decimal.js, and with toScaledUnits within the safe integers', () => {
    fc.assert(
      fc.property(decimals, fc.integer({ min: 0, max: 30 }), (text, scale) => {
        const places = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
        if (places > scale) {
          expect(failure(() => toScaledBigInt(text, scale))).toEqual({
            code: 'INVALID_DECIMAL',
            issue: 'too_many_decimals',
          });
          return;
        }
        const exact = new Decimal(text).times(new Decimal(10).pow(scale));
        const units = toScaledBigInt(text, scale);
        expect(units.toString()).toBe(exact.toFixed(0));
        if (exact.abs().lte(Number.MAX_SAFE_INTEGER)) {
          expect(units).toBe(BigInt(toScaledUnits(text, scale)));
        }
      }),
    );
  });

  it('refuses what is not a plain decimal string or has too many decimals', () => {
    expect(failure(() => toScaledBigInt('1.234', 2))).toEqual({
      code: 'INVALID_DECIMAL',
      issue: 'too_many_decimals',
    });
    expect(failure(() => toScaledBigInt('1e30', 2))?.issue).toBe('invalid_decimal');
    expect(failure(() => toScaledBigInt('9'.repeat(65), 2))?.issue).toBe('too_long');
    expect(failure(() => toScaledBigInt(12 as unknown as string, 2))?.issue).toBe('invalid_type');
    expect(failure(() => toScaledBigInt('1', -1))?.code).toBe('INVALID_ARGUMENT');
  });
});
