import { z } from 'zod';
import { countryCodeSchema } from '../internal/fields.js';

/**
 * A postal address (EN 16931 BG-5, BG-8, BG-15): one to three street lines,
 * postal code, city, country and, where used, the subdivision (region,
 * county).
 *
 * @example
 * ```ts
 * import type { Address } from '@tpe/invoicing';
 *
 * const address: Address = {
 *   lines: ['12 rue des Lilas'],
 *   postalCode: '69003',
 *   city: 'Lyon',
 *   countryCode: 'FR',
 * };
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export interface Address {
  /** The street lines, one to three (BT-35, BT-36, BT-162), each 1 to 200 characters. */
  readonly lines: readonly string[];
  /** The postal code (BT-38); may be empty in countries without one. */
  readonly postalCode: string;
  /** The city (BT-37). */
  readonly city: string;
  /** ISO 3166-1 alpha-2 country code in capitals (BT-40), e.g. `"FR"`. */
  readonly countryCode: string;
  /** Region, county or state (BT-39). */
  readonly subdivision?: string | undefined;
}

/**
 * A zod schema for {@link Address}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { addressSchema } from '@tpe/invoicing';
 *
 * addressSchema.safeParse({ lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }).success; // true
 * addressSchema.safeParse({ lines: [], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }).success; // false
 * addressSchema.safeParse({ lines: ['1 rue'], postalCode: '69003', city: 'Lyon', countryCode: 'fr' }).success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const addressSchema: z.ZodType<Address> = z.strictObject({
  lines: z.array(z.string().min(1).max(200)).min(1).max(3),
  postalCode: z.string().max(16),
  city: z.string().min(1).max(200),
  countryCode: countryCodeSchema,
  subdivision: z.string().min(1).max(200).optional(),
});
