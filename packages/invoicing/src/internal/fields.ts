import { DECIMAL_KINDS, type DecimalOptions, decimalStringSchema } from '@tpe/core';
import {
  isValidBic,
  isValidFrenchVatNumber,
  isValidIban,
  isValidSiren,
  isValidSiret,
} from '@tpe/legal-fr';
import { z } from 'zod';

/**
 * The field schemas the package shares (the model, the document chain,
 * payments…): caller-chosen ids, texts, country codes, and the identifiers
 * checked with the `@tpe/legal-fr` validators (compact forms only, as those
 * validators read them).
 */

/** The longest texts of the model, in characters (the shortest is 1). */
export const TEXT_LIMITS = Object.freeze({ id: 64, name: 500, text: 5000, exemptionReason: 1000 });

/** The longest lists of the model. */
export const LIST_LIMITS = Object.freeze({
  lines: 100_000,
  lineAllowances: 100,
  documentAllowances: 1000,
});

/** A caller-chosen id: 1 to 64 characters. */
export const idSchema = z.string().min(1).max(TEXT_LIMITS.id);

/** A name or a label: 1 to 500 characters. */
export const nameSchema = z.string().min(1).max(TEXT_LIMITS.name);

/** A free text (description, note): 1 to 5000 characters. */
export const textSchema = z.string().min(1).max(TEXT_LIMITS.text);

/** A reference one party gives the other (BT-10, BT-13): 1 to 200 characters. */
export const referenceSchema = z.string().min(1).max(200);

/** Free notes printed on a document (BT-22): at most 1000 texts. */
export const notesSchema = z.array(textSchema).max(1000);

/** An ISO 3166-1 alpha-2 country code in capitals. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 code in capitals, e.g. "FR"');

/** Whether a value is a code of `minLength` to `maxLength` capital letters and digits. */
function isCode(value: unknown, minLength: number, maxLength: number): boolean {
  if (typeof value !== 'string' || value.length < minLength || value.length > maxLength) {
    return false;
  }
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90))) return false;
  }
  return true;
}

/** A UN/ECE recommendation 20 (or 21) unit code: 2 or 3 capitals and digits. */
export function isUnitCode(value: unknown): boolean {
  return isCode(value, 2, 3);
}

/** An UNTDID 5189 (allowance) or 7161 (charge) reason code: 1 to 3 capitals and digits. */
export function isReasonCode(value: unknown): boolean {
  return isCode(value, 1, 3);
}

/** A string `isValid` accepts, refused with the issue code `invalid_format` otherwise. */
function formatSchema(isValid: (value: string) => boolean, message: string): z.ZodString {
  return z.string().check((context) => {
    if (!isValid(context.value)) {
      context.issues.push({
        code: 'custom',
        message,
        input: context.value,
        params: { code: 'invalid_format' },
      });
    }
  });
}

/** A UN/ECE recommendation 20 (or 21) unit code, e.g. `C62`, `HUR`, `KGM`. */
export const unitCodeSchema = formatSchema(
  isUnitCode,
  'A UN/ECE recommendation 20 unit code, e.g. "C62", "HUR"',
);

/** An UNTDID 5189 or 7161 reason code, e.g. `95`, `ABL`. */
export const reasonCodeSchema = formatSchema(
  isReasonCode,
  'An UNTDID 5189 or 7161 code, e.g. "95", "ABL"',
);

/** A VATEX exemption reason code (BT-121), at most 64 characters. */
export function isVatexCode(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 64 && /^VATEX-[A-Z0-9-]+$/i.test(value);
}

/** A VATEX exemption reason code, e.g. `VATEX-EU-AE` (any case, as some examples write it). */
export const vatexCodeSchema = formatSchema(isVatexCode, 'A VATEX code, e.g. "VATEX-EU-AE"');

/** An e-mail address. */
export const emailSchema = z.email().max(254);

/** A phone number as printed. */
export const phoneSchema = z.string().min(1).max(32);

/** An amount that is not negative: 2 decimals, 15 integer digits. */
export const NON_NEGATIVE_AMOUNT: Required<DecimalOptions> = Object.freeze({
  ...DECIMAL_KINDS.amount,
  allowNegative: false,
});

/** A quantity that is not negative: 6 decimals, 12 integer digits. */
export const NON_NEGATIVE_QUANTITY: Required<DecimalOptions> = Object.freeze({
  ...DECIMAL_KINDS.quantity,
  allowNegative: false,
});

/** An amount of money that is not negative, 2 decimals. */
export const nonNegativeAmountSchema = decimalStringSchema(NON_NEGATIVE_AMOUNT);

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
