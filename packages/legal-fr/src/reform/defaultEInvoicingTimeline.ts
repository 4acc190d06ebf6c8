import { deepFreeze, parseWithSchema } from '@tpe/core';
import timeline from '../../data/e-invoicing-timeline.json';
import { type EInvoicingTimeline, eInvoicingTimelineSchema } from './eInvoicingTimelineSchema.js';

/**
 * The e-invoicing timeline shipped with the library
 * (`data/e-invoicing-timeline.json`): reception by every business from
 * 2026-09-01; issuing and e-reporting from 2026-09-01 for large and
 * intermediate companies, from 2027-09-01 for SMEs and micro-enterprises.
 * Checked when the module loads; deeply frozen.
 *
 * @example
 * ```ts
 * import { DEFAULT_E_INVOICING_TIMELINE } from '@tpe/legal-fr';
 *
 * DEFAULT_E_INVOICING_TIMELINE.sizes.find((row) => row.companySize === 'micro')?.issueFrom; // '2027-09-01'
 * ```
 *
 * @see CGI art. 289 bis, 290, 290 A
 * @category E-invoicing
 * @since 0.1.0
 */
export const DEFAULT_E_INVOICING_TIMELINE: EInvoicingTimeline = deepFreeze(
  parseWithSchema(eInvoicingTimelineSchema, timeline),
);
