import { z } from 'zod';
import type { IsoDate } from '../calendar/IsoDate.js';
import { isIsoDate } from '../calendar/IsoDate.js';

/**
 * A zod schema for a real calendar date `YYYY-MM-DD`; the output is typed
 * {@link IsoDate}. Issues carry the code `invalid_date` (or `invalid_type`).
 *
 * @example
 * ```ts
 * import { isoDateSchema } from '@tpe/core';
 *
 * isoDateSchema.parse('2026-11-27'); // '2026-11-27'
 * isoDateSchema.safeParse('2026-02-30').success; // false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const isoDateSchema: z.ZodType<IsoDate, string> = z
  .string()
  .check((context) => {
    if (!isIsoDate(context.value)) {
      context.issues.push({
        code: 'custom',
        message: `Not a calendar date YYYY-MM-DD: ${JSON.stringify(context.value.slice(0, 40))}`,
        input: context.value,
        params: { code: 'invalid_date' },
      });
    }
  })
  .transform((value) => value as IsoDate);
