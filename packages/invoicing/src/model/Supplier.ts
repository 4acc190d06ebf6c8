import { type PaymentTerm, paymentTermSchema } from '@tpe/legal-fr';
import { z } from 'zod';
import { checkPartyIdentifiers, emailSchema, idSchema, nameSchema } from '../internal/fields.js';
import { type Address, addressSchema } from './Address.js';
import { establishmentShape } from './internal/establishmentShape.js';

/**
 * A supplier: the seller of the purchase documents (supplier orders, goods
 * receipts, supplier invoices).
 *
 * @example
 * ```ts
 * import type { Supplier } from '@tpe/invoicing';
 *
 * const supplier: Supplier = {
 *   id: 'S-001',
 *   name: 'Grossiste SA',
 *   countryCode: 'FR',
 *   address: { lines: ['5 quai Perrache'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' },
 * };
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export interface Supplier {
  /** The caller's id of the supplier, 1 to 64 characters. */
  readonly id: string;
  /** Name. */
  readonly name: string;
  /** ISO 3166-1 alpha-2 country of establishment. */
  readonly countryCode: string;
  /** SIREN, checked. */
  readonly siren?: string | undefined;
  /** SIRET, checked; starts with the SIREN. */
  readonly siret?: string | undefined;
  /** VAT number, compact, checked. */
  readonly vatNumber?: string | undefined;
  /** Postal address. */
  readonly address: Address;
  /** The payment term agreed with the supplier. */
  readonly paymentTerm?: PaymentTerm | undefined;
  /** E-mail address. */
  readonly email?: string | undefined;
}

/**
 * A zod schema for {@link Supplier}; unknown keys are refused, identifiers
 * checked as in {@link sellerSchema}.
 *
 * @example
 * ```ts
 * import { supplierSchema } from '@tpe/invoicing';
 *
 * const address = { lines: ['5 quai Perrache'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' };
 * supplierSchema.safeParse({ id: 'S-001', name: 'Grossiste SA', countryCode: 'FR', address }).success; // true
 * supplierSchema.safeParse({ id: 'S-001', name: 'Grossiste SA', countryCode: 'FR', address, vatNumber: 'FR45732829320' }).success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const supplierSchema: z.ZodType<Supplier> = z
  .strictObject({
    id: idSchema,
    name: nameSchema,
    ...establishmentShape,
    address: addressSchema,
    paymentTerm: paymentTermSchema.optional(),
    email: emailSchema.optional(),
  })
  .check(checkPartyIdentifiers);
