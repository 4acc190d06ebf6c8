import { parseSiren } from './isValidSiren.js';

/** The two-digit key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97. */
export function vatKeyOf(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return key < 10 ? `0${key}` : String(key);
}

/**
 * The French intra-EU VAT number of a company, computed from its SIREN:
 * `FR` + a two-digit key + the SIREN, where key = (12 + 3 × (SIREN mod 97))
 * mod 97.
 *
 * **When to use**: to prefill the seller's VAT number (CGI art. 286 ter,
 * printed on invoices under CGI ann. II art. 242 nonies A 2°) or to check a
 * customer's against its SIREN. The tax office assigns the number: a company
 * that is not VAT-registered (franchise en base, for instance) may have none.
 *
 * **Details**: accepts the printed SIREN (`"732 829 320"`), normalized with
 * {@link normalizeIdentifier}.
 *
 * @param siren - a SIREN, compact or printed
 * @returns the VAT number in compact form, e.g. `"FR44732829320"`
 * @throws {@link TpeError} `INVALID_SIREN` (see {@link parseSiren})
 *
 * @example
 * ```ts
 * import { frenchVatNumber } from '@tpe/legal-fr';
 *
 * frenchVatNumber('732829320'); // 'FR44732829320'
 * frenchVatNumber('732 829 320'); // 'FR44732829320'
 * frenchVatNumber('356000000'); // 'FR39356000000'
 * frenchVatNumber('732829321'); // throws TpeError INVALID_SIREN
 * ```
 *
 * @see CGI art. 286 ter; CGI ann. II art. 242 nonies A 2°
 * @category Identifiers
 * @since 0.1.0
 */
export function frenchVatNumber(siren: string): string {
  const digits = parseSiren(siren);
  return `FR${vatKeyOf(digits)}${digits}`;
}
