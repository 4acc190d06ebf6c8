import { deepFreeze, isTpeError } from '@tpe/core';
import { aCustomer } from '../../internal/documentFixtures.js';
import type { CommercialDocument } from '../../model/CommercialDocument.js';
import type { Customer } from '../../model/Customer.js';
import type { DocumentLine } from '../../model/DocumentLine.js';
import type { Item } from '../../model/Item.js';
import type { Seller } from '../../model/Seller.js';
import type { Supplier } from '../../model/Supplier.js';

/** Our business. */
export const seller: Seller = {
  legalName: 'Atelier Dupont',
  legalForm: 'SARL',
  siren: '732829320',
  vatNumber: 'FR44732829320',
  address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' },
  vatRegime: 'normal',
};

/** A business customer paying at 30 days. */
export const customer: Customer = {
  ...aCustomer,
  paymentTerm: { kind: 'netDays', days: 30, from: 'issue' },
};

/** A supplier. */
export const supplier: Supplier = {
  id: 'S-001',
  name: 'Grossiste SA',
  countryCode: 'FR',
  address: { lines: ['5 quai Perrache'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' },
};

/** Catalogue items: chairs and tables at 20 %, books at 5.5 %, hours of work at 20 %. */
export const items = {
  chair: {
    reference: 'CH-01',
    label: 'Chaise',
    unitCode: 'C62',
    unitPrice: '89.90',
    purchaseCost: '41.50',
    vat: { category: 'S', rate: '20' },
    nature: 'goods',
  },
  table: {
    reference: 'TA-01',
    label: 'Table',
    unitCode: 'C62',
    unitPrice: '450.00',
    vat: { category: 'S', rate: '20' },
    nature: 'goods',
  },
  book: {
    reference: 'LI-01',
    label: 'Livre',
    unitCode: 'C62',
    unitPrice: '12.35',
    vat: { category: 'S', rate: '5.5' },
    nature: 'goods',
  },
  hour: {
    reference: 'MO-01',
    label: "Main-d'œuvre",
    unitCode: 'HUR',
    unitPrice: '55.00',
    vat: { category: 'S', rate: '20' },
    nature: 'service',
  },
} as const satisfies Record<string, Item>;

/** A line `id` of `quantity` items. */
export function lineOf(id: string, item: Item, quantity: string): DocumentLine {
  return {
    id,
    itemReference: item.reference,
    label: item.label,
    quantity,
    unitCode: item.unitCode,
    unitPrice: item.unitPrice,
    vat: item.vat,
    nature: item.nature,
  };
}

/** A document of `kind` for the customer (sales) or from the supplier (purchase). */
export function documentOf(
  kind: CommercialDocument['kind'],
  id: string,
  lines: readonly DocumentLine[],
  overrides: Partial<CommercialDocument> = {},
): CommercialDocument {
  const purchase =
    kind === 'supplierOrder' || kind === 'goodsReceipt' || kind === 'supplierInvoice';
  const status = kind === 'salesOrder' || kind === 'supplierOrder' ? 'confirmed' : 'draft';
  return {
    id,
    kind,
    status,
    currency: 'EUR',
    seller,
    ...(purchase ? { supplier } : { customer }),
    lines,
    ...overrides,
  };
}

/** The three-line order of the tests: 10 chairs, 2 tables (20 %), 15 books (5.5 %). */
export const threeLineOrder: CommercialDocument = documentOf('salesOrder', 'SO-1', [
  lineOf('1', items.chair, '10'),
  lineOf('2', items.table, '2'),
  lineOf('3', items.book, '15'),
]);

/** The document as issued: status `issued`, a number and an issue date. */
export function issued(
  document: CommercialDocument,
  number: string,
  issueDate: string,
): CommercialDocument {
  return { ...document, status: 'issued', number, issueDate };
}

/** A deep-frozen copy, to prove a function does not change its input. */
export function frozen<T>(value: T): T {
  return deepFreeze(structuredClone(value)) as T;
}

/** Runs `run` and returns the code of the `TpeError` it throws, or `'none'`. */
export function errorCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isTpeError(error)) return error.code;
    throw error;
  }
  return 'none';
}
