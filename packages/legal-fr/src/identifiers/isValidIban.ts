import type { TpeIssue } from '@tpe/core';
import { TpeError } from '@tpe/core';
import { isValidIBAN, ValidationErrorsIBAN, validateIBAN } from 'ibantools';
import { readPrintedIdentifier } from './identifierSyntax.js';

const ISSUES: Readonly<
  Record<ValidationErrorsIBAN, { readonly code: string; readonly message: string }>
> = {
  [ValidationErrorsIBAN.NoIBANProvided]: { code: 'invalid_format', message: 'No IBAN given' },
  [ValidationErrorsIBAN.NoIBANCountry]: {
    code: 'unknown_country',
    message: 'Unknown IBAN country code',
  },
  [ValidationErrorsIBAN.WrongBBANLength]: {
    code: 'invalid_length',
    message: 'Wrong length for this country',
  },
  [ValidationErrorsIBAN.WrongBBANFormat]: {
    code: 'invalid_format',
    message: 'Wrong account number format for this country',
  },
  [ValidationErrorsIBAN.ChecksumNotNumber]: {
    code: 'invalid_format',
    message: 'The IBAN check digits are not digits',
  },
  [ValidationErrorsIBAN.WrongIBANChecksum]: {
    code: 'invalid_checksum',
    message: 'Wrong IBAN check digits',
  },
  [ValidationErrorsIBAN.WrongAccountBankBranchChecksum]: {
    code: 'invalid_bank_checksum',
    message: 'Wrong national check digits (for France, the RIB key)',
  },
  [ValidationErrorsIBAN.QRIBANNotAllowed]: {
    code: 'invalid_format',
    message: 'QR-IBAN not allowed',
  },
};

/**
 * Tells whether a value is a valid IBAN in electronic form (no spaces,
 * capital letters): known country, length and account format of that
 * country, ISO 13616 check digits, and the national check digits where the
 * country has them (the RIB key for France). Never throws, whatever the input.
 *
 * **Details**: delegates to the `ibantools` package.
 *
 * **Gotchas**: strict: the printed form `"FR76 3000 …"` is refused; use
 * {@link parseIban} or {@link normalizeIdentifier} first. A valid IBAN does
 * not prove that the account exists.
 *
 * @param value - anything
 * @returns `true` for a valid IBAN in electronic form
 *
 * @example
 * ```ts
 * import { isValidIban } from '@tpe/legal-fr';
 *
 * isValidIban('FR7630006000011234567890189'); // true
 * isValidIban('FR7630006000011234567890188'); // false (checksum)
 * isValidIban('FR76 3000 6000 0112 3456 7890 189'); // false (strict: spaces)
 * ```
 *
 * @see ISO 13616-1 (IBAN)
 * @category Identifiers
 * @since 0.1.0
 */
export function isValidIban(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 34 && isValidIBAN(value);
}

/**
 * Reads an IBAN typed by a user: normalizes it (see
 * {@link normalizeIdentifier}), checks it like {@link isValidIban} and
 * returns its electronic form.
 *
 * @param input - the IBAN, printed or electronic
 * @returns the electronic form, e.g. `"FR7630006000011234567890189"`
 * @throws {@link TpeError} `INVALID_IBAN` with one issue per problem found:
 *   `invalid_type`, `too_long`, `unknown_country`, `invalid_length`,
 *   `invalid_format`, `invalid_checksum`, `invalid_bank_checksum`
 *
 * @example
 * ```ts
 * import { parseIban } from '@tpe/legal-fr';
 *
 * parseIban('fr76 3000 6000 0112 3456 7890 189'); // 'FR7630006000011234567890189'
 * parseIban('FR76 3000 6000 0112 3456 7890 188'); // throws TpeError INVALID_IBAN
 * ```
 *
 * @see ISO 13616-1 (IBAN)
 * @category Identifiers
 * @since 0.1.0
 */
export function parseIban(input: unknown): string {
  const compact = readPrintedIdentifier(input, 'INVALID_IBAN', 'IBAN');
  if (isValidIban(compact)) return compact;
  const found =
    compact === '' ? [ValidationErrorsIBAN.NoIBANProvided] : validateIBAN(compact).errorCodes;
  const codes = found.length > 0 ? found : [ValidationErrorsIBAN.WrongBBANLength];
  const issues: TpeIssue[] = codes.map((code) => ({ path: [], ...ISSUES[code] }));
  throw new TpeError(
    'INVALID_IBAN',
    `Invalid IBAN: ${issues.map((issue) => issue.message).join('; ')}`,
    {
      issues,
    },
  );
}
