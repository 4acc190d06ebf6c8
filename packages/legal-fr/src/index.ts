/**
 * `@tpe/legal-fr`: French commercial law as code — payment terms, late-payment
 * penalties and the 40 € recovery indemnity, rate tables, invoice mentions,
 * identifiers, VAT and business days — each result explained by the article
 * it applies.
 *
 * @packageDocumentation
 */

export { LEGAL_FR_ERROR_CODES, type LegalFrErrorCode } from './errors.js';
export { type CustomerKind, customerKindSchema } from './shared/CustomerKind.js';
export type { TraceStep } from './shared/TraceStep.js';
