import { rateSchema } from '@tpe/core';
import { z } from 'zod';
import { TEXT_LIMITS, vatexCodeSchema } from '../internal/fields.js';

/**
 * The EN 16931 VAT category codes (UNTDID 5305, the subset EN 16931 uses;
 * BT-95, BT-102, BT-118, BT-151):
 *
 * - `S` standard rate (any rate above zero: 20, 10, 5.5, 2.1 % in France);
 * - `Z` zero rated (not used by French law; met on invoices from abroad);
 * - `E` exempt (including the franchise en base, CGI art. 293 B);
 * - `AE` reverse charge (the customer accounts for the VAT);
 * - `K` intra-EU supply of goods or services, exempt;
 * - `G` export outside the EU, exempt;
 * - `O` outside the scope of VAT;
 * - `L` Canary Islands IGIC, `M` Ceuta and Melilla IPSI.
 *
 * @example
 * ```ts
 * import type { VatCategoryCode } from '@tpe/invoicing';
 *
 * const reverseCharge: VatCategoryCode = 'AE';
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export type VatCategoryCode = 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O' | 'L' | 'M';

/**
 * Every {@link VatCategoryCode}, in the order VAT breakdowns are listed.
 *
 * @example
 * ```ts
 * import { VAT_CATEGORY_CODES } from '@tpe/invoicing';
 *
 * VAT_CATEGORY_CODES.includes('K'); // true
 * VAT_CATEGORY_CODES.includes('X' as never); // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const VAT_CATEGORY_CODES: readonly VatCategoryCode[] = Object.freeze([
  'S',
  'Z',
  'E',
  'AE',
  'K',
  'G',
  'O',
  'L',
  'M',
]);

const CODES: ReadonlySet<unknown> = new Set<unknown>(VAT_CATEGORY_CODES);

/**
 * A zod schema for {@link VatCategoryCode}. A string that is not a code gives
 * the issue code `unknown_vat_category` (which `computeDocumentTotals` turns
 * into the error `UNKNOWN_VAT_CATEGORY`).
 *
 * @example
 * ```ts
 * import { vatCategoryCodeSchema } from '@tpe/invoicing';
 *
 * vatCategoryCodeSchema.parse('AE'); // 'AE'
 * vatCategoryCodeSchema.safeParse('X').success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const vatCategoryCodeSchema: z.ZodType<VatCategoryCode> = z.string().check((context) => {
  if (!CODES.has(context.value)) {
    context.issues.push({
      code: 'custom',
      message: `Unknown VAT category "${context.value.slice(0, 16)}": one of ${VAT_CATEGORY_CODES.join(', ')}`,
      input: context.value,
      params: { code: 'unknown_vat_category' },
    });
  }
}) as z.ZodType<string> as z.ZodType<VatCategoryCode>;

/**
 * How VAT applies to a line, an item or a document-level allowance or charge:
 * the EN 16931 category, the rate in percent and, for an exemption, its
 * reason (the mention to print) and VATEX code.
 *
 * **Details** (EN 16931 BR-S-05, BR-Z-05, BR-E-05, BR-AE-05, BR-IC-05,
 * BR-G-05, BR-O-05, BR-AF-05, BR-AG-05): category `S` has a rate above zero;
 * `Z`, `E`, `AE`, `K`, `G` have the rate `"0"`; `O` has no rate; `L` and `M`
 * have their own rate. `S`, `Z`, `L` and `M` carry no exemption reason
 * (BR-S-10…). Build it from a French VAT treatment with {@link lineVat}.
 *
 * **Gotchas**: EN 16931 requires an exemption reason or code in the VAT
 * breakdown of categories `E`, `AE`, `K`, `G` and `O` (BR-E-10…); the schema
 * does not, {@link lineVat} always fills them in.
 *
 * @example
 * ```ts
 * import type { LineVat } from '@tpe/invoicing';
 *
 * const standard: LineVat = { category: 'S', rate: '20' };
 * const franchise: LineVat = {
 *   category: 'E',
 *   rate: '0',
 *   exemptionReason: 'TVA non applicable, art. 293 B du CGI',
 *   exemptionCode: 'VATEX-FR-FRANCHISE',
 * };
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export interface LineVat {
  /** The VAT category code (BT-151, BT-95, BT-102). */
  readonly category: VatCategoryCode;
  /** The rate in percent (`"20"`, `"5.5"`); `"0"` for Z, E, AE, K, G; absent for O (BT-152). */
  readonly rate?: string | undefined;
  /** The exemption reason, as printed (BT-120): the legal mention. */
  readonly exemptionReason?: string | undefined;
  /** The VATEX exemption reason code (BT-121), e.g. `"VATEX-EU-AE"`. */
  readonly exemptionCode?: string | undefined;
}

