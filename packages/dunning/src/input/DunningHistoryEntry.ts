import { isoDateSchema } from '@tpe/core';
import { z } from 'zod';
import { type DunningChannel, dunningChannelSchema } from './DunningChannel.js';
import { MAX_LEVELS, MAX_RECEIVABLES_PER_ENTRY } from './internal/readHistoryEntry.js';
import { textIdSchema } from './internal/schemaParts.js';

/**
 * What a recorded action was:
 *
 * - `reminder` (default): a message of one of the policy's levels;
 * - `handOver`: the file was handed over after the last level (collection
 *   agency, injonction de payer);
 * - `claimDeclaration`: the claim was declared in an insolvency procedure.
 *
 * @example
 * ```ts
 * import type { DunningHistoryKind } from '@tpe/dunning';
 *
 * const kind: DunningHistoryKind = 'handOver';
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export type DunningHistoryKind = 'reminder' | 'handOver' | 'claimDeclaration';

/**
 * One action already carried out: a reminder sent, a call made, a file
 * handed over. The engine dates each next level from these actual dates, so
 * record what was really done and when (see `recordAction`).
 *
 * @example
 * ```ts
 * import type { DunningHistoryEntry } from '@tpe/dunning';
 *
 * const sent: DunningHistoryEntry = {
 *   customerId: 'c-1',
 *   receivableIds: ['inv-2026-0042'],
 *   level: 0,
 *   channel: 'email',
 *   sentOn: '2026-03-23',
 * };
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export interface DunningHistoryEntry {
  /** The customer it was addressed to. */
  readonly customerId: string;
  /** The receivables it was about (at least one). */
  readonly receivableIds: readonly string[];
  /**
   * The index of the level in the policy's list of the customer's segment
   * (0-based); for a `handOver` or a `claimDeclaration`, the number of levels
   * of that list.
   */
  readonly level: number;
  /** How it was done. */
  readonly channel: DunningChannel;
  /** The day it was actually done, `YYYY-MM-DD`. */
  readonly sentOn: string;
  /** The id of the planned action it records, if it came from one. */
  readonly actionId?: string | undefined;
  /** `reminder` by default. */
  readonly kind?: DunningHistoryKind | undefined;
}

/**
 * A zod schema for {@link DunningHistoryEntry}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { dunningHistoryEntrySchema } from '@tpe/dunning';
 *
 * const entry = { customerId: 'c-1', receivableIds: ['inv-1'], level: 0, channel: 'email', sentOn: '2026-03-23' };
 * dunningHistoryEntrySchema.safeParse(entry).success; // true
 * dunningHistoryEntrySchema.safeParse({ ...entry, level: -1 }).success; // false
 * ```
 *
 * @category Input
 * @since 0.1.0
 */
export const dunningHistoryEntrySchema: z.ZodType<DunningHistoryEntry> = z.strictObject({
  customerId: textIdSchema,
  receivableIds: z.array(textIdSchema).min(1).max(MAX_RECEIVABLES_PER_ENTRY),
  level: z.int().min(0).max(MAX_LEVELS),
  channel: dunningChannelSchema,
  sentOn: isoDateSchema,
  actionId: textIdSchema.optional(),
  kind: z.enum(['reminder', 'handOver', 'claimDeclaration']).optional(),
});
