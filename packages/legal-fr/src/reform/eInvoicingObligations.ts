import {
  compareDates,
  type IsoDate,
  isoDateSchema,
  parseIsoDate,
  parseWithSchema,
} from '@tpe/core';
import { z } from 'zod';
import type { TraceStep } from '../shared/TraceStep.js';
import { DEFAULT_E_INVOICING_TIMELINE } from './defaultEInvoicingTimeline.js';
import {
  type CompanySize,
  companySizeSchema,
  type EInvoicingTimeline,
  eInvoicingTimelineSchema,
} from './eInvoicingTimelineSchema.js';

/**
 * The input of {@link eInvoicingObligations}.
 *
 * @category E-invoicing
 * @since 0.1.0
 */
export interface EInvoicingObligationsInput {
  /** The size category of the business (décret 2008-1354), decided by the caller. */
  readonly companySize: CompanySize;
  /** The day to answer for, `YYYY-MM-DD` (an invoice's issue date, or today). */
  readonly date: string;
  /** A timeline replacing {@link DEFAULT_E_INVOICING_TIMELINE} (after a postponement). */
  readonly table?: EInvoicingTimeline | undefined;
}

/**
 * A zod schema for {@link EInvoicingObligationsInput}.
 *
 * @example
 * ```ts
 * import { eInvoicingObligationsInputSchema } from '@tpe/legal-fr';
 *
 * eInvoicingObligationsInputSchema.safeParse({ companySize: 'PME', date: '2026-09-01' }).success; // false
 * ```
 *
 * @category E-invoicing
 * @since 0.1.0
 */
export const eInvoicingObligationsInputSchema: z.ZodType<{
  readonly companySize: CompanySize;
  readonly date: IsoDate;
  readonly table?: EInvoicingTimeline | undefined;
}> = z.object({
  companySize: companySizeSchema,
  date: isoDateSchema,
  table: eInvoicingTimelineSchema.optional(),
});

/**
 * What the e-invoicing reform requires of a business on a date.
 *
 * @category E-invoicing
 * @since 0.1.0
 */
export interface EInvoicingObligations {
  readonly companySize: CompanySize;
  readonly date: IsoDate;
  /** Must be able to receive e-invoices through an approved platform. */
  readonly mustReceive: boolean;
  /** Must issue its domestic B2B invoices as e-invoices. */
  readonly mustIssue: boolean;
  /** Must transmit e-reporting data (B2C, cross-border, payment data for services). */
  readonly mustEReport: boolean;
  /** The first day of each obligation for this size. */
  readonly dates: { readonly receive: IsoDate; readonly issue: IsoDate; readonly eReport: IsoDate };
  /** How each answer was obtained, with the articles. */
  readonly trace: readonly TraceStep[];
}

/**
 * Which obligations of the e-invoicing reform apply to a business of a given
 * size on a given day: receiving e-invoices, issuing them, e-reporting.
 *
 * **Details**: from the timeline of {@link DEFAULT_E_INVOICING_TIMELINE}
 * (or `table`): every business must be able to receive e-invoices from
 * 2026-09-01; large companies (GE) and intermediate ones (ETI) must issue
 * e-invoices and e-report from 2026-09-01; SMEs (PME) and micro-enterprises
 * from 2027-09-01. An obligation applies from its first day included.
 *
 * **Gotchas**: covers VAT-registered businesses established in France.
 * E-invoicing concerns domestic B2B operations; B2G invoices stay on
 * Chorus Pro. The size category and the year it is measured on are the
 * caller's choice (that year is unverified). The postponed obligations of
 * non-established businesses are not covered.
 *
 * @param input - size category, date and optional timeline
 * @returns three booleans, the dates and a trace
 * @throws {@link TpeError} `INVALID_INPUT` for an unknown size, a bad date
 *   or a bad timeline
 *
 * @example
 * ```ts
 * import { eInvoicingObligations } from '@tpe/legal-fr';
 *
 * const sme = eInvoicingObligations({ companySize: 'sme', date: '2026-09-01' });
 * [sme.mustReceive, sme.mustIssue, sme.mustEReport]; // [true, false, false]
 * sme.dates; // { receive: '2026-09-01', issue: '2027-09-01', eReport: '2027-09-01' }
 * eInvoicingObligations({ companySize: 'large', date: '2026-08-31' }).mustReceive; // false
 * eInvoicingObligations({ companySize: 'micro', date: '2027-09-01' }).mustIssue; // true
 * ```
 *
 * @see CGI art. 289 bis (e-invoicing), 290 and 290 A (e-reporting); décret 2008-1354 (size categories)
 * @category E-invoicing
 * @since 0.1.0
 */
export function eInvoicingObligations(input: EInvoicingObligationsInput): EInvoicingObligations {
  const {
    companySize,
    date,
    table = DEFAULT_E_INVOICING_TIMELINE,
  } = parseWithSchema(eInvoicingObligationsInputSchema, input);
  // The schema guarantees one row per size.
  const row = table.sizes.find((candidate) => candidate.companySize === companySize)!;
  const dates = {
    receive: parseIsoDate(row.receiveFrom),
    issue: parseIsoDate(row.issueFrom),
    eReport: parseIsoDate(row.eReportFrom),
  };
  const mustReceive = compareDates(date, dates.receive) >= 0;
  const mustIssue = compareDates(date, dates.issue) >= 0;
  const mustEReport = compareDates(date, dates.eReport) >= 0;
  const step = (
    rule: string,
    article: string,
    what: string,
    from: IsoDate,
    applies: boolean,
  ): TraceStep => ({
    rule,
    article,
    message: `${what}: required from ${from} for a ${row.label}; ${applies ? 'required' : 'not yet required'} on ${date}`,
    values: { companySize, from, date, applies: String(applies) },
  });
  const trace: TraceStep[] = [
    {
      rule: 'eInvoicingScope',
      article: table.articles.issue,
      message: `VAT-registered business established in France, size category ${row.label} (décret 2008-1354); e-invoicing covers domestic B2B operations, e-reporting covers B2C and cross-border operations and payment data for services (timeline: ${table.source}, checked ${table.lastChecked})`,
      values: { companySize, lastChecked: table.lastChecked },
    },
    step(
      'eInvoicingReception',
      table.articles.receive,
      'Receiving e-invoices',
      dates.receive,
      mustReceive,
    ),
    step('eInvoicingIssuance', table.articles.issue, 'Issuing e-invoices', dates.issue, mustIssue),
    step('eReporting', table.articles.eReport, 'E-reporting', dates.eReport, mustEReport),
  ];
  return { companySize, date, mustReceive, mustIssue, mustEReport, dates, trace };
}
