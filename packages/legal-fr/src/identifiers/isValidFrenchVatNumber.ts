import { vatKeyOf } from './frenchVatNumber.js';
import {
  identifierError,
  isDigits,
  passesLuhn,
  readPrintedIdentifier,
} from './identifierSyntax.js';

function hasFrenchVatShape(value: string): boolean {
  return value.length === 13 && value.startsWith('FR') && isDigits(value.slice(2), 11);
}

/**
 * Tells whether a value is a well-formed French VAT number built on a SIREN:
 * `FR`, a two-digit key, then a valid SIREN, the key being
 * (12 + 3 × (SIREN mod 97)) mod 97. Never throws, whatever the input.
 *
 * **Details**: checks the form and the key only. Whether the number is
 * active is answered by the European VIES service, not here.
 *
 * **Gotchas**: strict: `"FR 44 732829320"` and `"fr44732829320"` are refused
 * (normalize first, or use {@link parseFrenchVatNumber}). Numbers with a key
 * made of letters (assigned to some businesses without a SIREN) are refused
 * too: their key cannot be checked from a SIREN.
 *
 * @param value - anything
 * @returns `true` for a compact, well-formed French VAT number
 *
 * @example
 * ```ts
 * import { isValidFrenchVatNumber } from '@tpe/legal-fr';
 *
 * isValidFrenchVatNumber('FR44732829320'); // true
 * isValidFrenchVatNumber('FR45732829320'); // false (key)
 * isValidFrenchVatNumber('FR 44 732829320'); // false (strict: spaces)
 * ```
 *
 * @see CGI art. 286 ter; CGI ann. II art. 242 nonies A 2° and 3°
 * @category Identifiers
 * @since 0.1.0
 */
export function isValidFrenchVatNumber(value: unknown): boolean {
  if (typeof value !== 'string' || !hasFrenchVatShape(value)) return false;
  const siren = value.slice(4);
  return passesLuhn(siren) && value.slice(2, 4) === vatKeyOf(siren);
}

/**
 * Reads a French VAT number typed by a user: normalizes it (spaces, dots and
 * hyphens removed, letters upper-cased, see {@link normalizeIdentifier}),
 * checks it like {@link isValidFrenchVatNumber} and returns its compact form.
 *
 * @param input - the printed VAT number, e.g. `"FR 44 732 829 320"`
 * @returns the compact number, e.g. `"FR44732829320"`
 * @throws {@link TpeError} `INVALID_VAT_NUMBER` with one issue:
 *   `invalid_type`, `too_long`, `invalid_format` (not `FR` + 11 digits),
 *   `invalid_siren` or `invalid_checksum` (wrong key)
 *
 * @example
 * ```ts
 * import { parseFrenchVatNumber } from '@tpe/legal-fr';
 *
 * parseFrenchVatNumber('fr 44 732 829 320'); // 'FR44732829320'
 * parseFrenchVatNumber('FR45732829320'); // throws TpeError INVALID_VAT_NUMBER (invalid_checksum)
 * ```
 *
 * @see CGI art. 286 ter
 * @category Identifiers
 * @since 0.1.0
 */
export function parseFrenchVatNumber(input: unknown): string {
  const compact = readPrintedIdentifier(input, 'INVALID_VAT_NUMBER', 'VAT number');
  if (!hasFrenchVatShape(compact)) {
    throw identifierError(
      'INVALID_VAT_NUMBER',
      'invalid_format',
      'A French VAT number is FR followed by 11 digits (a 2-digit key and the SIREN)',
      { length: compact.length },
    );
  }
  const siren = compact.slice(4);
  if (!passesLuhn(siren)) {
    throw identifierError(
      'INVALID_VAT_NUMBER',
      'invalid_siren',
      `The SIREN part of ${compact} is not valid`,
    );
  }
  const key = vatKeyOf(siren);
  if (compact.slice(2, 4) !== key) {
    throw identifierError(
      'INVALID_VAT_NUMBER',
      'invalid_checksum',
      `Wrong key in VAT number ${compact}`,
      {
        expectedKey: key,
      },
    );
  }
  return compact;
}
