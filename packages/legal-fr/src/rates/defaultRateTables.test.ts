import { describe, expect, it } from 'vitest';
import { DEFAULT_ECB_RATE_TABLE, DEFAULT_LEGAL_INTEREST_RATE_TABLE } from './defaultRateTables.js';
import { ecbRateTableSchema } from './ecbRateTableSchema.js';
import { legalInterestRateTableSchema } from './legalInterestRateTableSchema.js';

/** Reference section 3.1, every row. */
const ECB_ROWS = [
  ['2007-06-13', '4.00'],
  ['2008-07-09', '4.25'],
  ['2008-10-15', '3.75'],
  ['2008-11-12', '3.25'],
  ['2008-12-10', '2.50'],
  ['2009-01-21', '2.00'],
  ['2009-03-11', '1.50'],
  ['2009-04-08', '1.25'],
  ['2009-05-13', '1.00'],
  ['2011-04-13', '1.25'],
  ['2011-07-13', '1.50'],
  ['2011-11-09', '1.25'],
  ['2011-12-14', '1.00'],
  ['2012-07-11', '0.75'],
  ['2013-05-08', '0.50'],
  ['2013-11-13', '0.25'],
  ['2014-06-11', '0.15'],
  ['2014-09-10', '0.05'],
  ['2016-03-16', '0.00'],
  ['2022-07-27', '0.50'],
  ['2022-09-14', '1.25'],
  ['2022-11-02', '2.00'],
  ['2022-12-21', '2.50'],
  ['2023-02-08', '3.00'],
  ['2023-03-22', '3.50'],
  ['2023-05-10', '3.75'],
  ['2023-06-21', '4.00'],
  ['2023-08-02', '4.25'],
  ['2023-09-20', '4.50'],
  ['2024-06-12', '4.25'],
  ['2024-09-18', '3.65'],
  ['2024-10-23', '3.40'],
  ['2024-12-18', '3.15'],
  ['2025-02-05', '2.90'],
  ['2025-03-12', '2.65'],
  ['2025-04-23', '2.40'],
  ['2025-06-11', '2.15'],
] as const;

/** Reference section 3.3: half-year start, particuliers, autres. */
const LEGAL_ROWS = [
  ['2015-01-01', '4.06', '0.93'],
  ['2015-07-01', '4.29', '0.99'],
  ['2016-01-01', '4.54', '1.01'],
  ['2016-07-01', '4.35', '0.93'],
  ['2017-01-01', '4.16', '0.90'],
  ['2017-07-01', '3.94', '0.90'],
  ['2018-01-01', '3.73', '0.89'],
  ['2018-07-01', '3.60', '0.88'],
  ['2019-01-01', '3.40', '0.86'],
  ['2019-07-01', '3.26', '0.87'],
  ['2020-01-01', '3.15', '0.87'],
  ['2020-07-01', '3.11', '0.84'],
  ['2021-01-01', '3.14', '0.79'],
  ['2021-07-01', '3.12', '0.76'],
  ['2022-01-01', '3.13', '0.76'],
  ['2022-07-01', '3.15', '0.77'],
  ['2023-01-01', '4.47', '2.06'],
  ['2023-07-01', '6.82', '4.22'],
  ['2024-01-01', '8.01', '5.07'],
  ['2024-07-01', '8.16', '4.92'],
  ['2025-01-01', '7.21', '3.71'],
  ['2025-07-01', '6.65', '2.76'],
  ['2026-01-01', '6.67', '2.62'],
] as const;

describe('DEFAULT_ECB_RATE_TABLE', () => {
  it('holds every change of the reference, dated and confirmed up to 2026-02-05', () => {
    expect(DEFAULT_ECB_RATE_TABLE.rows.map((row) => [row.effectiveDate, row.rate])).toEqual(
      ECB_ROWS,
    );
    expect(DEFAULT_ECB_RATE_TABLE.lastChecked).toBe('2026-02-05');
    expect(DEFAULT_ECB_RATE_TABLE.validUntil).toBe('2026-02-05');
    expect(DEFAULT_ECB_RATE_TABLE.source).toMatch(/Banque de France/);
    expect(DEFAULT_ECB_RATE_TABLE.notes).toMatch(/validUntil/);
  });

  it('passes its own schema', () => {
    expect(ecbRateTableSchema.safeParse(DEFAULT_ECB_RATE_TABLE).success).toBe(true);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(DEFAULT_ECB_RATE_TABLE)).toBe(true);
    expect(Object.isFrozen(DEFAULT_ECB_RATE_TABLE.rows)).toBe(true);
    expect(Object.isFrozen(DEFAULT_ECB_RATE_TABLE.rows[0])).toBe(true);
    expect(() => {
      (DEFAULT_ECB_RATE_TABLE.rows[0] as unknown as { rate: string }).rate = '9.99';
    }).toThrow(TypeError);
  });
});

describe('DEFAULT_LEGAL_INTEREST_RATE_TABLE', () => {
  it('holds both categories of every half-year from 2015 H1 to 2026 H1 and stops there', () => {
    expect(
      DEFAULT_LEGAL_INTEREST_RATE_TABLE.rows.map((row) => [row.from, row.particuliers, row.autres]),
    ).toEqual(LEGAL_ROWS);
    expect(DEFAULT_LEGAL_INTEREST_RATE_TABLE.rows.at(-1)?.to).toBe('2026-06-30');
    expect(DEFAULT_LEGAL_INTEREST_RATE_TABLE.lastChecked).toBe('2026-02-05');
    expect(DEFAULT_LEGAL_INTEREST_RATE_TABLE.notes).toMatch(/2026 H2/);
  });

  it('passes its own schema and is frozen', () => {
    expect(legalInterestRateTableSchema.safeParse(DEFAULT_LEGAL_INTEREST_RATE_TABLE).success).toBe(
      true,
    );
    expect(Object.isFrozen(DEFAULT_LEGAL_INTEREST_RATE_TABLE.rows[3])).toBe(true);
  });
});
