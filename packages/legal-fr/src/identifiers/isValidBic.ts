import { isValidBIC } from 'ibantools';
import { identifierError, readPrintedIdentifier } from './identifierSyntax.js';

const BIC_SHAPE = /^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

/**
 * Tells whether a value is a well-formed BIC (SWIFT code): 4 letters for the
 * bank, a known ISO 3166 country code, 2 characters for the location and an
 * optional 3-character branch code, all in capitals. Never throws, whatever
 * the input.
 *
 * **Details**: delegates the country check to the `ibantools` package. A BIC
 * has no check digit: only its form can be checked.
 *
 * **Gotchas**: strict: lower case and spaces are refused; use
 * {@link parseBic} for typed text.
 *
 * @param value - anything
 * @returns `true` for a well-formed BIC of 8 or 11 characters
 *
 * @example
 * ```ts
 * import { isValidBic } from '@tpe/legal-fr';
 *
 * isValidBic('BNPAFRPP'); // true
 * isValidBic('BNPAFRPPXXX'); // true
 * isValidBic('bnpafrpp'); // false (strict: lower case)
 * isValidBic('BNPAZZPP'); // false (no country ZZ)
 * ```
 *
 * @see ISO 9362 (BIC)
 * @category Identifiers
 * @since 0.1.0
 */
export function isValidBic(value: unknown): boolean {
  return typeof value === 'string' && BIC_SHAPE.test(value) && isValidBIC(value);
}

/**
 * Reads a BIC typed by a user: removes spaces, upper-cases it (see
 * {@link normalizeIdentifier}), checks it like {@link isValidBic} and returns
 * it.
 *
 * @param input - the BIC, e.g. `"bnpa fr pp"`
 * @returns the BIC in capitals, 8 or 11 characters
 * @throws {@link TpeError} `INVALID_BIC` with one issue: `invalid_type`,
 *   `too_long`, `invalid_format` or `unknown_country`
 *
 * @example
 * ```ts
 * import { parseBic } from '@tpe/legal-fr';
 *
 * parseBic('bnpa fr pp xxx'); // 'BNPAFRPPXXX'
 * parseBic('BNPA'); // throws TpeError INVALID_BIC (invalid_format)
 * ```
 *
 * @see ISO 9362 (BIC)
 * @category Identifiers
 * @since 0.1.0
 */
export function parseBic(input: unknown): string {
  const compact = readPrintedIdentifier(input, 'INVALID_BIC', 'BIC');
  if (!BIC_SHAPE.test(compact)) {
    throw identifierError(
      'INVALID_BIC',
      'invalid_format',
      'A BIC is 4 letters (bank), 2 letters (country), 2 characters (location) and optionally 3 (branch)',
      { length: compact.length },
    );
  }
  if (!isValidBIC(compact)) {
    throw identifierError(
      'INVALID_BIC',
      'unknown_country',
      `Unknown country code ${compact.slice(4, 6)} in BIC`,
    );
  }
  return compact;
}
