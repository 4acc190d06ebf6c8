import { z } from 'zod';
import {
  bicSchema,
  checkPartyIdentifiers,
  emailSchema,
  ibanSchema,
  idSchema,
  nameSchema,
  nonNegativeAmountSchema,
  phoneSchema,
  sirenSchema,
  siretSchema,
  vatNumberSchema,
} from '../internal/fields.js';
import { type Address, addressSchema } from './Address.js';

/**
 * The bank account printed on invoices for payment by transfer (EN 16931 BG-17).
 *
 * @example
 * ```ts
 * import type { BankAccount } from '@tpe/invoicing';
 *
 * const account: BankAccount = { iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' };
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export interface BankAccount {
  /** The IBAN in electronic form (no spaces), checked (BT-84). */
  readonly iban: string;
  /** The BIC, checked (BT-86). */
  readonly bic?: string | undefined;
  /** The account holder's name (BT-85). */
  readonly accountName?: string | undefined;
}

/**
 * The business using the library, as it appears on its documents: one record
 * per establishment. For purchase documents it is the buyer.
 *
 * **Gotchas**: identifiers are stored compact (`"732829320"`,
 * `"FR44732829320"`, `"FR7630006000011234567890189"`); normalize typed text
 * with `normalizeIdentifier` or the `parse…` functions of `@tpe/legal-fr`
 * first. The SIRET must start with the SIREN and a French VAT number must be
 * built on it.
 *
 * @example
 * ```ts
 * import type { Seller } from '@tpe/invoicing';
 *
 * const seller: Seller = {
 *   legalName: 'Atelier Dupont',
 *   legalForm: 'SARL',
 *   shareCapital: '10000',
 *   siren: '732829320',
 *   registration: { register: 'RCS', city: 'Lyon' },
 *   vatNumber: 'FR44732829320',
 *   address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' },
 *   vatRegime: 'normal',
 * };
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export interface Seller {
  /** Legal name (dénomination sociale, or the trader's name) (BT-27). */
  readonly legalName: string;
  /** Trading name, when different (BT-28). */
  readonly tradeName?: string | undefined;
  /** Legal form as printed: `"SAS"`, `"SARL"`, `"EI"`… */
  readonly legalForm?: string | undefined;
  /** A company, or an individual entrepreneur ("EI" printed, no share capital). */
  readonly legalStatus?: 'company' | 'individualEntrepreneur' | undefined;
  /** Share capital in euros, a decimal string (`"10000"`). */
  readonly shareCapital?: string | undefined;
  /** SIREN, 9 digits, checked (BT-30). */
  readonly siren?: string | undefined;
  /** SIRET of the establishment, 14 digits, checked; starts with the SIREN. */
  readonly siret?: string | undefined;
  /** Trade register: `RCS` and its city, or `RM` (craftsmen). */
  readonly registration?:
    | {
        readonly register: 'RCS' | 'RM';
        readonly city?: string | undefined;
      }
    | undefined;
  /** Intra-EU VAT number, compact, checked (BT-31). */
  readonly vatNumber?: string | undefined;
  /** Postal address (head office or establishment) (BG-5). */
  readonly address: Address;
  /** E-mail address (BT-43). */
  readonly email?: string | undefined;
  /** Phone number as printed (BT-42). */
  readonly phone?: string | undefined;
  /** The account to pay to by transfer (BG-17). */
  readonly bankAccount?: BankAccount | undefined;
  /** `normal`, or `franchiseEnBase` (no VAT charged, CGI art. 293 B). */
  readonly vatRegime: 'normal' | 'franchiseEnBase';
  /** `true` when the seller, supplying services, opted to pay VAT on debits. */
  readonly vatOnDebits?: boolean | undefined;
  /** The caller's id of the establishment, for one numbering series per establishment. */
  readonly establishmentId?: string | undefined;
}

/**
 * A zod schema for {@link BankAccount}; the IBAN and BIC are checked with
 * `@tpe/legal-fr` (issue codes `invalid_iban`, `invalid_bic`).
 *
 * @example
 * ```ts
 * import { bankAccountSchema } from '@tpe/invoicing';
 *
 * bankAccountSchema.safeParse({ iban: 'FR7630006000011234567890189' }).success; // true
 * bankAccountSchema.safeParse({ iban: 'FR7630006000011234567890188' }).success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const bankAccountSchema: z.ZodType<BankAccount> = z.strictObject({
  iban: ibanSchema,
  bic: bicSchema.optional(),
  accountName: nameSchema.optional(),
});

/**
 * A zod schema for {@link Seller}; unknown keys are refused. SIREN, SIRET,
 * VAT number, IBAN and BIC are checked with the validators of
 * `@tpe/legal-fr` (issue codes `invalid_siren`, `invalid_siret`,
 * `invalid_vat_number`, `invalid_iban`, `invalid_bic`) and must agree
 * (`siret_siren_mismatch`, `vat_number_siren_mismatch`).
 *
 * @example
 * ```ts
 * import { sellerSchema } from '@tpe/invoicing';
 *
 * const address = { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' };
 * sellerSchema.safeParse({ legalName: 'Atelier Dupont', siren: '732829320', address, vatRegime: 'normal' }).success; // true
 * sellerSchema.safeParse({ legalName: 'Atelier Dupont', siren: '732829321', address, vatRegime: 'normal' }).success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const sellerSchema: z.ZodType<Seller> = z
  .strictObject({
    legalName: nameSchema,
    tradeName: nameSchema.optional(),
    legalForm: z.string().min(1).max(100).optional(),
    legalStatus: z.enum(['company', 'individualEntrepreneur']).optional(),
    shareCapital: nonNegativeAmountSchema.optional(),
    siren: sirenSchema.optional(),
    siret: siretSchema.optional(),
    registration: z
      .strictObject({
        register: z.enum(['RCS', 'RM']),
        city: z.string().min(1).max(200).optional(),
      })
      .optional(),
    vatNumber: vatNumberSchema.optional(),
    address: addressSchema,
    email: emailSchema.optional(),
    phone: phoneSchema.optional(),
    bankAccount: bankAccountSchema.optional(),
    vatRegime: z.enum(['normal', 'franchiseEnBase']),
    vatOnDebits: z.boolean().optional(),
    establishmentId: idSchema.optional(),
  })
  .check(checkPartyIdentifiers);
