import type { ReceivedInvoice } from '../ReceivedInvoice.js';

/** What a syntax reader gets out of the XML: the invoice before its source, profile and findings are added. */
export type InvoiceContent = Omit<
  ReceivedInvoice,
  'container' | 'attachmentName' | 'profile' | 'isCreditNote' | 'findings'
>;
