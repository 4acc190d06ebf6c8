import { DECIMAL_KINDS, decimalStringSchema } from '@tpe/core';
import {
  isValidBic,
  isValidFrenchVatNumber,
  isValidIban,
  isValidSiren,
  isValidSiret,
} from '@tpe/legal-fr';
import { z } from 'zod';

/**
 * The field schemas the model shares: caller-chosen ids, texts, country
 * codes, and the identifiers checked with the `@tpe/legal-fr` validators
 * (compact forms only, as those validators read them).
 */

/** A caller-chosen id: 1 to 64 characters. */
export const idSchema = z.string().min(1).max(64);

/** A name or a label: 1 to 500 characters. */
export const nameSchema = z.string().min(1).max(500);

/** A free text (description, note, reason): 1 to 5000 characters. */
export const textSchema = z.string().min(1).max(5000);

/** An ISO 3166-1 alpha-2 country code in capitals. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 code in capitals, e.g. "FR"');

/** A UN/ECE recommendation 20 (or 21) unit code, e.g. `C62`, `HUR`, `KGM`. */
export const unitCodeSchema = z
  .string()
  .regex(/^[A-Z0-9]{2,3}$/, 'A UN/ECE recommendation 20 unit code, e.g. "C62", "HUR"');

/** An e-mail address. */
export const emailSchema = z.email().max(254);

/** A phone number as printed. */
export const phoneSchema = z.string().min(1).max(32);

/** An amount of money that is not negative, 2 decimals. */
export const nonNegativeAmountSchema = decimalStringSchema({
  ...DECIMAL_KINDS.amount,
  allowNegative: false,
});

/** A string checked by `isValid`, refused with the issue `code` otherwise. */
function identifierSchema(
  isValid: (value: string) => boolean,
  code: string,
  message: string,
): z.ZodString {
  return z
    .string()
    .max(64)
    .check((context) => {
      if (!isValid(context.value)) {
        context.issues.push({
          code: 'custom',
          message,
          input: context.value,
          params: { code },
        });
      }
    });
}

/** Another country's VAT number: its 2-letter prefix then 2 to 13 letters or digits. */
const FOREIGN_VAT_NUMBER = /^[A-Z]{2}[0-9A-Z+*.]{2,13}$/;

function isValidVatNumber(value: string): boolean {
  return value.startsWith('FR') ? isValidFrenchVatNumber(value) : FOREIGN_VAT_NUMBER.test(value);
}

/** A SIREN, compact (`"732829320"`), Luhn-checked. */
export const sirenSchema = identifierSchema(
  isValidSiren,
  'invalid_siren',
  'Not a valid SIREN (9 digits, compact, with a right check digit)',
);

/** A SIRET, compact (14 digits), checked. */
export const siretSchema = identifierSchema(
  isValidSiret,
  'invalid_siret',
  'Not a valid SIRET (14 digits, compact, with a right check digit)',
);

/** An intra-EU VAT number, compact; a French one (`FR…`) has its key checked. */
export const vatNumberSchema = identifierSchema(
  isValidVatNumber,
  'invalid_vat_number',
  'Not a valid VAT number (compact, e.g. "FR44732829320"; a French one needs its right key)',
);

/** An IBAN in electronic form, checked. */
export const ibanSchema = identifierSchema(
  isValidIban,
  'invalid_iban',
  'Not a valid IBAN (electronic form, e.g. "FR7630006000011234567890189")',
);

/** A BIC, checked. */
export const bicSchema = identifierSchema(isValidBic, 'invalid_bic', 'Not a valid BIC');

/** The identifiers a party may carry, as read by {@link checkPartyIdentifiers}. */
interface PartyIdentifiers {
  readonly siren?: string | undefined;
  readonly siret?: string | undefined;
  readonly vatNumber?: string | undefined;
}

/**
 * Checks that a party's identifiers agree: the SIRET starts with the SIREN
 * (`siret_siren_mismatch`), a French VAT number ends with it
 * (`vat_number_siren_mismatch`).
 */
export function checkPartyIdentifiers(context: z.core.ParsePayload<PartyIdentifiers>): void {
  const { siren, siret, vatNumber } = context.value;
  if (siren === undefined) return;
  if (siret !== undefined && !siret.startsWith(siren)) {
    context.issues.push({
      code: 'custom',
      message: `The SIRET ${siret} does not start with the SIREN ${siren}`,
      input: siret,
      path: ['siret'],
      params: { code: 'siret_siren_mismatch' },
    });
  }
  if (vatNumber?.startsWith('FR') === true && vatNumber.slice(4) !== siren) {
    context.issues.push({
      code: 'custom',
      message: `The French VAT number ${vatNumber} is not built on the SIREN ${siren}`,
      input: vatNumber,
      path: ['vatNumber'],
      params: { code: 'vat_number_siren_mismatch' },
    });
  }
}
