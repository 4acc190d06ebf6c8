import { describe, expect, it } from 'vitest';
import { isKnownVatRate } from './isKnownVatRate.js';

const known = (territory: Parameters<typeof isKnownVatRate>[0]['territory'], rate: string) =>
  isKnownVatRate({ territory, rate, date: '2026-03-01' });

describe('isKnownVatRate', () => {
  it('recognises the rates of each territory, whatever the trailing zeros', () => {
    expect(
      ['20', '10', '5.5', '2.1', '20.00', '5.50', '2.10'].map((rate) =>
        known('metropolitan', rate),
      ),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(['8.5', '2.1', '1.75', '1.05'].map((rate) => known('reunion', rate))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['20', '13', '10', '2.1', '0.9'].map((rate) => known('corsica', rate))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('flags rates that do not exist there', () => {
    expect(known('metropolitan', '19.6')).toBe(false);
    expect(known('metropolitan', '7')).toBe(false);
    expect(known('metropolitan', '8.5')).toBe(false);
    expect(known('metropolitan', '21')).toBe(false);
    expect(known('metropolitan', '0')).toBe(false);
    expect(known('guadeloupe', '20')).toBe(false);
    expect(known('guyane', '8.5')).toBe(false);
    expect(known('mayotte', '0')).toBe(false);
  });

  it('raises RATE_UNKNOWN before the table', () => {
    expect(() =>
      isKnownVatRate({ territory: 'metropolitan', rate: '19.6', date: '2013-06-01' }),
    ).toThrowError(expect.objectContaining({ code: 'RATE_UNKNOWN' }));
  });

  it.each([['20 %'], ['5,5'], ['0.2e2'], [''], ['-20']])('refuses the rate %j', (rate) => {
    expect(() =>
      isKnownVatRate({ territory: 'metropolitan', rate, date: '2026-03-01' }),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['rate'] })],
      }),
    );
  });

  it('refuses a number for the rate', () => {
    expect(() =>
      isKnownVatRate({
        territory: 'metropolitan',
        rate: 20 as unknown as string,
        date: '2026-03-01',
      }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
