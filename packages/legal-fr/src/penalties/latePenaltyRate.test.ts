import { describe, expect, it } from 'vitest';
import { tpeFailure } from '../../../../tools/tpeFailure.js';
import { DEFAULT_ECB_RATE_TABLE } from '../rates/defaultRateTables.js';
import { latePenaltyRate } from './latePenaltyRate.js';

/** Reference section 3.2: half-year start, ECB ref, B2B (ref + 10), public buyers (ref + 8). */
const SECTION_3_2 = [
  ['2013-01-01', '0.75', '10.75', '8.75'],
  ['2013-07-01', '0.50', '10.50', '8.50'],
  ['2014-01-01', '0.25', '10.25', '8.25'],
  ['2014-07-01', '0.15', '10.15', '8.15'],
  ['2015-01-01', '0.05', '10.05', '8.05'],
  ['2015-07-01', '0.05', '10.05', '8.05'],
  ['2016-01-01', '0.05', '10.05', '8.05'],
  ['2016-07-01', '0.00', '10.00', '8.00'],
  ['2019-01-01', '0.00', '10.00', '8.00'],
  ['2022-07-01', '0.00', '10.00', '8.00'],
  ['2023-01-01', '2.50', '12.50', '10.50'],
  ['2023-07-01', '4.00', '14.00', '12.00'],
  ['2024-01-01', '4.50', '14.50', '12.50'],
  ['2024-07-01', '4.25', '14.25', '12.25'],
  ['2025-01-01', '3.15', '13.15', '11.15'],
  ['2025-07-01', '2.15', '12.15', '10.15'],
  ['2026-01-01', '2.15', '12.15', '10.15'],
] as const;

describe('latePenaltyRate', () => {
  it.each(SECTION_3_2)(
    'half-year starting %s: ECB %s %% → B2B %s %%, public %s %%',
    (start, ref, b2b, pub) => {
      expect(latePenaltyRate({ date: start, regime: 'b2bDefault' })).toMatchObject({
        rate: b2b,
        referenceRate: ref,
        referenceDate: start,
        margin: '10',
      });
      expect(latePenaltyRate({ date: start, regime: 'publicBuyer' })).toMatchObject({
        rate: pub,
        referenceRate: ref,
        margin: '8',
      });
    },
  );

  it('section 2.1: invoice due 2026-03-16 → 12.15 % (ECB 2.15 % in force on 2026-01-01 since 2025-06-11)', () => {
    const result = latePenaltyRate({ date: '2026-03-16', regime: 'b2bDefault' });
    expect(result).toMatchObject({
      rate: '12.15',
      referenceRate: '2.15',
      referenceDate: '2026-01-01',
      referenceRateSince: '2025-06-11',
    });
    expect(result.trace).toEqual([
      {
        rule: 'b2bDefaultRate',
        article: 'C. com. L441-10 II',
        message:
          '2026 H1: ECB main refinancing rate in force on 2026-01-01 2.15 % (since 2025-06-11) + 10 points = 12.15 %',
        values: {
          halfYear: '2026 H1',
          referenceDate: '2026-01-01',
          ecbRate: '2.15',
          ecbRateSince: '2025-06-11',
          margin: '10',
          rate: '12.15',
        },
      },
    ]);
  });

  it('switches exactly between 30 June and 1 July', () => {
    expect(latePenaltyRate({ date: '2023-06-30', regime: 'b2bDefault' }).rate).toBe('12.50');
    expect(latePenaltyRate({ date: '2023-07-01', regime: 'b2bDefault' }).rate).toBe('14.00');
    expect(latePenaltyRate({ date: '2023-12-31', regime: 'b2bDefault' }).rate).toBe('14.00');
    expect(latePenaltyRate({ date: '2024-01-01', regime: 'b2bDefault' }).rate).toBe('14.50');
    // The 2023-06-21 hike (3.75 → 4.00) is in force on 1 July; the 2023-08-02 one (4.25) is not.
    expect(latePenaltyRate({ date: '2023-09-30', regime: 'b2bDefault' }).referenceRateSince).toBe(
      '2023-06-21',
    );
  });

  it('does not apply the 2022-07-27 hike to 2022 H2', () => {
    for (const date of ['2022-07-01', '2022-07-27', '2022-12-31']) {
      expect(latePenaltyRate({ date, regime: 'b2bDefault' })).toMatchObject({
        rate: '10.00',
        referenceRate: '0.00',
        referenceRateSince: '2016-03-16',
      });
    }
  });

  it('raises RATE_UNKNOWN for 2026 H2 until a table confirms the 1 July rate', () => {
    expect(
      tpeFailure(() => latePenaltyRate({ date: '2026-07-01', regime: 'b2bDefault' })),
    ).toMatchObject({
      code: 'RATE_UNKNOWN',
      details: {
        table: 'ecbMainRefinancingRates',
        date: '2026-07-01',
        lastKnownDate: '2026-02-05',
      },
    });
    expect(
      tpeFailure(() => latePenaltyRate({ date: '2026-12-31', regime: 'publicBuyer' })).code,
    ).toBe('RATE_UNKNOWN');
    const tables = {
      ecbMainRefinancingRates: { ...DEFAULT_ECB_RATE_TABLE, validUntil: '2026-07-01' },
    };
    expect(latePenaltyRate({ date: '2026-07-01', regime: 'b2bDefault', tables }).rate).toBe(
      '12.15',
    );
    const cut = {
      ecbMainRefinancingRates: {
        ...DEFAULT_ECB_RATE_TABLE,
        validUntil: '2026-07-22',
        rows: [...DEFAULT_ECB_RATE_TABLE.rows, { effectiveDate: '2026-06-17', rate: '1.90' }],
      },
    };
    expect(
      latePenaltyRate({ date: '2026-08-15', regime: 'publicBuyer', tables: cut }),
    ).toMatchObject({
      rate: '9.90',
      referenceRateSince: '2026-06-17',
    });
  });

  it('refuses days before 2013 (other margins then)', () => {
    expect(
      tpeFailure(() => latePenaltyRate({ date: '2012-12-31', regime: 'b2bDefault' })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'date', code: 'before_rules_in_force' }],
    });
  });

  it('answers INVALID_INPUT for an unknown regime, a bad date, a number or a bad table', () => {
    expect(
      tpeFailure(() => latePenaltyRate({ date: '2026-03-16', regime: 'b2c' as never })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'regime', code: 'invalid_value' }],
    });
    expect(
      tpeFailure(() => latePenaltyRate({ date: '2026-02-29', regime: 'b2bDefault' })).code,
    ).toBe('INVALID_INPUT');
    expect(
      tpeFailure(() => latePenaltyRate({ date: 20260316 as never, regime: 'b2bDefault' })).code,
    ).toBe('INVALID_INPUT');
    expect(
      tpeFailure(() =>
        latePenaltyRate({
          date: '2026-03-16',
          regime: 'b2bDefault',
          tables: { ecbMainRefinancingRates: { ...DEFAULT_ECB_RATE_TABLE, rows: [] } },
        }),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'tables.ecbMainRefinancingRates.rows', code: 'too_small' }],
    });
    expect(tpeFailure(() => latePenaltyRate(undefined as never)).code).toBe('INVALID_INPUT');
  });
});
