/**
 * `@tpe/e-invoicing`: French electronic invoices out and in — UN/CEFACT CII
 * (the XML of Factur-X) and UBL 2.1 from the `@tpe/invoicing` model, valid by
 * the official EN 16931, Factur-X and French reform rule sets.
 *
 * @packageDocumentation
 */

export {
  FACTUR_X_PROFILES,
  type FacturXProfile,
  type FacturXProfileNames,
  facturXProfileSchema,
} from './cii/FacturXProfile.js';
export { type ToCiiOptions, toCII, toCiiOptionsSchema } from './cii/toCII.js';
export { E_INVOICING_ERROR_CODES, type EInvoicingErrorCode } from './errors.js';
export {
  type AttachFacturXOptions,
  attachFacturX,
  attachFacturXOptionsSchema,
} from './pdf/attachFacturX.js';
export {
  type FacturXRelationship,
  facturXRelationshipSchema,
} from './pdf/FacturXRelationship.js';
export {
  type ToFacturXPdfOptions,
  toFacturXPdf,
  toFacturXPdfOptionsSchema,
} from './pdf/toFacturXPdf.js';
export { duplicateKey } from './read/duplicateKey.js';
export {
  INVOICE_FINDING_CODES,
  type InvoiceFinding,
  type InvoiceFindingCode,
} from './read/InvoiceFinding.js';
export { type ReadInvoiceOptions, readInvoiceOptionsSchema } from './read/ReadInvoiceOptions.js';
export type {
  ReceivedAddress,
  ReceivedAllowanceCharge,
  ReceivedIdentifier,
  ReceivedInvoice,
  ReceivedLine,
  ReceivedNote,
  ReceivedParty,
  ReceivedPaymentMeans,
  ReceivedReferences,
  ReceivedTotals,
  ReceivedVat,
  ReceivedVatBreakdown,
} from './read/ReceivedInvoice.js';
export { readInvoice } from './read/readInvoice.js';
export { readInvoiceXml } from './read/readInvoiceXml.js';
export { receivedInvoiceSchema } from './read/receivedInvoiceSchema.js';
export {
  type ToSupplierInvoiceOptions,
  toSupplierInvoice,
  toSupplierInvoiceOptionsSchema,
} from './read/toSupplierInvoice.js';
export { type ToUblOptions, toUBL, toUblOptionsSchema } from './ubl/toUBL.js';
