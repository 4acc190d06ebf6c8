import { describe, expect, it } from 'vitest';
import { addressSchema } from './Address.js';
import { customerSchema } from './Customer.js';
import { bankAccountSchema, sellerSchema } from './Seller.js';
import { supplierSchema } from './Supplier.js';

const address = {
  lines: ['12 rue des Lilas'],
  postalCode: '69003',
  city: 'Lyon',
  countryCode: 'FR',
};
const seller = {
  legalName: 'Atelier Dupont',
  legalForm: 'SARL',
  legalStatus: 'company',
  shareCapital: '10000',
  siren: '732829320',
  siret: '73282932000074',
  registration: { register: 'RCS', city: 'Lyon' },
  vatNumber: 'FR44732829320',
  address,
  email: 'contact@atelier-dupont.fr',
  phone: '+33 4 78 00 00 00',
  bankAccount: {
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPP',
    accountName: 'Atelier Dupont',
  },
  vatRegime: 'normal',
  vatOnDebits: false,
  establishmentId: 'lyon',
};

/** The issue codes a schema gives, as `path:code`. */
function issues(
  schema: {
    safeParse: (input: unknown) => {
      success: boolean;
      error?: {
        issues: readonly { path: readonly PropertyKey[]; code: string; params?: unknown }[];
      };
    };
  },
  input: unknown,
): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return (result.error?.issues ?? []).map((issue) => {
    const own = (issue.params as { code?: string } | undefined)?.code;
    return `${issue.path.join('.')}:${own ?? issue.code}`;
  });
}

describe('the party schemas', () => {
  it('accept a complete seller, customer and supplier', () => {
    expect(issues(sellerSchema, seller)).toEqual([]);
    expect(
      issues(customerSchema, {
        id: 'C-1',
        kind: 'publicBuyer',
        name: 'Mairie de Lyon',
        countryCode: 'FR',
        siren: '542065479',
        vatNumber: 'FR82542065479',
        billingAddress: address,
        deliveryAddress: { ...address, lines: ['Quai 2', 'Porte B'] },
        paymentTerm: { kind: 'netDays', days: 30, from: 'issue' },
        dunningSegment: 'public',
        email: 'compta@example.fr',
        publicBuyer: {
          serviceCode: 'SERV-1',
          engagementNumber: 'EJ-42',
          category: 'stateOrLocalAuthority',
        },
      }),
    ).toEqual([]);
    expect(
      issues(supplierSchema, {
        id: 'S-1',
        name: 'Großhandel GmbH',
        countryCode: 'DE',
        vatNumber: 'DE123456789',
        address: { ...address, countryCode: 'DE' },
      }),
    ).toEqual([]);
  });

  it('check identifiers with @tpe/legal-fr and their agreement', () => {
    expect(
      issues(sellerSchema, {
        ...seller,
        siren: '732829321',
        siret: undefined,
        vatNumber: undefined,
      }),
    ).toEqual(['siren:invalid_siren']);
    expect(
      issues(sellerSchema, {
        ...seller,
        siren: '732 829 320',
        siret: undefined,
        vatNumber: undefined,
      }),
    ).toEqual(['siren:invalid_siren']);
    expect(issues(sellerSchema, { ...seller, siret: '73282932000075' })).toEqual([
      'siret:invalid_siret',
    ]);
    expect(issues(sellerSchema, { ...seller, siret: '54206547900017' })).toEqual([
      'siret:siret_siren_mismatch',
    ]);
    expect(issues(sellerSchema, { ...seller, vatNumber: 'FR45732829320' })).toEqual([
      'vatNumber:invalid_vat_number',
    ]);
    expect(issues(sellerSchema, { ...seller, vatNumber: 'FR82542065479' })).toEqual([
      'vatNumber:vat_number_siren_mismatch',
    ]);
    expect(issues(sellerSchema, { ...seller, vatNumber: 'fr44732829320' })).toEqual([
      'vatNumber:invalid_vat_number',
    ]);
    expect(issues(bankAccountSchema, { iban: 'FR7630006000011234567890188' })).toEqual([
      'iban:invalid_iban',
    ]);
    expect(issues(bankAccountSchema, { iban: 'FR7630006000011234567890189', bic: 'AGRI' })).toEqual(
      ['bic:invalid_bic'],
    );
    expect(
      issues(customerSchema, {
        id: 'C',
        kind: 'business',
        name: 'X',
        countryCode: 'FR',
        billingAddress: address,
        vatNumber: 'DE1',
      }),
    ).toEqual(['vatNumber:invalid_vat_number']);
  });

  it('refuse unknown keys, wrong kinds and malformed fields', () => {
    expect(issues(sellerSchema, { ...seller, colour: 'red' })).toEqual([':unrecognized_keys']);
    expect(issues(sellerSchema, { ...seller, vatRegime: 'micro' })).toEqual([
      'vatRegime:invalid_value',
    ]);
    expect(issues(sellerSchema, { ...seller, shareCapital: '-1' })).toEqual([
      'shareCapital:negative_not_allowed',
    ]);
    expect(issues(sellerSchema, { ...seller, email: 'contact' })).toEqual(['email:invalid_format']);
    expect(issues(sellerSchema, { ...seller, legalName: '' })).toEqual(['legalName:too_small']);
    expect(issues(addressSchema, { ...address, lines: ['a', 'b', 'c', 'd'] })).toEqual([
      'lines:too_big',
    ]);
    expect(issues(addressSchema, { ...address, lines: [] })).toEqual(['lines:too_small']);
    expect(issues(addressSchema, { ...address, countryCode: 'FRA' })).toEqual([
      'countryCode:invalid_format',
    ]);
    expect(
      issues(customerSchema, {
        id: '',
        kind: 'business',
        name: 'X',
        countryCode: 'FR',
        billingAddress: address,
      }),
    ).toEqual(['id:too_small']);
    expect(
      issues(customerSchema, {
        id: 'C',
        kind: 'business',
        name: 'X',
        countryCode: 'FR',
        billingAddress: address,
        paymentTerm: { kind: 'net30' },
      }),
    ).toEqual(['paymentTerm.kind:invalid_union']);
  });
});
