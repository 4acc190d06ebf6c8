import type { Seller } from '@tpe/invoicing';
import { describe, expect, it } from 'vitest';
import { appliesVatOnDebits } from './appliesVatOnDebits.js';
import { lineOf } from './testFiles.js';

const seller: Seller = {
  legalName: 'Conseil Martin',
  address: { lines: ['1 rue A'], postalCode: '69001', city: 'Lyon', countryCode: 'FR' },
  vatRegime: 'normal',
  vatOnDebits: true,
};

describe('appliesVatOnDebits', () => {
  it('applies to services of a seller who opted, charging VAT', () => {
    expect(appliesVatOnDebits({ seller, lines: [lineOf('goods'), lineOf('service')] })).toBe(true);
    expect(appliesVatOnDebits({ seller, lines: [lineOf('goods')] })).toBe(false);
    expect(
      appliesVatOnDebits({ seller: { ...seller, vatOnDebits: false }, lines: [lineOf('service')] }),
    ).toBe(false);
    expect(
      appliesVatOnDebits({
        seller: { ...seller, vatRegime: 'franchiseEnBase' },
        lines: [lineOf('service')],
      }),
    ).toBe(false);
  });
});
