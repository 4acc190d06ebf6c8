import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';

const SEPARATORS = /[\s.-]/g;

/**
 * The schema of the input of {@link normalizeIdentifier}: a string of at most
 * 256 characters.
 *
 * @example
 * ```ts
 * import { identifierTextSchema } from '@tpe/legal-fr';
 *
 * identifierTextSchema.safeParse(732829320).success; // false
 * ```
 *
 * @category Identifiers
 * @since 0.1.0
 */
export const identifierTextSchema: z.ZodString = z.string().max(256);

/**
 * Turns the printed form of an identifier (SIREN, SIRET, VAT number, IBAN,
 * BIC) into its compact form: removes white space (including non-breaking
 * spaces), dots and hyphens, and upper-cases the letters.
 *
 * **When to use**: on text typed or copied by a user, before storing it or
 * before calling a strict validator. The `isValid…` functions are strict:
 * they accept only the compact form (`"732829320"`, `"FR44732829320"`), so
 * that a stored value is always in one canonical form. The `parse…` functions
 * accept the printed form: they normalize with this function, validate, and
 * return the compact form.
 *
 * **Gotchas**: no validation happens here; `"abc"` gives `"ABC"`.
 *
 * @param value - the printed identifier
 * @returns the compact form
 * @throws {@link TpeError} `INVALID_INPUT` for a non-string or a text over 256 characters
 *
 * @example
 * ```ts
 * import { isValidSiren, normalizeIdentifier } from '@tpe/legal-fr';
 *
 * normalizeIdentifier('732 829 320'); // '732829320'
 * normalizeIdentifier('fr 44 732.829.320'); // 'FR44732829320'
 * normalizeIdentifier('FR76 3000 6000 0112 3456 7890 189'); // 'FR7630006000011234567890189'
 * isValidSiren('732 829 320'); // false: validators are strict
 * isValidSiren(normalizeIdentifier('732 829 320')); // true
 * ```
 *
 * @category Identifiers
 * @since 0.1.0
 */
export function normalizeIdentifier(value: string): string {
  const text = parseWithSchema(identifierTextSchema, value);
  return text.replace(SEPARATORS, '').toUpperCase();
}
