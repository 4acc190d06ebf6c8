import { describe, expect, it } from 'vitest';
import { DEFAULT_VAT_RATE_TABLE } from './defaultVatRateTable.js';
import { vatRates } from './vatRates.js';
import type { VatRateTable } from './vatRateTableSchema.js';

const rateValues = (territory: Parameters<typeof vatRates>[0]['territory'], date = '2026-03-01') =>
  vatRates({ territory, date }).rates.map((rate) => [rate.kind, rate.rate, rate.article]);

/** A table with the 2014 change of the metropolitan rates, as a caller would supply it. */
const withHistory: VatRateTable = {
  source: 'test table',
  lastChecked: '2026-02-05',
  validFrom: '2012-01-01',
  validUntil: '2026-12-31',
  territories: [
    { territory: 'metropolitan', name: 'France', vatApplicable: true, article: 'CGI art. 278' },
  ],
  rates: [
    {
      territory: 'metropolitan',
      kind: 'standard',
      rate: '19.6',
      label: 'taux normal',
      article: 'CGI art. 278',
      from: '2012-01-01',
      to: '2013-12-31',
      uses: '',
    },
    {
      territory: 'metropolitan',
      kind: 'intermediate',
      rate: '7',
      label: 'taux intermédiaire',
      article: 'CGI art. 279',
      from: '2012-01-01',
      to: '2013-12-31',
      uses: '',
    },
    {
      territory: 'metropolitan',
      kind: 'standard',
      rate: '20',
      label: 'taux normal',
      article: 'CGI art. 278',
      from: '2014-01-01',
      to: null,
      uses: '',
    },
    {
      territory: 'metropolitan',
      kind: 'intermediate',
      rate: '10',
      label: 'taux intermédiaire',
      article: 'CGI art. 279',
      from: '2014-01-01',
      to: null,
      uses: '',
    },
    {
      territory: 'metropolitan',
      kind: 'reduced',
      rate: '5.5',
      label: 'taux réduit',
      article: 'CGI art. 278-0 bis',
      from: '2012-01-01',
      to: null,
      uses: '',
    },
  ],
};

describe('vatRates', () => {
  it('metropolitan France: 20, 10, 5.5, 2.1 (section 5.1)', () => {
    expect(rateValues('metropolitan')).toEqual([
      ['standard', '20', 'CGI art. 278'],
      ['intermediate', '10', 'CGI art. 279'],
      ['reduced', '5.5', 'CGI art. 278-0 bis'],
      ['superReduced', '2.1', 'CGI art. 281 quater to 281 nonies'],
    ]);
    const result = vatRates({ territory: 'metropolitan', date: '2026-03-01' });
    expect(result.vatApplicable).toBe(true);
    expect(result.article).toBe('CGI art. 278 and following');
    expect(result.date).toBe('2026-03-01');
  });

  it('Corsica: 20, 13, 10, 2.1, 0.9 (CGI 297)', () => {
    expect(rateValues('corsica')).toEqual([
      ['standard', '20', 'CGI art. 278'],
      ['special', '13', 'CGI art. 297'],
      ['intermediate', '10', 'CGI art. 297'],
      ['reduced', '2.1', 'CGI art. 297'],
      ['superReduced', '0.9', 'CGI art. 297'],
    ]);
  });

  it.each(['guadeloupe', 'martinique', 'reunion'] as const)(
    '%s: 8.5, 2.1, 1.75, 1.05 (CGI 296)',
    (territory) => {
      expect(rateValues(territory)).toEqual([
        ['standard', '8.5', 'CGI art. 296'],
        ['reduced', '2.1', 'CGI art. 296'],
        ['special', '1.75', 'CGI art. 296'],
        ['superReduced', '1.05', 'CGI art. 296'],
      ]);
      expect(vatRates({ territory, date: '2026-03-01' }).article).toBe('CGI art. 296');
    },
  );

  it.each(['guyane', 'mayotte'] as const)(
    '%s: VAT provisionally not applicable (CGI 294-1)',
    (territory) => {
      expect(vatRates({ territory, date: '2026-03-01' })).toEqual({
        territory,
        date: '2026-03-01',
        vatApplicable: false,
        article: 'CGI art. 294-1',
        rates: [],
      });
    },
  );

  it('answers from the first day of the table and for later dates (no validity end)', () => {
    expect(rateValues('metropolitan', '2014-01-01')).toHaveLength(4);
    expect(rateValues('metropolitan', '2040-06-30')).toEqual(rateValues('metropolitan'));
  });

  it('raises RATE_UNKNOWN before the table', () => {
    expect(() => vatRates({ territory: 'metropolitan', date: '2013-12-31' })).toThrowError(
      expect.objectContaining({
        code: 'RATE_UNKNOWN',
        details: {
          table: 'vatRates',
          date: '2013-12-31',
          firstKnownDate: '2014-01-01',
          lastKnownDate: null,
        },
      }),
    );
  });

  it('follows a caller table across a change of rate (the 2014 increase)', () => {
    const before = vatRates({ territory: 'metropolitan', date: '2013-12-31', table: withHistory });
    const after = vatRates({ territory: 'metropolitan', date: '2014-01-01', table: withHistory });
    expect(before.rates.map((rate) => rate.rate)).toEqual(['19.6', '7', '5.5']);
    expect(after.rates.map((rate) => rate.rate)).toEqual(['20', '10', '5.5']);
  });

  it('raises RATE_UNKNOWN after the validUntil of a caller table', () => {
    expect(() =>
      vatRates({ territory: 'metropolitan', date: '2027-01-01', table: withHistory }),
    ).toThrowError(
      expect.objectContaining({
        code: 'RATE_UNKNOWN',
        details: expect.objectContaining({ lastKnownDate: '2026-12-31' }),
      }),
    );
    expect(
      vatRates({ territory: 'metropolitan', date: '2026-12-31', table: withHistory }).rates,
    ).toHaveLength(3);
  });

  it('raises RATE_UNKNOWN for a territory missing from a caller table', () => {
    expect(() =>
      vatRates({ territory: 'corsica', date: '2026-01-01', table: withHistory }),
    ).toThrowError(
      expect.objectContaining({
        code: 'RATE_UNKNOWN',
        details: expect.objectContaining({ territory: 'corsica' }),
      }),
    );
  });

  it('refuses bad input', () => {
    const bad: readonly [unknown, readonly (string | number)[]][] = [
      [{ territory: 'polynesia', date: '2026-03-01' }, ['territory']],
      [{ territory: 'metropolitan', date: '2026-02-30' }, ['date']],
      [{ territory: 'metropolitan', date: 20260301 }, ['date']],
      [
        {
          territory: 'metropolitan',
          date: '2026-03-01',
          table: { ...withHistory, lastChecked: 'yesterday' },
        },
        ['table', 'lastChecked'],
      ],
    ];
    for (const [input, path] of bad) {
      expect(() => vatRates(input as never)).toThrowError(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          issues: [expect.objectContaining({ path })],
        }),
      );
    }
    expect(() => vatRates(null as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('does not let a caller mutate the shipped table', () => {
    expect(Object.isFrozen(DEFAULT_VAT_RATE_TABLE.rates[0])).toBe(true);
    expect(() => {
      (DEFAULT_VAT_RATE_TABLE.rates as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });
});
