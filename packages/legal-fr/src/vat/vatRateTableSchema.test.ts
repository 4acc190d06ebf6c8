import { describe, expect, it } from 'vitest';
import { DEFAULT_VAT_RATE_TABLE } from './defaultVatRateTable.js';
import { type VatRateTable, vatRateTableSchema } from './vatRateTableSchema.js';

const issueCodes = (table: unknown) => {
  const result = vatRateTableSchema.safeParse(table);
  return result.success
    ? []
    : result.error.issues.map((issue) => [
        issue.path.join('.'),
        (issue as { params?: { code?: string } }).params?.code ?? issue.code,
      ]);
};

const base: VatRateTable = DEFAULT_VAT_RATE_TABLE;
const standard = base.rates[0] as VatRateTable['rates'][number];

describe('vatRateTableSchema', () => {
  it('accepts the shipped table', () => {
    expect(issueCodes(base)).toEqual([]);
    expect(base.source).toContain('CGI');
    expect(base.lastChecked).toBe('2026-02-05');
    expect(base.validUntil).toBeNull();
  });

  it('refuses overlapping rates of the same kind', () => {
    expect(
      issueCodes({ ...base, rates: [standard, { ...standard, rate: '21', from: '2020-01-01' }] }),
    ).toEqual([['rates.1', 'overlapping_rates']]);
  });

  it('accepts consecutive rates of the same kind', () => {
    expect(
      issueCodes({
        ...base,
        rates: [
          { ...standard, rate: '19.6', from: '2014-01-01', to: '2019-12-31' },
          { ...standard, from: '2020-01-01' },
        ],
      }),
    ).toEqual([]);
  });

  it('refuses an end before a start, a rate without VAT, an unlisted territory, a duplicate territory', () => {
    expect(issueCodes({ ...base, rates: [{ ...standard, to: '2013-12-31' }] })).toEqual([
      ['rates.0.to', 'invalid_period'],
    ]);
    expect(issueCodes({ ...base, rates: [{ ...standard, territory: 'guyane' }] })).toEqual([
      ['rates.0.territory', 'vat_not_applicable'],
    ]);
    expect(
      issueCodes({
        ...base,
        territories: base.territories.filter((entry) => entry.territory !== 'metropolitan'),
        rates: [standard],
      }),
    ).toEqual([['rates.0.territory', 'unknown_territory']]);
    expect(
      issueCodes({ ...base, territories: [...base.territories, base.territories[0]] }),
    ).toEqual([['territories.7.territory', 'duplicate_territory']]);
    expect(issueCodes({ ...base, validUntil: '2013-01-01' })).toEqual([
      ['validUntil', 'invalid_period'],
    ]);
  });

  it('refuses rates that are not percent strings', () => {
    expect(issueCodes({ ...base, rates: [{ ...standard, rate: 20 }] })).toEqual([
      ['rates.0.rate', 'invalid_type'],
    ]);
    expect(issueCodes({ ...base, rates: [{ ...standard, rate: '20%' }] })).toEqual([
      ['rates.0.rate', 'invalid_decimal'],
    ]);
  });

  it('refuses a malformed table without crashing', () => {
    expect(vatRateTableSchema.safeParse({ ...base, rates: 'none' }).success).toBe(false);
    expect(vatRateTableSchema.safeParse({ ...base, territories: null }).success).toBe(false);
    expect(vatRateTableSchema.safeParse(null).success).toBe(false);
  });
});
