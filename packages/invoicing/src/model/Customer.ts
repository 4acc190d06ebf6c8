import {
  type CustomerKind,
  customerKindSchema,
  type PaymentTerm,
  type PublicBuyerCategory,
  paymentTermSchema,
  publicBuyerCategorySchema,
} from '@tpe/legal-fr';
import { z } from 'zod';
import { checkPartyIdentifiers, emailSchema, idSchema, nameSchema } from '../internal/fields.js';
import { type Address, addressSchema } from './Address.js';
import { establishmentShape } from './internal/establishmentShape.js';

/**
 * A customer (EN 16931 BG-7): a business, a consumer or a public buyer, with
 * its identifiers, addresses and default payment term.
 *
 * @example
 * ```ts
 * import type { Customer } from '@tpe/invoicing';
 *
 * const customer: Customer = {
 *   id: 'C-001',
 *   kind: 'business',
 *   name: 'Client SAS',
 *   countryCode: 'FR',
 *   siren: '542065479',
 *   billingAddress: { lines: ['3 place Bellecour'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' },
 *   paymentTerm: { kind: 'netDays', days: 30, from: 'issue' },
 * };
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export interface Customer {
  /** The caller's id of the customer (BT-46), 1 to 64 characters. */
  readonly id: string;
  /** Professional buyer, consumer or public buyer: decides terms, penalties and mentions. */
  readonly kind: CustomerKind;
  /** Name (BT-44). */
  readonly name: string;
  /** ISO 3166-1 alpha-2 country of establishment. */
  readonly countryCode: string;
  /** SIREN, checked (BT-47). */
  readonly siren?: string | undefined;
  /** SIRET, checked; starts with the SIREN. */
  readonly siret?: string | undefined;
  /** VAT number, compact, checked (BT-48). */
  readonly vatNumber?: string | undefined;
  /** The address invoices are made out to (BG-8). */
  readonly billingAddress: Address;
  /** Where goods are delivered, when elsewhere (BG-15). */
  readonly deliveryAddress?: Address | undefined;
  /** The payment term agreed with the customer, used by default on its invoices. */
  readonly paymentTerm?: PaymentTerm | undefined;
  /** The caller's dunning segment (reminder calendar) for this customer. */
  readonly dunningSegment?: string | undefined;
  /** E-mail address (BT-58). */
  readonly email?: string | undefined;
  /** For a public buyer: service code, legal engagement number and category. */
  readonly publicBuyer?:
    | {
        readonly serviceCode?: string | undefined;
        readonly engagementNumber?: string | undefined;
        readonly category?: PublicBuyerCategory | undefined;
      }
    | undefined;
}

/**
 * A zod schema for {@link Customer}; unknown keys are refused, identifiers
 * checked as in {@link sellerSchema}.
 *
 * @example
 * ```ts
 * import { customerSchema } from '@tpe/invoicing';
 *
 * const billingAddress = { lines: ['3 place Bellecour'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' };
 * customerSchema.safeParse({ id: 'C-001', kind: 'consumer', name: 'Jeanne Martin', countryCode: 'FR', billingAddress }).success; // true
 * customerSchema.safeParse({ id: 'C-001', kind: 'company', name: 'Client SAS', countryCode: 'FR', billingAddress }).success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const customerSchema: z.ZodType<Customer> = z
  .strictObject({
    id: idSchema,
    kind: customerKindSchema,
    name: nameSchema,
    ...establishmentShape,
    billingAddress: addressSchema,
    deliveryAddress: addressSchema.optional(),
    paymentTerm: paymentTermSchema.optional(),
    dunningSegment: idSchema.optional(),
    email: emailSchema.optional(),
    publicBuyer: z
      .strictObject({
        serviceCode: idSchema.optional(),
        engagementNumber: idSchema.optional(),
        category: publicBuyerCategorySchema.optional(),
      })
      .optional(),
  })
  .check(checkPartyIdentifiers);
