import type { DocumentLine, Seller } from '@tpe/invoicing';
import { describe, expect, it } from 'vitest';
import { appliesVatOnDebits } from './appliesVatOnDebits.js';

const seller: Seller = {
  legalName: 'Conseil Martin',
  address: { lines: ['1 rue A'], postalCode: '69001', city: 'Lyon', countryCode: 'FR' },
  vatRegime: 'normal',
  vatOnDebits: true,
};
const line = (nature: 'goods' | 'service'): DocumentLine => ({
  id: nature,
  label: nature,
  quantity: '1',
  unitCode: 'C62',
  unitPrice: '1',
  vat: { category: 'S', rate: '20' },
  nature,
});

describe('appliesVatOnDebits', () => {
  it('applies to services of a seller who opted, charging VAT', () => {
    expect(appliesVatOnDebits({ seller, lines: [line('goods'), line('service')] })).toBe(true);
    expect(appliesVatOnDebits({ seller, lines: [line('goods')] })).toBe(false);
    expect(
      appliesVatOnDebits({ seller: { ...seller, vatOnDebits: false }, lines: [line('service')] }),
    ).toBe(false);
    expect(
      appliesVatOnDebits({
        seller: { ...seller, vatRegime: 'franchiseEnBase' },
        lines: [line('service')],
      }),
    ).toBe(false);
  });
});
