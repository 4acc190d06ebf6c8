import { formatScaledUnits, isoDateSchema, parseWithSchema, toEpochDay } from '@tpe/core';
import { z } from 'zod';
import { halfYearIndexOfDay, halfYearStartDate } from '../rates/internal/halfYears.js';
import {
  type PreparedRateTables,
  type RateTables,
  rateTablesOptionSchema,
  tablesFromOption,
} from '../rates/internal/preparedTables.js';
import type { TraceStep } from '../shared/TraceStep.js';
import { penaltyRateForHalfYear, penaltyRateStep } from './internal/penaltyRules.js';
import { readLatePenaltyRateInput } from './internal/readLatePenaltyRateInput.js';

/**
 * The statutory late-payment regimes: `b2bDefault` (ECB + 10 points,
 * C. com. L441-10 II) and `publicBuyer` (ECB + 8 points, CCP R2192-31).
 *
 * @example
 * ```ts
 * import type { LatePenaltyRegime } from '@tpe/legal-fr';
 *
 * const regime: LatePenaltyRegime = 'publicBuyer';
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export type LatePenaltyRegime = 'b2bDefault' | 'publicBuyer';

/**
 * Input of {@link latePenaltyRate}.
 *
 * @example
 * ```ts
 * import type { LatePenaltyRateInput } from '@tpe/legal-fr';
 *
 * const input: LatePenaltyRateInput = { date: '2026-03-16', regime: 'publicBuyer' };
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export interface LatePenaltyRateInput {
  /**
   * A day of delay, `YYYY-MM-DD`: its half-year decides the rate. For
   * `publicBuyer`, pass the day interest started to run (the day after the
   * end of the payment term): the rate then applies to the whole delay.
   */
  readonly date: string;
  /**
   * `b2bDefault`: the legal B2B rate when the contract sets none (ECB + 10
   * points); `publicBuyer`: moratory interest of public buyers (ECB + 8 points).
   */
  readonly regime: LatePenaltyRegime;
  /** Newer rate tables (plain or from {@link prepareRateTables}). */
  readonly tables?: RateTables | PreparedRateTables | undefined;
}

/**
 * A statutory late-payment rate and where it comes from.
 *
 * @example
 * ```ts
 * import { latePenaltyRate, type LatePenaltyRate } from '@tpe/legal-fr';
 *
 * const rate: LatePenaltyRate = latePenaltyRate({ date: '2025-09-01', regime: 'b2bDefault' });
 * rate.rate; // '12.15'
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export interface LatePenaltyRate {
  /** The annual rate in percent, e.g. `"12.15"`. */
  readonly rate: string;
  /** The ECB main refinancing rate used, in percent, e.g. `"2.15"`. */
  readonly referenceRate: string;
  /** The day the ECB rate was read: 1 January or 1 July. */
  readonly referenceDate: string;
  /** The day that ECB rate took effect. */
  readonly referenceRateSince: string;
  /** The points added: `"10"` or `"8"`. */
  readonly margin: string;
  /** How the rate was found. */
  readonly trace: readonly TraceStep[];
}

/**
 * A zod schema for {@link LatePenaltyRateInput}.
 *
 * @example
 * ```ts
 * import { latePenaltyRateInputSchema } from '@tpe/legal-fr';
 *
 * latePenaltyRateInputSchema.safeParse({ date: '2026-03-16', regime: 'b2bDefault' }).success; // true
 * latePenaltyRateInputSchema.safeParse({ date: '2026-03-16', regime: 'b2c' }).success; // false
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export const latePenaltyRateInputSchema = z.strictObject({
  date: isoDateSchema,
  regime: z.enum(['b2bDefault', 'publicBuyer']),
  tables: rateTablesOptionSchema.optional(),
});

/**
 * The statutory late-payment interest rate of the half-year a day falls in:
 * the ECB main refinancing rate in force on 1 January (first half-year) or
 * 1 July (second half-year), plus 10 points between businesses or 8 points
 * for public buyers.
 *
 * **Details**: the rate is fixed for a whole half-year, even when the ECB
 * changes its rate during it: the hike of 2022-07-27 does not reach 2022 H2
 * (0.00 % on 2022-07-01 → 10.00 %). Computed from 2013-01-01 on (half-year
 * fixing of loi n° 2012-387, +8 points of décret n° 2013-269).
 *
 * **Gotchas**: the 1 July rate of 2026 is after the shipped ECB table's
 * `validUntil` (2026-02-05): a day of 2026 H2 raises `RATE_UNKNOWN` until a
 * table confirmed up to 1 July 2026 is supplied. A rate stipulated in the
 * contract replaces the B2B default; check it with
 * {@link checkContractualPenaltyRate}.
 *
 * @param input - the day, the regime and optional newer tables
 * @returns the rate, the ECB rate and its dates, and a trace
 * @throws {@link TpeError} `INVALID_INPUT` for a bad date, an unknown regime
 *   or a day before 2013; `RATE_UNKNOWN` when the ECB table does not cover
 *   the reference date (`details.table: 'ecbMainRefinancingRates'`)
 *
 * @example
 * ```ts
 * import { latePenaltyRate } from '@tpe/legal-fr';
 *
 * latePenaltyRate({ date: '2026-03-16', regime: 'b2bDefault' });
 * // { rate: '12.15', referenceRate: '2.15', referenceDate: '2026-01-01',
 * //   referenceRateSince: '2025-06-11', margin: '10', trace: [...] }
 * latePenaltyRate({ date: '2024-03-01', regime: 'publicBuyer' }).rate; // '12.50'
 * latePenaltyRate({ date: '2022-12-31', regime: 'b2bDefault' }).rate; // '10.00'
 * latePenaltyRate({ date: '2026-07-01', regime: 'b2bDefault' }); // throws TpeError RATE_UNKNOWN
 * ```
 *
 * @see C. com. L441-10 II (B2B); CCP R2192-31 and décret n° 2013-269 (public buyers)
 * @category Penalties
 * @since 0.1.0
 */
export function latePenaltyRate(input: LatePenaltyRateInput): LatePenaltyRate {
  const parsed =
    readLatePenaltyRateInput(input) ?? parseWithSchema(latePenaltyRateInputSchema, input);
  const { ecb } = tablesFromOption(parsed.tables);
  const halfYear = halfYearIndexOfDay(toEpochDay(parsed.date));
  const rate = penaltyRateForHalfYear(ecb, parsed.regime, halfYear, ['date']);
  const step = penaltyRateStep(ecb, parsed.regime, rate, '');
  return {
    rate: formatScaledUnits(rate.units, rate.scale),
    referenceRate: formatScaledUnits(ecb.units[rate.row] as number, ecb.scale),
    referenceDate: halfYearStartDate(halfYear),
    referenceRateSince: ecb.table.rows[rate.row]?.effectiveDate ?? '',
    margin: parsed.regime === 'b2bDefault' ? '10' : '8',
    trace: [step],
  };
}
