import {
  digitSum,
  identifierError,
  isDigits,
  passesLuhn,
  readPrintedIdentifier,
} from './identifierSyntax.js';

/** The SIREN of La Poste, whose establishments' SIRET do not follow the Luhn rule. */
const LA_POSTE_SIREN = '356000000';

function passesSiretChecksum(digits: string): boolean {
  if (passesLuhn(digits)) return true;
  return digits.startsWith(LA_POSTE_SIREN) && digitSum(digits) % 5 === 0;
}

/**
 * Tells whether a value is a well-formed SIRET (establishment number): exactly
 * 14 ASCII digits, the first 9 a valid SIREN, and the whole number passing
 * the Luhn check, except for La Poste. Never throws, whatever the input.
 *
 * **Details**: SIRET = SIREN (9 digits) + NIC (5 digits, the last a check
 * digit over the 14 digits). INSEE numbers the many establishments of
 * La Poste (SIREN 356 000 000) differently: their SIRET is accepted when the
 * sum of its 14 digits is a multiple of 5. The Luhn rule is accepted for them
 * too, since the head office `35600000000048` follows it (its digit sum, 26,
 * is not a multiple of 5).
 *
 * **Gotchas**: strict: spaces are refused (see {@link normalizeIdentifier}
 * and {@link parseSiret}). A valid checksum does not prove that the
 * establishment exists or is still open.
 *
 * @param value - anything
 * @returns `true` for a compact, well-formed SIRET
 *
 * @example
 * ```ts
 * import { isValidSiret } from '@tpe/legal-fr';
 *
 * isValidSiret('73282932000074'); // true
 * isValidSiret('73282932000079'); // false (checksum)
 * isValidSiret('35600000049837'); // true (La Poste: digit sum 45)
 * isValidSiret('732 829 320 00074'); // false (strict: spaces)
 * ```
 *
 * @see C. com. R123-221 (SIREN); INSEE SIRENE numbering
 * @category Identifiers
 * @since 0.1.0
 */
export function isValidSiret(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    isDigits(value, 14) &&
    passesLuhn(value.slice(0, 9)) &&
    passesSiretChecksum(value)
  );
}

/**
 * Reads a SIRET typed by a user: normalizes it (see
 * {@link normalizeIdentifier}), checks it like {@link isValidSiret} and
 * returns its compact form.
 *
 * @param input - the printed SIRET, e.g. `"732 829 320 00074"`
 * @returns the 14 digits
 * @throws {@link TpeError} `INVALID_SIRET` with one issue: `invalid_type`,
 *   `too_long`, `invalid_format` (not 14 digits), `invalid_siren` (the first
 *   9 digits fail their check) or `invalid_checksum`
 *
 * @example
 * ```ts
 * import { parseSiret } from '@tpe/legal-fr';
 *
 * parseSiret('732 829 320 00074'); // '73282932000074'
 * parseSiret('732 829 320'); // throws TpeError INVALID_SIRET (invalid_format)
 * ```
 *
 * @category Identifiers
 * @since 0.1.0
 */
export function parseSiret(input: unknown): string {
  const compact = readPrintedIdentifier(input, 'INVALID_SIRET', 'SIRET');
  if (!isDigits(compact, 14)) {
    throw identifierError('INVALID_SIRET', 'invalid_format', 'A SIRET is made of 14 digits', {
      length: compact.length,
    });
  }
  if (!passesLuhn(compact.slice(0, 9))) {
    throw identifierError(
      'INVALID_SIRET',
      'invalid_siren',
      `The SIREN part of SIRET ${compact} is not valid`,
    );
  }
  if (!passesSiretChecksum(compact)) {
    throw identifierError(
      'INVALID_SIRET',
      'invalid_checksum',
      `Wrong check digit in SIRET ${compact}`,
    );
  }
  return compact;
}
