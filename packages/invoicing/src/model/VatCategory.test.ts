import { describe, expect, it } from 'vitest';
import { lineVatSchema, VAT_CATEGORY_CODES, vatCategoryCodeSchema } from './VatCategory.js';

function issues(input: unknown): string[] {
  const result = lineVatSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map(
    (issue) =>
      `${issue.path.join('.')}:${(issue as { params?: { code?: string } }).params?.code ?? issue.code}`,
  );
}

describe('the VAT category schemas', () => {
  it('know the nine EN 16931 codes and nothing else', () => {
    expect(VAT_CATEGORY_CODES).toEqual(['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M']);
    for (const code of VAT_CATEGORY_CODES) expect(vatCategoryCodeSchema.parse(code)).toBe(code);
    for (const code of ['s', 'VAT', 'B', '', 'AE ']) {
      expect(vatCategoryCodeSchema.safeParse(code).error?.issues[0]).toMatchObject({
        params: { code: 'unknown_vat_category' },
      });
    }
    expect(vatCategoryCodeSchema.safeParse(1).error?.issues[0]?.code).toBe('invalid_type');
  });

  it('hold the rate to its category (BR-S-05, BR-E-05, BR-O-05…)', () => {
    expect(issues({ category: 'S', rate: '20' })).toEqual([]);
    expect(issues({ category: 'S', rate: '0.000001' })).toEqual([]);
    expect(issues({ category: 'S', rate: '0.00' })).toEqual(['rate:rate_not_positive']);
    expect(issues({ category: 'S' })).toEqual(['rate:rate_missing']);
    for (const category of ['Z', 'E', 'AE', 'K', 'G']) {
      expect(issues({ category, rate: '0' })).toEqual([]);
      expect(issues({ category, rate: '0.00' })).toEqual([]);
      expect(issues({ category, rate: '5.5' })).toEqual(['rate:rate_must_be_zero']);
      expect(issues({ category })).toEqual(['rate:rate_missing']);
    }
    expect(issues({ category: 'O' })).toEqual([]);
    expect(issues({ category: 'O', rate: '0' })).toEqual(['rate:rate_not_allowed']);
    expect(issues({ category: 'L', rate: '7' })).toEqual([]);
    expect(issues({ category: 'M', rate: '0' })).toEqual([]);
    expect(issues({ category: 'S', rate: '-20' })).toEqual(['rate:negative_not_allowed']);
  });

  it('carry an exemption only where EN 16931 allows one (BR-S-10, BR-Z-10…)', () => {
    expect(
      issues({
        category: 'E',
        rate: '0',
        exemptionReason: 'Exonération',
        exemptionCode: 'VATEX-EU-132-1A',
      }),
    ).toEqual([]);
    expect(issues({ category: 'O', exemptionCode: 'vatex-eu-o' })).toEqual([]);
    expect(issues({ category: 'S', rate: '20', exemptionReason: 'Exonération' })).toEqual([
      'exemptionReason:exemption_not_allowed',
    ]);
    expect(issues({ category: 'Z', rate: '0', exemptionCode: 'VATEX-EU-O' })).toEqual([
      'exemptionCode:exemption_not_allowed',
    ]);
    expect(issues({ category: 'E', rate: '0', exemptionCode: 'EU-132' })).toEqual([
      'exemptionCode:invalid_format',
    ]);
    expect(issues({ category: 'E', rate: '0', note: 'x' })).toEqual([':unrecognized_keys']);
  });
});
