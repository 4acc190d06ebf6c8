import { parseWithSchema } from '@tpe/core';
import { friendlyFormatIBAN } from 'ibantools';
import { z } from 'zod';
import { parseIban } from './isValidIban.js';

/**
 * Options of {@link formatIban}.
 *
 * @category Identifiers
 * @since 0.1.0
 */
export interface FormatIbanOptions {
  /**
   * `print` (default): groups of 4 characters separated by spaces, as on an
   * invoice or a RIB; `electronic`: no spaces, as in a SEPA file or an
   * e-invoice.
   */
  readonly format?: 'print' | 'electronic' | undefined;
}

/**
 * The schema of {@link FormatIbanOptions}.
 *
 * @example
 * ```ts
 * import { formatIbanOptionsSchema } from '@tpe/legal-fr';
 *
 * formatIbanOptionsSchema.safeParse({ format: 'paper' }).success; // false
 * ```
 *
 * @category Identifiers
 * @since 0.1.0
 */
export const formatIbanOptionsSchema: z.ZodType<FormatIbanOptions> = z.strictObject({
  format: z.enum(['print', 'electronic']).optional(),
});

/**
 * Writes an IBAN in its print form (groups of 4) or its electronic form (no
 * spaces), after checking it.
 *
 * **Details**: the input may be printed or electronic, in any case; it is
 * checked with {@link parseIban} (through the `ibantools` package), so an
 * invalid IBAN is never formatted.
 *
 * @param iban - the IBAN, printed or electronic
 * @param options - the output form, `print` by default
 * @returns the formatted IBAN
 * @throws {@link TpeError} `INVALID_IBAN` for an invalid IBAN,
 *   `INVALID_INPUT` for bad options
 *
 * @example
 * ```ts
 * import { formatIban } from '@tpe/legal-fr';
 *
 * formatIban('FR7630006000011234567890189'); // 'FR76 3000 6000 0112 3456 7890 189'
 * formatIban('fr76 3000 6000 0112 3456 7890 189', { format: 'electronic' }); // 'FR7630006000011234567890189'
 * ```
 *
 * @see ISO 13616-1 (IBAN print and electronic formats)
 * @category Identifiers
 * @since 0.1.0
 */
export function formatIban(iban: string, options: FormatIbanOptions = {}): string {
  const { format = 'print' } = parseWithSchema(formatIbanOptionsSchema, options);
  const electronic = parseIban(iban);
  return format === 'electronic' ? electronic : (friendlyFormatIBAN(electronic) ?? electronic);
}