const ZERO_RATED: ReadonlySet<VatCategoryCode> = new Set<VatCategoryCode>([
  'Z',
  'E',
  'AE',
  'K',
  'G',
]);
const WITHOUT_EXEMPTION: ReadonlySet<VatCategoryCode> = new Set<VatCategoryCode>([
  'S',
  'Z',
  'L',
  'M',
]);
const ZERO = /^0+(\.0+)?$/;

/** The rule between a category and its rate, or `undefined` when it holds. */
export function rateIssue(
  category: VatCategoryCode,
  rate: string | undefined,
): { readonly code: string; readonly message: string } | undefined {
  if (category === 'O') {
    return rate === undefined
      ? undefined
      : { code: 'rate_not_allowed', message: 'Category O (outside the scope of VAT) has no rate' };
  }
  if (rate === undefined) {
    return { code: 'rate_missing', message: `Category ${category} needs a rate` };
  }
  const zero = ZERO.test(rate);
  if (category === 'S' && zero) {
    return {
      code: 'rate_not_positive',
      message: 'Category S (standard rate) needs a rate above 0',
    };
  }
  if (ZERO_RATED.has(category) && !zero) {
    return { code: 'rate_must_be_zero', message: `Category ${category} has the rate 0` };
  }
  return undefined;
}

/**
 * A zod schema for {@link LineVat}: unknown keys refused, the rules between
 * category and rate checked (issue codes `rate_missing`, `rate_not_positive`,
 * `rate_must_be_zero`, `rate_not_allowed`, `exemption_not_allowed`,
 * `unknown_vat_category`).
 *
 * @example
 * ```ts
 * import { lineVatSchema } from '@tpe/invoicing';
 *
 * lineVatSchema.safeParse({ category: 'S', rate: '5.5' }).success; // true
 * lineVatSchema.safeParse({ category: 'S', rate: '0' }).success; // false
 * lineVatSchema.safeParse({ category: 'O', rate: '0' }).success; // false
 * lineVatSchema.safeParse({ category: 'O', exemptionCode: 'VATEX-EU-O' }).success; // true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const lineVatSchema: z.ZodType<LineVat> = z
  .strictObject({
    category: vatCategoryCodeSchema,
    rate: rateSchema.optional(),
    exemptionReason: z.string().min(1).max(TEXT_LIMITS.exemptionReason).optional(),
    exemptionCode: vatexCodeSchema.optional(),
  })
  .check((context) => {
    const { category, rate, exemptionReason, exemptionCode } = context.value;
    const issue = rateIssue(category, rate);
    if (issue !== undefined) {
      context.issues.push({
        code: 'custom',
        message: issue.message,
        input: rate,
        path: ['rate'],
        params: { code: issue.code },
      });
    }
    if (
      WITHOUT_EXEMPTION.has(category) &&
      (exemptionReason !== undefined || exemptionCode !== undefined)
    ) {
      context.issues.push({
        code: 'custom',
        message: `Category ${category} carries no exemption reason`,
        input: context.value,
        path: [exemptionReason === undefined ? 'exemptionCode' : 'exemptionReason'],
        params: { code: 'exemption_not_allowed' },
      });
    }
  });
