import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';

/**
 * How VAT applies to an operation, for choosing its EN 16931 category and
 * the mention to print:
 *
 * - `taxable`: French VAT is charged at one of the rates;
 * - `franchiseEnBase`: the seller is under the franchise en base (CGI art. 293 B)
 *   and charges no VAT; this is a status of the seller rather than of one
 *   operation, which is why the invoice mention functions also take it as a
 *   seller flag (`franchiseEnBase: true`, the same thing);
 * - `intraCommunitySupplyOfGoods`: exempt intra-EU supply of goods (CGI art. 262 ter I);
 * - `export`: exempt export of goods outside the EU (CGI art. 262 I);
 * - `reverseCharge`: the customer is liable for the VAT (B2B services to an
 *   EU business, CGI art. 283-2 and 259-1; construction subcontracting,
 *   CGI art. 283-2 nonies…);
 * - `otherExemption`: another exemption (health, education, finance…);
 * - `outOfScope`: outside the scope of VAT (late-payment penalties, the 40 €
 *   recovery indemnity); no VAT mention is due.
 *
 * @example
 * ```ts
 * import { vatCategoryTreatmentSchema, type VatCategoryTreatment } from '@tpe/legal-fr';
 *
 * const treatment: VatCategoryTreatment = vatCategoryTreatmentSchema.parse('export'); // 'export'
 * ```
 *
 * @category VAT
 * @since 0.1.0
 */
export type VatCategoryTreatment =
  | 'taxable'
  | 'franchiseEnBase'
  | 'intraCommunitySupplyOfGoods'
  | 'export'
  | 'reverseCharge'
  | 'otherExemption'
  | 'outOfScope';

const TREATMENTS = [
  'taxable',
  'franchiseEnBase',
  'intraCommunitySupplyOfGoods',
  'export',
  'reverseCharge',
  'otherExemption',
  'outOfScope',
] as const satisfies readonly VatCategoryTreatment[];

/**
 * A zod schema for {@link VatCategoryTreatment}.
 *
 * @example
 * ```ts
 * import { vatCategoryTreatmentSchema } from '@tpe/legal-fr';
 *
 * vatCategoryTreatmentSchema.safeParse('exempt').success; // false
 * ```
 *
 * @category VAT
 * @since 0.1.0
 */
export const vatCategoryTreatmentSchema: z.ZodType<VatCategoryTreatment> = z.enum(TREATMENTS);

/** The VAT treatments, for the readers that check them without zod. */
export const VAT_CATEGORY_TREATMENTS: ReadonlySet<unknown> = new Set(TREATMENTS);

/**
 * The EN 16931 VAT category codes (UNTDID 5305 subset, BT-118 / BT-151):
 * `S` standard rate, `Z` zero rated, `E` exempt, `AE` reverse charge, `K`
 * intra-EU supply, `G` export outside the EU, `O` outside the scope of VAT.
 * French law has no zero rate: no treatment maps to `Z`, which may still be
 * met on invoices received from abroad.
 *
 * @category VAT
 * @since 0.1.0
 */
export type VatCategoryCode = 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O';

/**
 * The EN 16931 coding and the French invoice mention of a VAT treatment.
 *
 * @category VAT
 * @since 0.1.0
 */
export interface VatCategory {
  readonly treatment: VatCategoryTreatment;
  /** BT-118 / BT-151. */
  readonly code: VatCategoryCode;
  /** The VATEX exemption reason code (BT-121), where one exists. */
  readonly vatexCode?: string;
  /**
   * The mention to print on the invoice (and BT-120), or `null` when none is
   * required. The wordings are those of the legal reference; they are the
   * single source of the VAT sentences written by `legalMentions` and
   * expected by `checkInvoiceMentions`.
   */
  readonly mention: string | null;
  /**
   * The legal basis: the article that grounds the treatment, then, when a
   * mention is due, the rule that requires it (CGI ann. II art. 242 nonies A
   * 12° for an exemption or the franchise, 13° for reverse charge).
   */
  readonly article: string;
}

