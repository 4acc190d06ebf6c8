import { z } from 'zod';

/**
 * Who owes the money, as French law distinguishes it:
 *
 * - `business`: a professional buyer (C. com. L441-10: late-payment penalties
 *   and the 40 € recovery indemnity);
 * - `consumer`: a private individual (C. consom.; C. civ. 1231-6 legal interest
 *   after a formal notice, no indemnity);
 * - `publicBuyer`: the State, a local authority, a hospital… (Code de la
 *   commande publique: moratory interest and the 40 € indemnity).
 *
 * @example
 * ```ts
 * import { customerKindSchema, type CustomerKind } from '@tpe/legal-fr';
 *
 * const kind: CustomerKind = customerKindSchema.parse('publicBuyer');
 * ```
 *
 * @category Parties
 * @since 0.1.0
 */
export type CustomerKind = 'business' | 'consumer' | 'publicBuyer';

const KINDS = ['business', 'consumer', 'publicBuyer'] as const satisfies readonly CustomerKind[];

/**
 * A zod schema for {@link CustomerKind}.
 *
 * @example
 * ```ts
 * import { customerKindSchema } from '@tpe/legal-fr';
 *
 * customerKindSchema.safeParse('company').success; // false
 * ```
 *
 * @category Parties
 * @since 0.1.0
 */
export const customerKindSchema: z.ZodType<CustomerKind> = z.enum(KINDS);

/** The kinds of customer, for the readers that check them without zod. */
export const CUSTOMER_KINDS: ReadonlySet<unknown> = new Set(KINDS);
