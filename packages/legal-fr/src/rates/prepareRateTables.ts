import { parseWithSchema } from '@tpe/core';
import {
  PreparedRateTables,
  type RateTables,
  rateTablesSchema,
  tablesFromOption,
} from './internal/preparedTables.js';

export type { PreparedRateTables, RateTables } from './internal/preparedTables.js';
export { rateTablesSchema } from './internal/preparedTables.js';

/**
 * Validates rate tables once and indexes them by day, for many computations
 * with the same newer tables.
 *
 * **When to use**: every function taking a `tables` option accepts plain
 * {@link RateTables} (validated on each call) or the result of this function
 * (validated once). Pass it when computing penalties for a whole ledger with
 * tables newer than the shipped ones.
 *
 * **Details**: a table left out is the one shipped with the library
 * ({@link DEFAULT_ECB_RATE_TABLE}, {@link DEFAULT_LEGAL_INTEREST_RATE_TABLE}).
 * The result is frozen.
 *
 * @param tables - either or both tables
 * @returns the prepared tables
 * @throws {@link TpeError} `INVALID_INPUT` for a malformed table (issues name
 *   the path, e.g. `ecbMainRefinancingRates.rows.3.rate`)
 *
 * @example
 * ```ts
 * import { DEFAULT_ECB_RATE_TABLE, latePenaltyRate, prepareRateTables } from '@tpe/legal-fr';
 *
 * const tables = prepareRateTables({
 *   ecbMainRefinancingRates: { ...DEFAULT_ECB_RATE_TABLE, validUntil: '2026-07-01' },
 * });
 * latePenaltyRate({ date: '2026-07-15', regime: 'b2bDefault', tables }).rate; // '12.15'
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export function prepareRateTables(tables: RateTables = {}): PreparedRateTables {
  return new PreparedRateTables(tablesFromOption(parseWithSchema(rateTablesSchema, tables)));
}
