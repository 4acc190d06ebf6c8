import {
  identifierError,
  isDigits,
  passesLuhn,
  readPrintedIdentifier,
} from './identifierSyntax.js';

/**
 * Tells whether a value is a well-formed SIREN: exactly 9 ASCII digits whose
 * Luhn checksum is right. Never throws, whatever the input.
 *
 * **Details**: the SIREN is the INSEE identification number of a company
 * (C. com. R123-221), printed on every invoice (CGI ann. II art. 242
 * nonies A 1°). Its last digit is a Luhn check digit, which catches any
 * single mistyped digit and most swaps of two adjacent digits.
 *
 * **Gotchas**: strict: `"732 829 320"` is refused; normalize first with
 * {@link normalizeIdentifier}, or use {@link parseSiren}. A valid checksum
 * does not prove that the company exists (query the SIRENE directory for
 * that).
 *
 * @param value - anything
 * @returns `true` for a compact, well-formed SIREN
 *
 * @example
 * ```ts
 * import { isValidSiren } from '@tpe/legal-fr';
 *
 * isValidSiren('732829320'); // true
 * isValidSiren('732829321'); // false (checksum)
 * isValidSiren('732 829 320'); // false (strict: spaces)
 * isValidSiren(732829320); // false (not a string)
 * ```
 *
 * @see C. com. R123-221; CGI ann. II art. 242 nonies A 1°
 * @category Identifiers
 * @since 0.1.0
 */
export function isValidSiren(value: unknown): boolean {
  return typeof value === 'string' && isDigits(value, 9) && passesLuhn(value);
}

/**
 * Reads a SIREN typed by a user: normalizes it (spaces, dots and hyphens
 * removed, see {@link normalizeIdentifier}), checks it like
 * {@link isValidSiren} and returns its compact form.
 *
 * @param input - the printed SIREN, e.g. `"732 829 320"`
 * @returns the 9 digits
 * @throws {@link TpeError} `INVALID_SIREN` with one issue: `invalid_type`,
 *   `too_long`, `invalid_format` (not 9 digits) or `invalid_checksum`
 *
 * @example
 * ```ts
 * import { parseSiren } from '@tpe/legal-fr';
 *
 * parseSiren('732 829 320'); // '732829320'
 * parseSiren('732 829 321'); // throws TpeError INVALID_SIREN (invalid_checksum)
 * ```
 *
 * @see C. com. R123-221
 * @category Identifiers
 * @since 0.1.0
 */
export function parseSiren(input: unknown): string {
  const compact = readPrintedIdentifier(input, 'INVALID_SIREN', 'SIREN');
  if (!isDigits(compact, 9)) {
    throw identifierError('INVALID_SIREN', 'invalid_format', 'A SIREN is made of 9 digits', {
      length: compact.length,
    });
  }
  if (!passesLuhn(compact)) {
    throw identifierError(
      'INVALID_SIREN',
      'invalid_checksum',
      `Wrong check digit in SIREN ${compact}`,
    );
  }
  return compact;
}
