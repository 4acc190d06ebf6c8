import { isoDateSchema } from '@tpe/core';
import { z } from 'zod';

/**
 * The size category of a business under décret 2008-1354 (LME), which sets
 * its e-invoicing dates:
 *
 * - `large`: grande entreprise (GE);
 * - `intermediate`: entreprise de taille intermédiaire (ETI): fewer than
 *   5,000 employees and turnover ≤ 1.5 bn€ or balance sheet ≤ 2 bn€;
 * - `sme`: petite et moyenne entreprise (PME): fewer than 250 employees and
 *   turnover ≤ 50 M€ or balance sheet ≤ 43 M€;
 * - `micro`: microentreprise: fewer than 10 employees and turnover or
 *   balance sheet ≤ 2 M€ (micro-entrepreneurs included).
 *
 * Which financial year the classification uses is unverified: the caller
 * decides the category.
 *
 * @example
 * ```ts
 * import { companySizeSchema, type CompanySize } from '@tpe/legal-fr';
 *
 * const size: CompanySize = companySizeSchema.parse('micro');
 * ```
 *
 * @category E-invoicing
 * @since 0.1.0
 */
export type CompanySize = 'large' | 'intermediate' | 'sme' | 'micro';

/**
 * A zod schema for {@link CompanySize}.
 *
 * @example
 * ```ts
 * import { companySizeSchema } from '@tpe/legal-fr';
 *
 * companySizeSchema.safeParse('PME').success; // false
 * ```
 *
 * @category E-invoicing
 * @since 0.1.0
 */
export const companySizeSchema: z.ZodType<CompanySize> = z.enum([
  'large',
  'intermediate',
  'sme',
  'micro',
]);

/**
 * The e-invoicing dates of one size category.
 *
 * @category E-invoicing
 * @since 0.1.0
 */
export interface EInvoicingSizeDates {
  readonly companySize: CompanySize;
  /** The French name of the category. */
  readonly label: string;
  /** First day the business must be able to receive e-invoices, `YYYY-MM-DD`. */
  readonly receiveFrom: string;
  /** First day it must issue e-invoices for domestic B2B operations. */
  readonly issueFrom: string;
  /** First day it must transmit e-reporting data. */
  readonly eReportFrom: string;
}

/**
 * The timeline of the e-invoicing reform, in the shape of
 * `data/e-invoicing-timeline.json`.
 *
 * @example
 * ```ts
 * import { DEFAULT_E_INVOICING_TIMELINE, type EInvoicingTimeline } from '@tpe/legal-fr';
 *
 * // A further postponement for SMEs, supplied by the caller:
 * const postponed: EInvoicingTimeline = {
 *   ...DEFAULT_E_INVOICING_TIMELINE,
 *   sizes: DEFAULT_E_INVOICING_TIMELINE.sizes.map((row) =>
 *     row.companySize === 'sme' ? { ...row, issueFrom: '2028-09-01', eReportFrom: '2028-09-01' } : row,
 *   ),
 * };
 * ```
 *
 * @category E-invoicing
 * @since 0.1.0
 */
export interface EInvoicingTimeline {
  /** Where the dates come from. */
  readonly source: string;
  /** The day the dates were last checked against the source, `YYYY-MM-DD`. */
  readonly lastChecked: string;
  /** Free remarks. */
  readonly notes?: string | undefined;
  /** The legal basis of each obligation. */
  readonly articles: { readonly receive: string; readonly issue: string; readonly eReport: string };
  /** One row per size category, each category exactly once. */
  readonly sizes: readonly EInvoicingSizeDates[];
}

/**
 * A zod schema for an {@link EInvoicingTimeline}: every size category
 * exactly once (issue codes `missing_company_size`,
 * `duplicate_company_size`), dates `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { DEFAULT_E_INVOICING_TIMELINE, eInvoicingTimelineSchema } from '@tpe/legal-fr';
 *
 * eInvoicingTimelineSchema.safeParse(DEFAULT_E_INVOICING_TIMELINE).success; // true
 * eInvoicingTimelineSchema.safeParse({ ...DEFAULT_E_INVOICING_TIMELINE, sizes: [] }).success; // false
 * ```
 *
 * @category E-invoicing
 * @since 0.1.0
 */
export const eInvoicingTimelineSchema: z.ZodType<EInvoicingTimeline> = z
  .object({
    source: z.string().min(1),
    lastChecked: isoDateSchema,
    notes: z.string().optional(),
    articles: z.object({
      receive: z.string().min(1),
      issue: z.string().min(1),
      eReport: z.string().min(1),
    }),
    sizes: z
      .array(
        z.object({
          companySize: companySizeSchema,
          label: z.string().min(1),
          receiveFrom: isoDateSchema,
          issueFrom: isoDateSchema,
          eReportFrom: isoDateSchema,
        }),
      )
      .max(10),
  })
  .check((context) => {
    const sizes = context.value.sizes;
    if (!Array.isArray(sizes)) return;
    const seen = new Set<string>();
    sizes.forEach((row, index) => {
      if (seen.has(row.companySize)) {
        context.issues.push({
          code: 'custom',
          message: `Size ${row.companySize} is listed twice`,
          input: row.companySize,
          path: ['sizes', index, 'companySize'],
          params: { code: 'duplicate_company_size' },
        });
      }
      seen.add(row.companySize);
    });
    for (const size of ['large', 'intermediate', 'sme', 'micro'] as const) {
      if (!seen.has(size)) {
        context.issues.push({
          code: 'custom',
          message: `Size ${size} is missing`,
          input: sizes,
          path: ['sizes'],
          params: { code: 'missing_company_size' },
        });
      }
    }
  });
