import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';

// The module is imported inside the tests, so that a currency table that
// cannot be built fails a test instead of the loading of this file.
describe('currency', () => {
  it('knows every ISO 4217 currency of dinero.js by its code', async () => {
    const { currency, isCurrencyCode } = await import('./currency.js');
    const dinero = await import('dinero.js/bigint/currencies');
    for (const known of Object.values(dinero)) {
      expect(currency(known.code)).toBe(known);
      expect(isCurrencyCode(known.code)).toBe(true);
    }
    expect(currency('TND').exponent).toBe(3n);
  });

  it('refuses anything else, quoting it briefly', async () => {
    const { currency, isCurrencyCode } = await import('./currency.js');
    for (const code of [
      'eur',
      'EURO',
      ' EUR',
      'EUR ',
      'XEUR',
      'XXZ',
      '__proto__',
      'toString',
      '',
    ]) {
      expect(isCurrencyCode(code)).toBe(false);
      const error = caughtTpeError(() => currency(code));
      expect(error).toMatchObject({
        code: 'INVALID_CURRENCY',
        issues: [{ path: [], code: 'invalid_currency' }],
      });
      expect(error.message).toContain(JSON.stringify(code));
      expect(error.issues[0]?.message).toContain(JSON.stringify(code));
    }
    for (const code of [12, null, undefined, ['EUR'], { code: 'EUR' }]) {
      expect(isCurrencyCode(code)).toBe(false);
      expect(caughtTpeError(() => currency(code))).toMatchObject({
        code: 'INVALID_CURRENCY',
        issues: [{ path: [], code: 'invalid_currency' }],
      });
    }
    expect(caughtTpeError(() => currency(12)).message).toContain('number');
    const long = `EUR${'X'.repeat(50)}`;
    const error = caughtTpeError(() => currency(long));
    expect(error.message).toContain(long.slice(0, 16));
    expect(error.message).not.toContain(long.slice(0, 17));
  });
});
