import { safeParseWithSchema } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { legalInterestRateTableSchema } from './legalInterestRateTableSchema.js';

const h1 = { from: '2026-01-01', to: '2026-06-30', particuliers: '6.67', autres: '2.62' };
const h2 = { from: '2026-07-01', to: '2026-12-31', particuliers: '6.50', autres: '2.50' };
const table = { source: 'JORF', lastChecked: '2026-06-20', rows: [h1, h2] };

function issues(input: unknown): { path: string; code: string }[] {
  const result = safeParseWithSchema(legalInterestRateTableSchema, input);
  if (result.ok) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
}

describe('legalInterestRateTableSchema', () => {
  it('accepts consecutive half-years', () => {
    expect(issues(table)).toEqual([]);
    expect(
      issues({ ...table, rows: [{ ...h2, from: '2025-07-01', to: '2025-12-31' }, h1] }),
    ).toEqual([]);
  });

  it('refuses a row that is not exactly one half-year', () => {
    expect(issues({ ...table, rows: [{ ...h1, to: '2026-12-31' }] })).toEqual([
      { path: 'rows.0', code: 'not_a_half_year' },
    ]);
    expect(issues({ ...table, rows: [{ ...h1, from: '2026-01-02' }] })).toEqual([
      { path: 'rows.0', code: 'not_a_half_year' },
    ]);
  });

  it('refuses gaps and disorder', () => {
    expect(issues({ ...table, rows: [h2, h1] })).toEqual([
      { path: 'rows.1.from', code: 'rows_not_consecutive' },
    ]);
    expect(
      issues({ ...table, rows: [h1, { ...h2, from: '2027-01-01', to: '2027-06-30' }] }),
    ).toEqual([{ path: 'rows.1.from', code: 'rows_not_consecutive' }]);
  });

  it('refuses negative, numeric or malformed rates and bad dates', () => {
    expect(issues({ ...table, rows: [{ ...h1, autres: '-1' }] })).toEqual([
      { path: 'rows.0.autres', code: 'negative_not_allowed' },
    ]);
    expect(issues({ ...table, rows: [{ ...h1, particuliers: 6.67 }] })).toEqual([
      { path: 'rows.0.particuliers', code: 'invalid_type' },
    ]);
    expect(issues({ ...table, rows: [{ ...h1, to: '2026-06-31' }] })).toEqual([
      { path: 'rows.0.to', code: 'invalid_date' },
    ]);
    expect(issues({ ...table, rows: [] })).toEqual([{ path: 'rows', code: 'too_small' }]);
  });
});
