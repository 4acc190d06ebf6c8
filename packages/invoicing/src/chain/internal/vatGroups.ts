import { canonicalRate } from '../../internal/rateKey.js';
import type { CommercialDocument } from '../../model/CommercialDocument.js';
import type { ItemNature } from '../../model/Item.js';
import type { LineVat } from '../../model/VatCategory.js';
import type { VatBreakdownEntry } from '../../totals/DocumentTotals.js';

/** The key of a VAT breakdown group: category and rate in its shortest form (`"S 20"`, `"O 0"`). */
export function vatKeyOf(vat: {
  readonly category: string;
  readonly rate?: string | undefined;
}): string {
  return `${vat.category} ${canonicalRate(vat.rate ?? '0')}`;
}

/** The VAT of a line carrying a breakdown group: its category, rate and exemption. */
export function lineVatOf(entry: VatBreakdownEntry): LineVat {
  return {
    category: entry.category,
    ...(entry.category === 'O' ? {} : { rate: entry.rate }),
    ...(entry.exemptionReason === undefined ? {} : { exemptionReason: entry.exemptionReason }),
    ...(entry.exemptionCode === undefined ? {} : { exemptionCode: entry.exemptionCode }),
  };
}

/**
 * The nature of a line standing for a VAT group of `document`: `service`
 * when all its lines of that group are services, `goods` otherwise.
 */
export function natureOfGroup(document: CommercialDocument, key: string): ItemNature {
  const lines = document.lines.filter((line) => vatKeyOf(line.vat) === key);
  return lines.length > 0 && lines.every((line) => line.nature === 'service') ? 'service' : 'goods';
}
