import { decimalStringSchema, halfYearOf, isIsoDate, isoDateSchema, toEpochDay } from '@tpe/core';
import { z } from 'zod';

/**
 * The taux de l'intérêt légal of one half-year, in percent, in its two
 * categories (CMF L313-2, D313-1-A).
 *
 * @example
 * ```ts
 * import type { LegalInterestRateRow } from '@tpe/legal-fr';
 *
 * const row: LegalInterestRateRow = { from: '2026-01-01', to: '2026-06-30', particuliers: '6.67', autres: '2.62' };
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export interface LegalInterestRateRow {
  /** The first day of the half-year: `YYYY-01-01` or `YYYY-07-01`. */
  readonly from: string;
  /** The last day of the half-year: `YYYY-06-30` or `YYYY-12-31`. */
  readonly to: string;
  /** Claims of natural persons not acting for professional needs (the creditor is a private individual). */
  readonly particuliers: string;
  /** All other cases (the creditor is a business or a professional). */
  readonly autres: string;
}

/**
 * A dated table of the French legal interest rate per half-year, in the shape
 * of the table shipped in `data/legal-interest-rates.json`.
 *
 * **Gotchas**: the table ends with its last row; a date after it raises
 * `RATE_UNKNOWN` (the rate of the next half-year is published in June or
 * December by arrêté).
 *
 * @example
 * ```ts
 * import type { LegalInterestRateTable } from '@tpe/legal-fr';
 *
 * const table: LegalInterestRateTable = {
 *   source: 'Arrêté of 15 December 2025 (JORF 26 December 2025)',
 *   lastChecked: '2026-02-05',
 *   rows: [{ from: '2026-01-01', to: '2026-06-30', particuliers: '6.67', autres: '2.62' }],
 * };
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export interface LegalInterestRateTable {
  /** Where the figures come from. */
  readonly source: string;
  /** The day the figures were last checked against the source, `YYYY-MM-DD`. */
  readonly lastChecked: string;
  /** Free remarks on the figures. */
  readonly notes?: string | undefined;
  /** One row per half-year, consecutive, oldest first. */
  readonly rows: readonly LegalInterestRateRow[];
}

const legalRate = decimalStringSchema({
  maxDecimals: 4,
  maxIntegerDigits: 3,
  allowNegative: false,
});

const legalInterestRateRowSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  particuliers: legalRate,
  autres: legalRate,
});

/**
 * A zod schema for a {@link LegalInterestRateTable}: at least one row, each
 * row exactly one calendar half-year, rows consecutive. Issues carry the codes
 * `invalid_date`, `invalid_decimal`, `not_a_half_year` and
 * `rows_not_consecutive`.
 *
 * @example
 * ```ts
 * import { legalInterestRateTableSchema } from '@tpe/legal-fr';
 *
 * const row = { from: '2026-01-01', to: '2026-06-30', particuliers: '6.67', autres: '2.62' };
 * legalInterestRateTableSchema.safeParse({ source: 'JORF', lastChecked: '2026-02-05', rows: [row] })
 *   .success; // true
 * legalInterestRateTableSchema.safeParse({
 *   source: 'JORF',
 *   lastChecked: '2026-02-05',
 *   rows: [{ ...row, to: '2026-12-31' }],
 * }).success; // false
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export const legalInterestRateTableSchema: z.ZodType<LegalInterestRateTable> = z
  .object({
    source: z.string().min(1),
    lastChecked: isoDateSchema,
    notes: z.string().optional(),
    rows: z.array(legalInterestRateRowSchema).min(1),
  })
  .check((context) => {
    const { rows } = context.value;
    // Bad dates are already reported by their own schema.
    if (!rows.every((row) => isIsoDate(row.from) && isIsoDate(row.to))) return;
    let previousTo: string | undefined;
    rows.forEach((row, index) => {
      const halfYear = halfYearOf(row.from);
      if (row.from !== halfYear.start || row.to !== halfYear.end) {
        context.issues.push({
          code: 'custom',
          message: `Row ${index}: from/to must span exactly one half-year (1 January–30 June or 1 July–31 December)`,
          input: row,
          path: ['rows', index],
          params: { code: 'not_a_half_year' },
        });
      } else if (previousTo !== undefined && toEpochDay(row.from) - toEpochDay(previousTo) !== 1) {
        context.issues.push({
          code: 'custom',
          message: `Row ${index}: expected the half-year following the one ending ${previousTo}`,
          input: row.from,
          path: ['rows', index, 'from'],
          params: { code: 'rows_not_consecutive' },
        });
      }
      previousTo = row.to;
    });
  });
