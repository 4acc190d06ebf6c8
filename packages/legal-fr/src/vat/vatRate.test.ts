import { describe, expect, it } from 'vitest';
import { vatRate } from './vatRate.js';

describe('vatRate', () => {
  it.each([
    ['metropolitan', 'standard', '20'],
    ['metropolitan', 'intermediate', '10'],
    ['metropolitan', 'reduced', '5.5'],
    ['metropolitan', 'superReduced', '2.1'],
    ['corsica', 'standard', '20'],
    ['corsica', 'special', '13'],
    ['corsica', 'intermediate', '10'],
    ['corsica', 'reduced', '2.1'],
    ['corsica', 'superReduced', '0.9'],
    ['guadeloupe', 'standard', '8.5'],
    ['martinique', 'reduced', '2.1'],
    ['reunion', 'special', '1.75'],
    ['reunion', 'superReduced', '1.05'],
  ] as const)('%s %s: %s %%', (territory, kind, rate) => {
    expect(vatRate({ territory, kind, date: '2026-03-01' }).rate).toBe(rate);
  });

  it('returns the whole row', () => {
    expect(vatRate({ territory: 'metropolitan', kind: 'standard', date: '2026-03-01' })).toEqual({
      territory: 'metropolitan',
      kind: 'standard',
      rate: '20',
      label: 'taux normal',
      article: 'CGI art. 278',
      from: '2014-01-01',
      to: null,
      uses: 'Default rate for goods and services',
    });
  });

  it('raises VAT_RATE_NOT_APPLICABLE for a kind the territory does not have', () => {
    expect(() =>
      vatRate({ territory: 'reunion', kind: 'intermediate', date: '2026-03-01' }),
    ).toThrowError(
      expect.objectContaining({
        code: 'VAT_RATE_NOT_APPLICABLE',
        details: {
          territory: 'reunion',
          date: '2026-03-01',
          kind: 'intermediate',
          availableKinds: ['standard', 'reduced', 'special', 'superReduced'],
        },
      }),
    );
    expect(() =>
      vatRate({ territory: 'metropolitan', kind: 'special', date: '2026-03-01' }),
    ).toThrowError(expect.objectContaining({ code: 'VAT_RATE_NOT_APPLICABLE' }));
    expect(() =>
      vatRate({ territory: 'guyane', kind: 'standard', date: '2026-03-01' }),
    ).toThrowError(
      expect.objectContaining({
        code: 'VAT_RATE_NOT_APPLICABLE',
        details: expect.objectContaining({ availableKinds: [] }),
      }),
    );
  });

  it('raises RATE_UNKNOWN before the table', () => {
    expect(() =>
      vatRate({ territory: 'metropolitan', kind: 'standard', date: '2010-01-01' }),
    ).toThrowError(expect.objectContaining({ code: 'RATE_UNKNOWN' }));
  });

  it('refuses an unknown kind', () => {
    expect(() =>
      vatRate({ territory: 'metropolitan', kind: 'normal' as 'standard', date: '2026-03-01' }),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['kind'] })],
      }),
    );
  });
});
