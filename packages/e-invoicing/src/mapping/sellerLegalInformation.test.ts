import type { Seller } from '@tpe/invoicing';
import { describe, expect, it } from 'vitest';
import { sellerLegalInformation } from './sellerLegalInformation.js';

const seller: Seller = {
  legalName: 'Atelier Dupont',
  siren: '732829320',
  address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' },
  vatRegime: 'normal',
};

describe('sellerLegalInformation', () => {
  it('writes legal form, share capital and trade register', () => {
    expect(
      sellerLegalInformation({
        ...seller,
        legalForm: 'SAS',
        shareCapital: '1500.50',
        registration: { register: 'RCS', city: 'Lyon' },
      }),
    ).toBe('SAS au capital de 1\u202f500,50\u00a0€, RCS Lyon 732829320');
    expect(sellerLegalInformation({ ...seller, registration: { register: 'RM' } })).toBe(
      'RM 732829320',
    );
  });

  it('writes EI for an individual entrepreneur without a legal form, nothing when there is nothing', () => {
    expect(sellerLegalInformation({ ...seller, legalStatus: 'individualEntrepreneur' })).toBe('EI');
    expect(sellerLegalInformation(seller)).toBeUndefined();
  });
});
