import { describe, expect, it } from 'vitest';
import {
  type VatCategoryTreatment,
  vatCategory,
  vatCategoryTreatmentSchema,
} from './vatCategory.js';

/** Every treatment: the type check fails when one is added or removed. */
const TREATMENTS = Object.keys({
  taxable: true,
  franchiseEnBase: true,
  intraCommunitySupplyOfGoods: true,
  export: true,
  reverseCharge: true,
  otherExemption: true,
  outOfScope: true,
} satisfies Record<VatCategoryTreatment, true>) as VatCategoryTreatment[];

describe('vatCategory', () => {
  it('maps each treatment to its EN 16931 code, VATEX code and mention', () => {
    expect(vatCategory('taxable')).toEqual({
      treatment: 'taxable',
      code: 'S',
      mention: null,
      article: 'CGI art. 278 and following',
    });
    expect(vatCategory('franchiseEnBase')).toEqual({
      treatment: 'franchiseEnBase',
      code: 'E',
      vatexCode: 'VATEX-FR-FRANCHISE',
      mention: 'TVA non applicable, art. 293 B du CGI',
      article: 'CGI art. 293 B; CGI ann. II art. 242 nonies A 12°',
    });
    expect(vatCategory('intraCommunitySupplyOfGoods')).toEqual({
      treatment: 'intraCommunitySupplyOfGoods',
      code: 'K',
      vatexCode: 'VATEX-EU-IC',
      mention: 'Exonération de TVA, article 262 ter I du CGI',
      article: 'CGI art. 262 ter I; CGI ann. II art. 242 nonies A 12°',
    });
    expect(vatCategory('export')).toEqual({
      treatment: 'export',
      code: 'G',
      vatexCode: 'VATEX-EU-G',
      mention: 'Exonération de TVA, article 262 I du CGI',
      article: 'CGI art. 262 I; CGI ann. II art. 242 nonies A 12°',
    });
    expect(vatCategory('reverseCharge')).toEqual({
      treatment: 'reverseCharge',
      code: 'AE',
      vatexCode: 'VATEX-EU-AE',
      mention: 'Autoliquidation',
      article: 'CGI art. 283-2; CGI ann. II art. 242 nonies A 13°',
    });
    expect(vatCategory('otherExemption')).toEqual({
      treatment: 'otherExemption',
      code: 'E',
      mention: 'Exonération de TVA',
      article: 'CGI ann. II art. 242 nonies A 12°',
    });
    expect(vatCategory('outOfScope')).toEqual({
      treatment: 'outOfScope',
      code: 'O',
      vatexCode: 'VATEX-EU-O',
      mention: null,
      article: 'CGI art. 256',
    });
  });

  it('cites the rule requiring the mention whenever a mention is due', () => {
    for (const treatment of TREATMENTS) {
      const { mention, article } = vatCategory(treatment);
      if (mention === null) {
        expect(article).not.toContain('242 nonies A');
      } else {
        expect(article).toMatch(
          treatment === 'reverseCharge' ? /242 nonies A 13°$/ : /242 nonies A 12°$/,
        );
      }
    }
  });

  it('covers every treatment the schema accepts, and nothing else', () => {
    for (const treatment of TREATMENTS) {
      expect(vatCategoryTreatmentSchema.parse(treatment)).toBe(treatment);
      expect(vatCategory(treatment).treatment).toBe(treatment);
    }
    expect(vatCategoryTreatmentSchema.safeParse('exempt').success).toBe(false);
  });

  it('has no VATEX code where none exists', () => {
    expect('vatexCode' in vatCategory('taxable')).toBe(false);
    expect('vatexCode' in vatCategory('otherExemption')).toBe(false);
  });

  it('returns frozen records', () => {
    expect(Object.isFrozen(vatCategory('export'))).toBe(true);
  });

  it.each([['exempt'], ['S'], [''], [null], [42]])('refuses %j', (treatment) => {
    expect(() => vatCategory(treatment as 'taxable')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['treatment'] })],
      }),
    );
  });
});