const CATEGORIES: Readonly<Record<VatCategoryTreatment, VatCategory>> = Object.freeze({
  taxable: Object.freeze({
    treatment: 'taxable',
    code: 'S',
    mention: null,
    article: 'CGI art. 278 and following',
  }),
  franchiseEnBase: Object.freeze({
    treatment: 'franchiseEnBase',
    code: 'E',
    vatexCode: 'VATEX-FR-FRANCHISE',
    mention: 'TVA non applicable, art. 293 B du CGI',
    article: 'CGI art. 293 B; CGI ann. II art. 242 nonies A 12°',
  }),
  intraCommunitySupplyOfGoods: Object.freeze({
    treatment: 'intraCommunitySupplyOfGoods',
    code: 'K',
    vatexCode: 'VATEX-EU-IC',
    mention: 'Exonération de TVA, article 262 ter I du CGI',
    article: 'CGI art. 262 ter I; CGI ann. II art. 242 nonies A 12°',
  }),
  export: Object.freeze({
    treatment: 'export',
    code: 'G',
    vatexCode: 'VATEX-EU-G',
    mention: 'Exonération de TVA, article 262 I du CGI',
    article: 'CGI art. 262 I; CGI ann. II art. 242 nonies A 12°',
  }),
  reverseCharge: Object.freeze({
    treatment: 'reverseCharge',
    code: 'AE',
    vatexCode: 'VATEX-EU-AE',
    mention: 'Autoliquidation',
    article: 'CGI art. 283-2; CGI ann. II art. 242 nonies A 13°',
  }),
  otherExemption: Object.freeze({
    treatment: 'otherExemption',
    code: 'E',
    mention: 'Exonération de TVA',
    article: 'CGI ann. II art. 242 nonies A 12°',
  }),
  outOfScope: Object.freeze({
    treatment: 'outOfScope',
    code: 'O',
    vatexCode: 'VATEX-EU-O',
    mention: null,
    article: 'CGI art. 256',
  }),
});

const vatCategoryInputSchema = z.object({ treatment: vatCategoryTreatmentSchema });

/**
 * The EN 16931 VAT category code, the VATEX exemption reason code and the
 * French mention to print for a VAT treatment.
 *
 * **Details**:
 *
 * | treatment | code | VATEX | mention | article |
 * |---|---|---|---|---|
 * | `taxable` | S | — | none | CGI art. 278 and following |
 * | `franchiseEnBase` | E | VATEX-FR-FRANCHISE | TVA non applicable, art. 293 B du CGI | CGI art. 293 B; CGI ann. II art. 242 nonies A 12° |
 * | `intraCommunitySupplyOfGoods` | K | VATEX-EU-IC | Exonération de TVA, article 262 ter I du CGI | CGI art. 262 ter I; CGI ann. II art. 242 nonies A 12° |
 * | `export` | G | VATEX-EU-G | Exonération de TVA, article 262 I du CGI | CGI art. 262 I; CGI ann. II art. 242 nonies A 12° |
 * | `reverseCharge` | AE | VATEX-EU-AE | Autoliquidation | CGI art. 283-2; CGI ann. II art. 242 nonies A 13° |
 * | `otherExemption` | E | — | Exonération de TVA | CGI ann. II art. 242 nonies A 12° |
 * | `outOfScope` | O | VATEX-EU-O | none | CGI art. 256 |
 *
 * The mentions are the wordings of the legal reference (CGI ann. II art.
 * 242 nonies A 12° and 13°); the invoice mention functions print and expect
 * exactly these.
 *
 * **Gotchas**: for `otherExemption` the law accepts any mention that the
 * operation is exempt (CGI ann. II art. 242 nonies A 12°); printing the
 * precise provision (e.g. the paragraph of CGI art. 261) and choosing the
 * matching `VATEX-EU-132-…` code is better. Intra-EU supplies also require
 * both parties' VAT numbers on the invoice, and reverse charge the
 * customer's.
 *
 * @param treatment - the VAT treatment of the operation
 * @returns a frozen record: code, VATEX code when one exists, mention, article
 * @throws {@link TpeError} `INVALID_INPUT` for an unknown treatment
 *
 * @example
 * ```ts
 * import { vatCategory } from '@tpe/legal-fr';
 *
 * vatCategory('franchiseEnBase'); // { treatment: 'franchiseEnBase', code: 'E', vatexCode: 'VATEX-FR-FRANCHISE', mention: 'TVA non applicable, art. 293 B du CGI', article: 'CGI art. 293 B; CGI ann. II art. 242 nonies A 12°' }
 * vatCategory('reverseCharge').mention; // 'Autoliquidation'
 * vatCategory('export').article; // 'CGI art. 262 I; CGI ann. II art. 242 nonies A 12°'
 * vatCategory('outOfScope').mention; // null
 * vatCategory('taxable').code; // 'S'
 * vatCategory('exempt' as never); // throws TpeError INVALID_INPUT
 * ```
 *
 * @see CGI ann. II art. 242 nonies A 12° and 13°; CGI art. 293 B, 262 ter I, 262 I, 283-2; EN 16931 BT-118, BT-120, BT-121
 * @category VAT
 * @since 0.1.0
 */
export function vatCategory(treatment: VatCategoryTreatment): VatCategory {
  return CATEGORIES[parseWithSchema(vatCategoryInputSchema, { treatment }).treatment];
}
