import { decimalStringSchema, isIsoDate, isoDateSchema, toEpochDay } from '@tpe/core';
import { z } from 'zod';

/**
 * One change of the ECB main refinancing operations (MRO) rate: the date it
 * took effect and the new rate, in percent (`"2.15"` = 2.15 %).
 *
 * @example
 * ```ts
 * import type { EcbRateRow } from '@tpe/legal-fr';
 *
 * const row: EcbRateRow = { effectiveDate: '2025-06-11', rate: '2.15' };
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export interface EcbRateRow {
  /** The day the rate took effect, `YYYY-MM-DD`. */
  readonly effectiveDate: string;
  /** The MRO rate in percent, a decimal string (up to 4 decimals, may be negative). */
  readonly rate: string;
}

/**
 * A dated table of the ECB main refinancing operations rate, in the shape of
 * the table shipped in `data/ecb-mro-rates.json`.
 *
 * **Gotchas**: `validUntil` is the last day the table is known to be right
 * (the date of the last Governing Council decision checked). A rate is never
 * extrapolated past it: a later date raises `RATE_UNKNOWN`.
 *
 * @example
 * ```ts
 * import type { EcbRateTable } from '@tpe/legal-fr';
 *
 * const table: EcbRateTable = {
 *   source: 'ECB press release of 2026-03-19',
 *   lastChecked: '2026-03-19',
 *   validUntil: '2026-03-19',
 *   rows: [
 *     { effectiveDate: '2025-06-11', rate: '2.15' },
 *     { effectiveDate: '2026-03-25', rate: '1.90' },
 *   ],
 * };
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export interface EcbRateTable {
  /** Where the figures come from. */
  readonly source: string;
  /** The day the figures were last checked against the source, `YYYY-MM-DD`. */
  readonly lastChecked: string;
  /** The last day the table is known to be right, `YYYY-MM-DD`. */
  readonly validUntil: string;
  /** Free remarks on the figures. */
  readonly notes?: string | undefined;
  /** The rate changes, in strictly increasing order of `effectiveDate`. */
  readonly rows: readonly EcbRateRow[];
}

const ecbRateRowSchema = z.object({
  effectiveDate: isoDateSchema,
  rate: decimalStringSchema({ maxDecimals: 4, maxIntegerDigits: 2, allowNegative: true }),
});

/**
 * A zod schema for an {@link EcbRateTable}: at least one row, effective dates
 * strictly increasing, `validUntil` not before the last change. Issues carry
 * the codes `invalid_date`, `invalid_decimal`, `too_many_decimals`,
 * `rows_not_increasing` and `valid_until_before_last_row`.
 *
 * @example
 * ```ts
 * import { ecbRateTableSchema } from '@tpe/legal-fr';
 *
 * ecbRateTableSchema.safeParse({
 *   source: 'ECB',
 *   lastChecked: '2026-02-05',
 *   validUntil: '2026-02-05',
 *   rows: [{ effectiveDate: '2025-06-11', rate: '2.15' }],
 * }).success; // true
 * ecbRateTableSchema.safeParse({ source: 'ECB', lastChecked: '2026-02-05', validUntil: '2026-02-05', rows: [] })
 *   .success; // false
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export const ecbRateTableSchema: z.ZodType<EcbRateTable> = z
  .object({
    source: z.string().min(1),
    lastChecked: isoDateSchema,
    validUntil: isoDateSchema,
    notes: z.string().optional(),
    rows: z.array(ecbRateRowSchema).min(1),
  })
  .check((context) => {
    const { rows, validUntil } = context.value;
    // Bad dates are already reported by their own schema.
    if (!isIsoDate(validUntil) || !rows.every((row) => isIsoDate(row.effectiveDate))) return;
    let previous = Number.NEGATIVE_INFINITY;
    rows.forEach((row, index) => {
      const day = toEpochDay(row.effectiveDate);
      if (day <= previous) {
        context.issues.push({
          code: 'custom',
          message: `Row ${index}: effective dates must be strictly increasing`,
          input: row.effectiveDate,
          path: ['rows', index, 'effectiveDate'],
          params: { code: 'rows_not_increasing' },
        });
      }
      previous = day;
    });
    if (toEpochDay(validUntil) < previous) {
      context.issues.push({
        code: 'custom',
        message: 'validUntil is before the last rate change of the table',
        input: validUntil,
        path: ['validUntil'],
        params: { code: 'valid_until_before_last_row' },
      });
    }
  });
