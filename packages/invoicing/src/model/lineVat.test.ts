import { isTpeError } from '@tpe/core';
import { type VatCategoryTreatment, vatCategory } from '@tpe/legal-fr';
import { describe, expect, it } from 'vitest';
import { lineVat } from './lineVat.js';
import { lineVatSchema } from './VatCategory.js';

function code(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return isTpeError(error) ? `${error.code} ${error.issues[0]?.code}` : 'other';
  }
}

describe('lineVat', () => {
  it('maps each French VAT treatment to its EN 16931 category, mention and VATEX code', () => {
    expect(lineVat('taxable', '20')).toStrictEqual({ category: 'S', rate: '20' });
    expect(lineVat('taxable', '5.5')).toStrictEqual({ category: 'S', rate: '5.5' });
    expect(lineVat('franchiseEnBase')).toStrictEqual({
      category: 'E',
      rate: '0',
      exemptionReason: 'TVA non applicable, art. 293 B du CGI',
      exemptionCode: 'VATEX-FR-FRANCHISE',
    });
    expect(lineVat('intraCommunitySupplyOfGoods')).toStrictEqual({
      category: 'K',
      rate: '0',
      exemptionReason: 'Exonération de TVA, article 262 ter I du CGI',
      exemptionCode: 'VATEX-EU-IC',
    });
    expect(lineVat('export')).toStrictEqual({
      category: 'G',
      rate: '0',
      exemptionReason: 'Exonération de TVA, article 262 I du CGI',
      exemptionCode: 'VATEX-EU-G',
    });
    expect(lineVat('reverseCharge')).toStrictEqual({
      category: 'AE',
      rate: '0',
      exemptionReason: 'Autoliquidation',
      exemptionCode: 'VATEX-EU-AE',
    });
    expect(lineVat('otherExemption')).toStrictEqual({
      category: 'E',
      rate: '0',
      exemptionReason: 'Exonération de TVA',
    });
    expect(lineVat('outOfScope')).toStrictEqual({ category: 'O', exemptionCode: 'VATEX-EU-O' });
  });

  it('takes the mention and code from @tpe/legal-fr, and gives a LineVat its schema accepts', () => {
    const treatments: VatCategoryTreatment[] = [
      'franchiseEnBase',
      'intraCommunitySupplyOfGoods',
      'export',
      'reverseCharge',
      'otherExemption',
      'outOfScope',
    ];
    for (const treatment of treatments) {
      const vat = lineVat(treatment);
      const legal = vatCategory(treatment);
      expect(vat.category).toBe(legal.code);
      expect(vat.exemptionReason).toBe(legal.mention ?? undefined);
      expect(vat.exemptionCode).toBe(legal.vatexCode);
      expect(lineVatSchema.safeParse(vat).success).toBe(true);
    }
    expect(lineVatSchema.safeParse(lineVat('taxable', '2.1')).success).toBe(true);
  });

  it('refuses a taxable operation without a rate above zero, and a rate elsewhere', () => {
    expect(code(() => lineVat('taxable'))).toBe('INVALID_INPUT rate_missing');
    expect(code(() => lineVat('taxable', '0'))).toBe('INVALID_INPUT rate_not_positive');
    expect(code(() => lineVat('taxable', '0.00'))).toBe('INVALID_INPUT rate_not_positive');
    expect(code(() => lineVat('taxable', '20%'))).toBe('INVALID_INPUT invalid_decimal');
    expect(code(() => lineVat('taxable', 20 as never))).toBe('INVALID_INPUT invalid_type');
    expect(code(() => lineVat('export', '0'))).toBe('INVALID_INPUT rate_not_allowed');
    expect(code(() => lineVat('exempt' as never))).toBe('INVALID_INPUT invalid_value');
  });
});
