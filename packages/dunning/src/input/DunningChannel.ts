import { z } from 'zod';

/**
 * How a dunning action is carried out:
 *
 * - `email`, `letter`, `registeredLetter` (lettre recommandée avec accusé de
 *   réception, the usual way to serve a formal notice), `sms`: a message
 *   sent to the customer;
 * - `phoneCall`: a call to make, with the message as a script;
 * - `task`: work for a person (hand the file to a collection agency, file an
 *   injonction de payer, declare the claim in an insolvency procedure).
 *
 * @example
 * ```ts
 * import type { DunningChannel } from '@tpe/dunning';
 *
 * const channel: DunningChannel = 'registeredLetter';
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export type DunningChannel = 'email' | 'letter' | 'registeredLetter' | 'phoneCall' | 'sms' | 'task';

/**
 * A zod schema for {@link DunningChannel}.
 *
 * @example
 * ```ts
 * import { dunningChannelSchema } from '@tpe/dunning';
 *
 * dunningChannelSchema.safeParse('email').success; // true
 * dunningChannelSchema.safeParse('fax').success; // false
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export const dunningChannelSchema: z.ZodType<DunningChannel> = z.enum([
  'email',
  'letter',
  'registeredLetter',
  'phoneCall',
  'sms',
  'task',
]);
