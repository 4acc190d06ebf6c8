import type { VatCategoryTreatment } from '@tpe/legal-fr';
import type { Seller } from '../../model/Seller.js';
import type { VatCategoryCode } from '../../model/VatCategory.js';
import type { DocumentTotals } from '../../totals/DocumentTotals.js';

/** The treatments that need a mention of their own, by the category that shows them, most specific first. */
const MENTIONED: readonly (readonly [VatCategoryCode, VatCategoryTreatment])[] = [
  ['AE', 'reverseCharge'],
  ['K', 'intraCommunitySupplyOfGoods'],
  ['G', 'export'],
  ['E', 'otherExemption'],
];

/**
 * The one VAT treatment the mentions of a document are checked for: the
 * franchise en base for a seller under it; else the first treatment needing
 * a mention of its own found in the VAT breakdown (reverse charge, intra-EU
 * supply, export, other exemption); else `outOfScope` when every group is
 * outside the scope of VAT; else `taxable`.
 */
export function vatTreatmentOf(seller: Seller, totals: DocumentTotals): VatCategoryTreatment {
  if (seller.vatRegime === 'franchiseEnBase') return 'franchiseEnBase';
  const categories = new Set(totals.vatBreakdown.map((group) => group.category));
  for (const [category, treatment] of MENTIONED) {
    if (categories.has(category)) return treatment;
  }
  if (categories.size > 0 && [...categories].every((category) => category === 'O')) {
    return 'outOfScope';
  }
  return 'taxable';
}

/** Whether the seller opted to pay VAT on debits (an option only a seller charging VAT has). */
export function hasVatOnDebitsOption(seller: Seller): boolean {
  return seller.vatOnDebits === true && seller.vatRegime === 'normal';
}
