import { TpeError } from '@tpe/core';
import type { DocumentKind } from '@tpe/invoicing';
import type { InvoiceTypeCode } from './InvoiceTerms.js';

const TYPE_CODES: Readonly<Partial<Record<DocumentKind, InvoiceTypeCode>>> = {
  invoice: '380',
  creditNote: '381',
  depositInvoice: '386',
};

/**
 * The UNTDID 1001 code of a document kind (BT-3): 380 for an invoice, 381 for
 * a credit note, 386 for a deposit (prepayment) invoice.
 *
 * @throws {@link TpeError} `NOT_AN_INVOICE` for a quote, an order, a delivery
 *   note, a pro forma, a goods receipt, and for a supplier invoice (issued by
 *   the supplier, not by the seller whose document this is)
 */
export function invoiceTypeCodeOf(kind: DocumentKind): InvoiceTypeCode {
  const code = TYPE_CODES[kind];
  if (code !== undefined) return code;
  const message =
    kind === 'supplierInvoice'
      ? 'A supplier invoice is issued by the supplier: it has no e-invoice written by its buyer'
      : `A ${kind} is not an invoice: only invoices, deposit invoices and credit notes have an e-invoice form`;
  throw new TpeError('NOT_AN_INVOICE', message, {
    issues: [{ path: ['invoice', 'kind'], code: 'not_an_invoice', message }],
    details: { kind },
  });
}
