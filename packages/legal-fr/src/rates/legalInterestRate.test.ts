import { describe, expect, it } from 'vitest';
import { tpeFailure } from '../../../../tools/tpeFailure.js';
import { DEFAULT_LEGAL_INTEREST_RATE_TABLE } from './defaultRateTables.js';
import { legalInterestRate } from './legalInterestRate.js';

describe('legalInterestRate', () => {
  it.each([
    ['2015-01-01', '4.06', '0.93'],
    ['2016-06-30', '4.54', '1.01'],
    ['2022-07-01', '3.15', '0.77'],
    ['2023-06-30', '4.47', '2.06'],
    ['2023-07-01', '6.82', '4.22'],
    ['2024-02-29', '8.01', '5.07'],
    ['2025-12-31', '6.65', '2.76'],
    ['2026-01-01', '6.67', '2.62'],
    ['2026-06-30', '6.67', '2.62'],
  ])('on %s: particuliers %s %%, autres %s %%', (date, particuliers, autres) => {
    expect(legalInterestRate(date, 'individual').rate).toBe(particuliers);
    expect(legalInterestRate(date, 'professional').rate).toBe(autres);
  });

  it('names the category and the half-year', () => {
    expect(legalInterestRate('2025-09-30', 'professional')).toMatchObject({
      rate: '2.76',
      category: 'autres',
      from: '2025-07-01',
      to: '2025-12-31',
    });
    const individual = legalInterestRate('2025-09-30', 'individual');
    expect(individual.category).toBe('particuliers');
    expect(individual.trace[0]).toMatchObject({ article: 'CMF L313-2, D313-1-A' });
  });

  it('refuses 2026 H2 and before 2015 (RATE_UNKNOWN naming the table)', () => {
    expect(tpeFailure(() => legalInterestRate('2026-07-01', 'professional'))).toMatchObject({
      code: 'RATE_UNKNOWN',
      details: { table: 'legalInterestRates', lastKnownDate: '2026-06-30', date: '2026-07-01' },
    });
    expect(tpeFailure(() => legalInterestRate('2014-12-31', 'individual'))).toMatchObject({
      code: 'RATE_UNKNOWN',
      details: { firstKnownDate: '2015-01-01' },
    });
  });

  it('uses a supplied newer table', () => {
    const table = {
      ...DEFAULT_LEGAL_INTEREST_RATE_TABLE,
      rows: [
        ...DEFAULT_LEGAL_INTEREST_RATE_TABLE.rows,
        { from: '2026-07-01', to: '2026-12-31', particuliers: '6.5', autres: '2.405' },
      ],
    };
    expect(legalInterestRate('2026-07-01', 'professional', { table }).rate).toBe('2.405');
    expect(legalInterestRate('2026-01-01', 'professional', { table }).rate).toBe('2.620');
  });

  it('answers INVALID_INPUT for a bad date or creditor', () => {
    expect(tpeFailure(() => legalInterestRate('2026-13-01', 'individual'))).toMatchObject({
      code: 'INVALID_INPUT',
      paths: ['date'],
    });
    expect(tpeFailure(() => legalInterestRate('2026-01-01', 'consumer' as never))).toMatchObject({
      code: 'INVALID_INPUT',
      paths: ['creditor'],
    });
    expect(
      tpeFailure(() =>
        legalInterestRate('2026-01-01', 'individual', { table: { rows: [] } as never }),
      ).code,
    ).toBe('INVALID_INPUT');
  });
});
