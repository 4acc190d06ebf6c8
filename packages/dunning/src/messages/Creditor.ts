import { isValidBic, isValidIban, isValidSiren, normalizeIdentifier } from '@tpe/legal-fr';
import { z } from 'zod';
import {
  EMAIL_PATTERN,
  MAX_ADDRESS_LINES,
  MAX_PHONE_LENGTH,
} from '../input/internal/readCustomer.js';
import { reasonSchema } from '../input/internal/schemaParts.js';

/**
 * The business that is owed the money, as its letters name it: a formal
 * notice must identify the creditor.
 *
 * @example
 * ```ts
 * import type { Creditor } from '@tpe/dunning';
 *
 * const creditor: Creditor = {
 *   name: 'Atelier Lumière SARL',
 *   address: ['12 rue des Lilas', '69003 Lyon'],
 *   siren: '732829320',
 *   iban: 'FR7630006000011234567890189',
 * };
 * ```
 *
 * @category Messages
 * @since 0.1.0
 */
export interface Creditor {
  /** The name printed on letters. */
  readonly name: string;
  /** The lines of the postal address (at most 8). */
  readonly address?: readonly string[] | undefined;
  /** The address the customer may answer to. */
  readonly email?: string | undefined;
  /** The number the customer may call. */
  readonly phone?: string | undefined;
  /** The SIREN, 9 digits (spaces allowed), checked. */
  readonly siren?: string | undefined;
  /** The IBAN to pay to (spaces allowed), checked; printed in groups of four. */
  readonly iban?: string | undefined;
  /** The BIC of that account (spaces allowed), checked. */
  readonly bic?: string | undefined;
  /** Who signs, printed above the creditor's name: `Marie Durand, service comptabilité`. */
  readonly signature?: string | undefined;
}

/** The longest identifier read (an IBAN has at most 34 characters, printed with spaces 42). */
const MAX_IDENTIFIER_LENGTH = 64;

/** An identifier in its printed or compact form, checked once normalized. */
const identifier = (isValid: (value: unknown) => boolean, code: string, message: string) =>
  z
    .string()
    .max(MAX_IDENTIFIER_LENGTH)
    .check((context) => {
      const value = context.value;
      if (value.length <= MAX_IDENTIFIER_LENGTH && !isValid(normalizeIdentifier(value))) {
        context.issues.push({ code: 'custom', message, input: value, params: { code } });
      }
    });

/**
 * A zod schema for {@link Creditor}; unknown keys are refused, and the SIREN,
 * IBAN and BIC are checked (issue codes `invalid_siren`, `invalid_iban`,
 * `invalid_bic`).
 *
 * @example
 * ```ts
 * import { creditorSchema } from '@tpe/dunning';
 *
 * creditorSchema.safeParse({ name: 'Atelier Lumière SARL', siren: '732 829 320' }).success; // true
 * creditorSchema.safeParse({ name: 'Atelier Lumière SARL', siren: '732829321' }).success; // false
 * ```
 *
 * @category Messages
 * @since 0.1.0
 */
export const creditorSchema: z.ZodType<Creditor> = z.strictObject({
  name: reasonSchema,
  address: z.array(reasonSchema).max(MAX_ADDRESS_LINES).optional(),
  email: z.string().max(254).regex(EMAIL_PATTERN).optional(),
  phone: z.string().min(1).max(MAX_PHONE_LENGTH).optional(),
  siren: identifier(isValidSiren, 'invalid_siren', 'Not a valid SIREN').optional(),
  iban: identifier(isValidIban, 'invalid_iban', 'Not a valid IBAN').optional(),
  bic: identifier(isValidBic, 'invalid_bic', 'Not a valid BIC').optional(),
  signature: reasonSchema.optional(),
});
