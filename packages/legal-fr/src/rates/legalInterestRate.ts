import { formatScaledUnits, isoDateSchema, parseWithSchema, toEpochDay } from '@tpe/core';
import { z } from 'zod';
import type { TraceStep } from '../shared/TraceStep.js';
import { legalRowForHalfYear } from './internal/compiledTables.js';
import { halfYearIndexOfDay } from './internal/halfYears.js';
import { resolveLegalTable } from './internal/preparedTables.js';
import type { LegalInterestRateTable } from './legalInterestRateTableSchema.js';

/**
 * Who holds the claim, which decides the category of the legal interest rate:
 * `individual` (a natural person not acting for professional needs: the
 * "particuliers" rate) or `professional` (every other case: the "autres"
 * rate, also when a business claims interest from a consumer).
 *
 * @example
 * ```ts
 * import { legalInterestRate, type LegalRateCreditor } from '@tpe/legal-fr';
 *
 * const creditor: LegalRateCreditor = 'professional';
 * legalInterestRate('2026-03-16', creditor).rate; // '2.62'
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export type LegalRateCreditor = 'individual' | 'professional';

/**
 * Options of {@link legalInterestRate}.
 *
 * @example
 * ```ts
 * import { DEFAULT_LEGAL_INTEREST_RATE_TABLE, legalInterestRate } from '@tpe/legal-fr';
 *
 * legalInterestRate('2026-03-16', 'individual', { table: DEFAULT_LEGAL_INTEREST_RATE_TABLE }).rate; // '6.67'
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export interface LegalInterestRateOptions {
  /** A newer table; the shipped {@link DEFAULT_LEGAL_INTEREST_RATE_TABLE} by default. */
  readonly table?: LegalInterestRateTable;
}

/**
 * The legal interest rate of a half-year for one category of creditor.
 *
 * @example
 * ```ts
 * import { legalInterestRate, type LegalInterestRate } from '@tpe/legal-fr';
 *
 * const rate: LegalInterestRate = legalInterestRate('2025-01-15', 'professional');
 * rate.from; // '2025-01-01'
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export interface LegalInterestRate {
  /** The rate in percent, e.g. `"2.62"`. */
  readonly rate: string;
  /** The column of the arrêté: `particuliers` or `autres`. */
  readonly category: 'particuliers' | 'autres';
  /** The first day of the half-year. */
  readonly from: string;
  /** The last day of the half-year. */
  readonly to: string;
  /** How the rate was found. */
  readonly trace: readonly TraceStep[];
}

const inputSchema = z.object({
  date: isoDateSchema,
  creditor: z.enum(['individual', 'professional']),
  options: z.strictObject({ table: z.unknown().optional() }),
});

/**
 * The taux de l'intérêt légal of the half-year a day falls in, in the category
 * of the creditor.
 *
 * **Gotchas**: the category depends on the **creditor**, not the debtor: a
 * business claiming interest from a consumer uses the lower `professional`
 * ("tous les autres cas") rate. The rate of 2026 H2 is not in the shipped
 * table: a day after 2026-06-30 raises `RATE_UNKNOWN` until a newer table is
 * supplied.
 *
 * @param date - any day of the half-year, `YYYY-MM-DD`
 * @param creditor - `individual` or `professional`
 * @param options - a newer table
 * @returns the rate in percent, its category and half-year, and a trace
 * @throws {@link TpeError} `INVALID_INPUT` for a bad date, creditor or table;
 *   `RATE_UNKNOWN` outside the table (`details.table: 'legalInterestRates'`,
 *   `details.lastKnownDate`)
 *
 * @example
 * ```ts
 * import { legalInterestRate } from '@tpe/legal-fr';
 *
 * legalInterestRate('2026-03-16', 'professional').rate; // '2.62'
 * legalInterestRate('2026-03-16', 'individual').rate; // '6.67'
 * legalInterestRate('2025-07-01', 'professional');
 * // { rate: '2.76', category: 'autres', from: '2025-07-01', to: '2025-12-31', trace: [...] }
 * legalInterestRate('2026-07-01', 'professional'); // throws TpeError RATE_UNKNOWN
 * ```
 *
 * @see CMF L313-2, D313-1-A
 * @category Rates
 * @since 0.1.0
 */
export function legalInterestRate(
  date: string,
  creditor: LegalRateCreditor,
  options: LegalInterestRateOptions = {},
): LegalInterestRate {
  const input = parseWithSchema(inputSchema, { date, creditor, options });
  const compiled = resolveLegalTable(input.options.table);
  const offset = legalRowForHalfYear(
    compiled,
    halfYearIndexOfDay(toEpochDay(input.date)),
    input.date,
  );
  const category = input.creditor === 'individual' ? 'particuliers' : 'autres';
  const units = (input.creditor === 'individual' ? compiled.particuliers : compiled.autres)[
    offset
  ] as number;
  const rate = formatScaledUnits(units, compiled.scale);
  const row = compiled.table.rows[offset];
  const from = row?.from ?? '';
  const to = row?.to ?? '';
  return {
    rate,
    category,
    from,
    to,
    trace: [
      {
        rule: 'legalInterestRate',
        article: 'CMF L313-2, D313-1-A',
        message: `Legal interest rate ${from} to ${to}, ${category === 'particuliers' ? 'creditor a private individual ("particuliers")' : 'all other cases ("autres")'}: ${rate} %`,
        values: { date: input.date, category, from, to, rate },
      },
    ],
  };
}
