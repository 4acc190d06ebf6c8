import { isoDateSchema } from '@tpe/core';
import {
  type CustomerKind,
  customerKindSchema,
  type HolidayRegion,
  holidayRegionSchema,
} from '@tpe/legal-fr';
import { z } from 'zod';
import {
  EMAIL_PATTERN,
  MAX_ADDRESS_LINES,
  MAX_GAP_DAYS,
  MAX_PHONE_LENGTH,
} from './internal/readCustomer.js';
import { reasonSchema, textIdSchema } from './internal/schemaParts.js';

/**
 * A collective insolvency procedure opened against a customer (C. com.
 * livre VI): from `openedOn`, reminders stop and the claim is to be declared
 * to the court-appointed representative (mandataire judiciaire).
 *
 * @example
 * ```ts
 * import type { CustomerInsolvency } from '@tpe/dunning';
 *
 * const procedure: CustomerInsolvency = { procedure: 'receivership', openedOn: '2026-06-03' };
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export interface CustomerInsolvency {
  /** Sauvegarde, redressement judiciaire or liquidation judiciaire. */
  readonly procedure: 'safeguard' | 'receivership' | 'liquidation';
  /** The day of the opening judgment, `YYYY-MM-DD`. */
  readonly openedOn: string;
}

/**
 * What a customer changes in its policy.
 *
 * @example
 * ```ts
 * import type { DunningCustomerOverrides } from '@tpe/dunning';
 *
 * const overrides: DunningCustomerOverrides = { minDaysBetweenMessages: 10 };
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export interface DunningCustomerOverrides {
  /** The least number of days between two messages to this customer (1–365), instead of the policy's. */
  readonly minDaysBetweenMessages?: number | undefined;
  /** Never dun this customer (a key account followed by hand, a related company). */
  readonly noDunning?: { readonly reason: string } | undefined;
}

/**
 * A customer as the dunning engine needs it: who it is for the law, how to
 * reach it, and which policy applies.
 *
 * @example
 * ```ts
 * import type { DunningCustomer } from '@tpe/dunning';
 *
 * const customer: DunningCustomer = {
 *   id: 'c-1',
 *   kind: 'business',
 *   name: 'Boulangerie Martin SARL',
 *   email: 'compta@boulangerie-martin.fr',
 *   calendarRegion: 'alsaceMoselle',
 * };
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export interface DunningCustomer {
  /** The customer's identifier in the caller's system; unique in an input. */
  readonly id: string;
  /** `business`, `consumer` or `publicBuyer`: decides penalties, indemnity and wording. */
  readonly kind: CustomerKind;
  /** The name printed on letters. */
  readonly name: string;
  /** Picks the list of levels in the policy; the customer's `kind` by default. */
  readonly segment?: string | undefined;
  /** The language of the messages; only `fr` is shipped, and is the default. */
  readonly language?: 'fr' | undefined;
  /** The address reminders by email go to. */
  readonly email?: string | undefined;
  /** The number for calls and SMS. */
  readonly phone?: string | undefined;
  /** The lines of the postal address, for letters (at most 8). */
  readonly postalAddress?: readonly string[] | undefined;
  /** A collective insolvency procedure, if one was opened. */
  readonly insolvency?: CustomerInsolvency | undefined;
  /** Whose public holidays move the sending dates; `national` by default. */
  readonly calendarRegion?: HolidayRegion | undefined;
  /** What this customer changes in its policy. */
  readonly overrides?: DunningCustomerOverrides | undefined;
}

/**
 * A zod schema for {@link DunningCustomer}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { dunningCustomerSchema } from '@tpe/dunning';
 *
 * dunningCustomerSchema.safeParse({ id: 'c-1', kind: 'consumer', name: 'Jeanne Durand' }).success; // true
 * dunningCustomerSchema.safeParse({ id: 'c-1', kind: 'company', name: 'Durand' }).success; // false
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export const dunningCustomerSchema: z.ZodType<DunningCustomer> = z.strictObject({
  id: textIdSchema,
  kind: customerKindSchema,
  name: reasonSchema,
  segment: textIdSchema.optional(),
  language: z.literal('fr').optional(),
  email: z.string().max(254).regex(EMAIL_PATTERN).optional(),
  phone: z.string().min(1).max(MAX_PHONE_LENGTH).optional(),
  postalAddress: z.array(reasonSchema).max(MAX_ADDRESS_LINES).optional(),
  insolvency: z
    .strictObject({
      procedure: z.enum(['safeguard', 'receivership', 'liquidation']),
      openedOn: isoDateSchema,
    })
    .optional(),
  calendarRegion: holidayRegionSchema.optional(),
  overrides: z
    .strictObject({
      minDaysBetweenMessages: z.int().min(1).max(MAX_GAP_DAYS).optional(),
      noDunning: z.strictObject({ reason: reasonSchema }).optional(),
    })
    .optional(),
});
