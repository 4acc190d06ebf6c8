import { compareDates, isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { dunningChannelSchema } from '../input/DunningChannel.js';
import type { DunningHistoryEntry } from '../input/DunningHistoryEntry.js';
import { invalidAt } from '../input/internal/inputErrors.js';
import { textIdSchema } from '../input/internal/schemaParts.js';
import type { DunningAction } from './DunningAction.js';
import { historyEntryOf } from './internal/historyEntryOf.js';

/**
 * Options of {@link recordAction}.
 *
 * @example
 * ```ts
 * import type { RecordActionOptions } from '@tpe/dunning';
 *
 * const options: RecordActionOptions = { sentOn: '2026-04-08' };
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export interface RecordActionOptions {
  /** The day the action was actually carried out, `YYYY-MM-DD`: its planned day or later. */
  readonly sentOn: string;
}

/** The parts of an action and of the options that a record needs. */
const recordInputSchema = z.object({
  history: z.array(z.unknown()),
  action: z.object({
    id: textIdSchema,
    kind: z.enum(['reminder', 'handOver', 'claimDeclaration']),
    date: isoDateSchema,
    customerId: textIdSchema,
    level: z.int().min(0),
    channel: dunningChannelSchema,
    receivables: z.array(z.object({ receivableId: textIdSchema })).min(1),
  }),
  options: z.strictObject({ sentOn: isoDateSchema }),
});

/**
 * Adds a carried-out action to a history: the next plan dates the
 * following level from `sentOn`, the day it was really done (a letter
 * planned on Monday and posted on Wednesday counts from Wednesday).
 *
 * @param history - the history so far (not changed)
 * @param action - an action of {@link planDunning} or `forecastDunning`
 * @param options - `sentOn`, the day it was done
 * @returns a new history: the entries given, then the new one
 * @throws {@link TpeError} `INVALID_INPUT` for a malformed action or date,
 *   or `sentOn` before the action's day (`sent_before_planned`)
 *
 * @example
 * ```ts
 * import { recordAction, type DunningAction } from '@tpe/dunning';
 *
 * const action = {
 *   id: '2026-04-07/c-1/firstReminder',
 *   kind: 'reminder',
 *   date: '2026-04-07',
 *   customerId: 'c-1',
 *   level: 1,
 *   channel: 'email',
 *   receivables: [{ receivableId: 'inv-1' }],
 * } as unknown as DunningAction;
 * recordAction([], action, { sentOn: '2026-04-08' });
 * // [{ customerId: 'c-1', receivableIds: ['inv-1'], level: 1, channel: 'email', sentOn: '2026-04-08',
 * //    actionId: '2026-04-07/c-1/firstReminder', kind: 'reminder' }]
 * recordAction([], action, { sentOn: '2026-04-06' }); // throws TpeError INVALID_INPUT
 * ```
 *
 * @category Plan
 * @since 0.1.0
 */
export function recordAction(
  history: readonly DunningHistoryEntry[],
  action: DunningAction,
  options: RecordActionOptions,
): readonly DunningHistoryEntry[] {
  const checked = parseWithSchema(recordInputSchema, { history, action, options });
  if (compareDates(checked.options.sentOn, checked.action.date) < 0) {
    throw invalidAt(
      ['options', 'sentOn'],
      'sent_before_planned',
      `An action planned on ${checked.action.date} cannot be carried out on ${checked.options.sentOn}`,
    );
  }
  return [...history, historyEntryOf(action, checked.options.sentOn)];
}
