import { safeParseWithSchema } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { ecbRateTableSchema } from './ecbRateTableSchema.js';

const table = {
  source: 'ECB',
  lastChecked: '2026-02-05',
  validUntil: '2026-02-05',
  rows: [
    { effectiveDate: '2025-04-23', rate: '2.40' },
    { effectiveDate: '2025-06-11', rate: '2.15' },
  ],
};

function issues(input: unknown): { path: string; code: string }[] {
  const result = safeParseWithSchema(ecbRateTableSchema, input);
  if (result.ok) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
}

describe('ecbRateTableSchema', () => {
  it('accepts a well-formed table, notes optional, negative rates allowed', () => {
    expect(issues(table)).toEqual([]);
    expect(
      issues({ ...table, notes: 'x', rows: [{ effectiveDate: '2014-06-11', rate: '-0.10' }] }),
    ).toEqual([]);
  });

  it('refuses rows out of order or repeated', () => {
    expect(issues({ ...table, rows: [...table.rows].reverse() })).toEqual([
      { path: 'rows.1.effectiveDate', code: 'rows_not_increasing' },
    ]);
    expect(issues({ ...table, rows: [table.rows[0], table.rows[0]] })).toEqual([
      { path: 'rows.1.effectiveDate', code: 'rows_not_increasing' },
    ]);
  });

  it('refuses validUntil before the last change', () => {
    expect(issues({ ...table, validUntil: '2025-06-10' })).toEqual([
      { path: 'validUntil', code: 'valid_until_before_last_row' },
    ]);
  });

  it('refuses empty tables, bad dates, numbers and too many decimals', () => {
    expect(issues({ ...table, rows: [] })).toEqual([{ path: 'rows', code: 'too_small' }]);
    expect(issues({ ...table, rows: [{ effectiveDate: '2025-02-30', rate: '2.15' }] })).toEqual([
      { path: 'rows.0.effectiveDate', code: 'invalid_date' },
    ]);
    expect(issues({ ...table, rows: [{ effectiveDate: '2025-06-11', rate: 2.15 }] })).toEqual([
      { path: 'rows.0.rate', code: 'invalid_type' },
    ]);
    expect(issues({ ...table, rows: [{ effectiveDate: '2025-06-11', rate: '2.12345' }] })).toEqual([
      { path: 'rows.0.rate', code: 'too_many_decimals' },
    ]);
    expect(issues({ ...table, source: '' })).toEqual([{ path: 'source', code: 'too_small' }]);
    expect(issues({ ...table, lastChecked: undefined })).toEqual([
      { path: 'lastChecked', code: 'invalid_type' },
    ]);
  });
});
