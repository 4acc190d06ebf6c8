import { describe, expect, it } from 'vitest';
import { vatCategory } from '../../vat/vatCategory.js';
import { VAT_ON_DEBITS } from './vatOnDebits.js';
import { VAT_PATTERNS } from './vatPatterns.js';

const mention = (treatment: Parameters<typeof vatCategory>[0]): string =>
  vatCategory(treatment).mention ?? '';

describe('VAT_PATTERNS', () => {
  it('recognise the single wording of each VAT sentence', () => {
    expect(VAT_PATTERNS.franchise.test(mention('franchiseEnBase'))).toBe(true);
    expect(VAT_PATTERNS.intraCommunity.test(mention('intraCommunitySupplyOfGoods'))).toBe(true);
    expect(VAT_PATTERNS.export.test(mention('export'))).toBe(true);
    expect(VAT_PATTERNS.reverseCharge.test(mention('reverseCharge'))).toBe(true);
    expect(VAT_PATTERNS.plainExemption.test(mention('otherExemption'))).toBe(true);
    expect(VAT_PATTERNS.vatOnDebits.test(VAT_ON_DEBITS.mention)).toBe(true);
  });

  it('tell the exemptions apart', () => {
    expect(VAT_PATTERNS.export.test(mention('intraCommunitySupplyOfGoods'))).toBe(false);
    expect(VAT_PATTERNS.intraCommunity.test(mention('export'))).toBe(false);
    expect(VAT_PATTERNS.exemptionLike.test(mention('franchiseEnBase'))).toBe(false);
    expect(VAT_PATTERNS.exemptionLike.test(mention('reverseCharge'))).toBe(false);
    expect(VAT_PATTERNS.plainExemption.test(mention('export'))).toBe(false);
  });

  it('accept no-break spaces, free case and a hyphen', () => {
    expect(VAT_PATTERNS.franchise.test('TVA non applicable, art.\u00a0293\u00a0B du CGI')).toBe(
      true,
    );
    expect(VAT_PATTERNS.reverseCharge.test('AUTO-LIQUIDATION')).toBe(true);
    expect(
      VAT_PATTERNS.vatOnDebits.test('Option pour le paiement de la taxe d’apres les debits'),
    ).toBe(true);
  });
});
