import type { DocumentLine } from '@tpe/invoicing';

/** For the tests of the mapping: a line of one unit at 1 € and 20 % VAT, of goods or of a service. */
export function lineOf(nature: 'goods' | 'service'): DocumentLine {
  return {
    id: nature,
    label: nature,
    quantity: '1',
    unitCode: 'C62',
    unitPrice: '1',
    vat: { category: 'S', rate: '20' },
    nature,
  };
}
