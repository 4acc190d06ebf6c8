import type { CommercialDocument } from '../model/CommercialDocument.js';
import type { Customer } from '../model/Customer.js';
import type { DocumentLine } from '../model/DocumentLine.js';
import type { Seller } from '../model/Seller.js';

/** A seller under the normal VAT regime. */
export const aSeller: Seller = {
  legalName: 'Atelier Dupont SARL',
  address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' },
  vatRegime: 'normal',
};

/** A business customer, C-001. */
export const aCustomer: Customer = {
  id: 'C-001',
  kind: 'business',
  name: 'Client SAS',
  countryCode: 'FR',
  billingAddress: {
    lines: ['3 place Bellecour'],
    postalCode: '69002',
    city: 'Lyon',
    countryCode: 'FR',
  },
};

/** A line at 20 % unless told otherwise. */
export function aLine(
  id: string,
  quantity: string,
  unitPrice: string,
  overrides: Partial<DocumentLine> = {},
): DocumentLine {
  return {
    id,
    label: `Article ${id}`,
    quantity,
    unitCode: 'C62',
    unitPrice,
    vat: { category: 'S', rate: '20' },
    nature: 'goods',
    ...overrides,
  };
}

/** An issued invoice of customer C-001 with these lines. */
export function anIssuedInvoice(
  id: string,
  issueDate: string,
  lines: readonly DocumentLine[],
  overrides: Partial<CommercialDocument> = {},
): CommercialDocument {
  return {
    id,
    kind: 'invoice',
    status: 'issued',
    number: `F-${id}`,
    issueDate,
    currency: 'EUR',
    seller: aSeller,
    customer: aCustomer,
    lines,
    ...overrides,
  };
}
