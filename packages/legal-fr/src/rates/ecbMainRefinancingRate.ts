import { formatScaledUnits, isoDateSchema, parseWithSchema, toEpochDay } from '@tpe/core';
import { z } from 'zod';
import type { TraceStep } from '../shared/TraceStep.js';
import type { EcbRateTable } from './ecbRateTableSchema.js';
import { ecbRowOnDay } from './internal/compiledTables.js';
import { resolveEcbTable } from './internal/preparedTables.js';

/**
 * Options of {@link ecbMainRefinancingRate}.
 *
 * @example
 * ```ts
 * import { DEFAULT_ECB_RATE_TABLE, ecbMainRefinancingRate } from '@tpe/legal-fr';
 *
 * ecbMainRefinancingRate('2026-03-01', { table: { ...DEFAULT_ECB_RATE_TABLE, validUntil: '2026-03-19' } }).rate; // '2.15'
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export interface EcbMainRefinancingRateOptions {
  /** A newer table; the shipped {@link DEFAULT_ECB_RATE_TABLE} by default. */
  readonly table?: EcbRateTable;
}

/**
 * The ECB main refinancing rate in force on a day.
 *
 * @example
 * ```ts
 * import { ecbMainRefinancingRate, type EcbMainRefinancingRate } from '@tpe/legal-fr';
 *
 * const { rate, since }: EcbMainRefinancingRate = ecbMainRefinancingRate('2025-07-01');
 * [rate, since]; // ['2.15', '2025-06-11']
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export interface EcbMainRefinancingRate {
  /** The rate in percent, e.g. `"2.15"`. */
  readonly rate: string;
  /** The day this rate took effect. */
  readonly since: string;
  /** How the rate was found. */
  readonly trace: readonly TraceStep[];
}

const inputSchema = z.object({
  date: isoDateSchema,
  options: z.strictObject({ table: z.unknown().optional() }),
});

/**
 * The rate of the ECB main refinancing operations (MRO) in force on a day,
 * with the day it took effect.
 *
 * **Details**: the rate of a day is the one of the last change effective on or
 * before it. The table is only trusted up to its `validUntil` (the shipped
 * table: 2026-02-05, the last decision checked): a later day raises
 * `RATE_UNKNOWN` instead of assuming that nothing changed.
 *
 * @param date - the day, `YYYY-MM-DD`
 * @param options - a newer table
 * @returns the rate in percent, its effective date and a trace
 * @throws {@link TpeError} `INVALID_INPUT` for a bad date or table;
 *   `RATE_UNKNOWN` for a day before the first row or after `validUntil`
 *   (`details.table: 'ecbMainRefinancingRates'`, `details.lastKnownDate`)
 *
 * @example
 * ```ts
 * import { ecbMainRefinancingRate } from '@tpe/legal-fr';
 *
 * ecbMainRefinancingRate('2026-01-01'); // { rate: '2.15', since: '2025-06-11', trace: [...] }
 * ecbMainRefinancingRate('2022-07-26').rate; // '0.00'
 * ecbMainRefinancingRate('2022-07-27').rate; // '0.50'
 * ecbMainRefinancingRate('2026-07-01'); // throws TpeError RATE_UNKNOWN
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export function ecbMainRefinancingRate(
  date: string,
  options: EcbMainRefinancingRateOptions = {},
): EcbMainRefinancingRate {
  const input = parseWithSchema(inputSchema, { date, options });
  const compiled = resolveEcbTable(input.options.table);
  const row = ecbRowOnDay(compiled, toEpochDay(input.date), input.date);
  const rate = formatScaledUnits(compiled.units[row] as number, compiled.scale);
  const since = compiled.table.rows[row]?.effectiveDate ?? '';
  return {
    rate,
    since,
    trace: [
      {
        rule: 'ecbMainRefinancingRate',
        message: `ECB main refinancing rate on ${input.date}: ${rate} % (in force since ${since}; table checked ${compiled.table.lastChecked})`,
        values: { date: input.date, rate, since, lastChecked: compiled.table.lastChecked },
      },
    ],
  };
}
