import { describe, expect, it } from 'vitest';
import { tpeFailure } from '../../../../tools/tpeFailure.js';
import { DEFAULT_ECB_RATE_TABLE } from './defaultRateTables.js';
import { ecbMainRefinancingRate } from './ecbMainRefinancingRate.js';

describe('ecbMainRefinancingRate', () => {
  it.each([
    ['2007-06-13', '4.00', '2007-06-13'],
    ['2008-10-14', '4.25', '2008-07-09'],
    ['2008-10-15', '3.75', '2008-10-15'],
    ['2016-03-15', '0.05', '2014-09-10'],
    ['2016-03-16', '0.00', '2016-03-16'],
    ['2022-07-01', '0.00', '2016-03-16'],
    ['2022-07-26', '0.00', '2016-03-16'],
    ['2022-07-27', '0.50', '2022-07-27'],
    ['2023-07-01', '4.00', '2023-06-21'],
    ['2024-09-17', '4.25', '2024-06-12'],
    ['2024-09-18', '3.65', '2024-09-18'],
    ['2025-06-10', '2.40', '2025-04-23'],
    ['2025-06-11', '2.15', '2025-06-11'],
    ['2026-01-01', '2.15', '2025-06-11'],
    ['2026-02-05', '2.15', '2025-06-11'],
  ])('on %s: %s %% since %s', (date, rate, since) => {
    const result = ecbMainRefinancingRate(date);
    expect(result.rate).toBe(rate);
    expect(result.since).toBe(since);
    expect(result.trace[0]?.values).toMatchObject({ date, rate, since });
  });

  it('refuses to extrapolate after validUntil (RATE_UNKNOWN naming the table)', () => {
    expect(tpeFailure(() => ecbMainRefinancingRate('2026-02-06'))).toMatchObject({
      code: 'RATE_UNKNOWN',
      details: {
        table: 'ecbMainRefinancingRates',
        date: '2026-02-06',
        lastKnownDate: '2026-02-05',
      },
    });
    expect(tpeFailure(() => ecbMainRefinancingRate('2026-07-01')).code).toBe('RATE_UNKNOWN');
  });

  it('refuses a day before the first row', () => {
    expect(tpeFailure(() => ecbMainRefinancingRate('2007-06-12'))).toMatchObject({
      code: 'RATE_UNKNOWN',
      details: { firstKnownDate: '2007-06-13' },
    });
  });

  it('uses a supplied newer table', () => {
    const table = {
      ...DEFAULT_ECB_RATE_TABLE,
      validUntil: '2026-09-10',
      rows: [...DEFAULT_ECB_RATE_TABLE.rows, { effectiveDate: '2026-06-10', rate: '1.9' }],
    };
    expect(ecbMainRefinancingRate('2026-06-09', { table }).rate).toBe('2.15');
    expect(ecbMainRefinancingRate('2026-07-01', { table })).toMatchObject({
      rate: '1.90',
      since: '2026-06-10',
    });
    expect(tpeFailure(() => ecbMainRefinancingRate('2026-09-11', { table })).details).toMatchObject(
      {
        lastKnownDate: '2026-09-10',
      },
    );
  });

  it('answers INVALID_INPUT for bad dates, options and tables', () => {
    expect(tpeFailure(() => ecbMainRefinancingRate('2026-02-30'))).toMatchObject({
      code: 'INVALID_INPUT',
      paths: ['date'],
    });
    expect(tpeFailure(() => ecbMainRefinancingRate(20260101 as unknown as string)).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      tpeFailure(() =>
        ecbMainRefinancingRate('2026-01-01', {
          table: {
            ...DEFAULT_ECB_RATE_TABLE,
            rows: [{ effectiveDate: '2025-06-11', rate: 2.15 }],
          } as never,
        }),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', paths: ['table.rows.0.rate'] });
    expect(tpeFailure(() => ecbMainRefinancingRate('2026-01-01', { tabel: 1 } as never)).code).toBe(
      'INVALID_INPUT',
    );
  });
});
