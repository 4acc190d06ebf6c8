import { type IsoDate, isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { ratesInForce } from './vatRateLookup.js';
import {
  type VatRate,
  type VatRateTable,
  type VatTerritory,
  vatRateTableSchema,
  vatTerritorySchema,
} from './vatRateTableSchema.js';

/**
 * The input of {@link vatRates}.
 *
 * @category VAT
 * @since 0.1.0
 */
export interface VatRatesInput {
  readonly territory: VatTerritory;
  /** The day of the operation (the chargeability date), `YYYY-MM-DD`. */
  readonly date: string;
  /** A table replacing {@link DEFAULT_VAT_RATE_TABLE}. */
  readonly table?: VatRateTable | undefined;
}

/**
 * A zod schema for {@link VatRatesInput}.
 *
 * @example
 * ```ts
 * import { vatRatesInputSchema } from '@tpe/legal-fr';
 *
 * vatRatesInputSchema.safeParse({ territory: 'metropolitan', date: '2026-02-30' }).success; // false
 * ```
 *
 * @category VAT
 * @since 0.1.0
 */
export const vatRatesInputSchema: z.ZodType<{
  readonly territory: VatTerritory;
  readonly date: IsoDate;
  readonly table?: VatRateTable | undefined;
}> = z.object({
  territory: vatTerritorySchema,
  date: isoDateSchema,
  table: vatRateTableSchema.optional(),
});

/**
 * The VAT rates of a territory on a date.
 *
 * @category VAT
 * @since 0.1.0
 */
export interface VatRates {
  readonly territory: VatTerritory;
  readonly date: IsoDate;
  /** `false` in Guyane and Mayotte, where VAT does not apply: `rates` is then empty. */
  readonly vatApplicable: boolean;
  /** The legal basis for the territory, e.g. `CGI art. 296`. */
  readonly article: string;
  /** The rates in force, highest first. */
  readonly rates: readonly VatRate[];
}

/**
 * The VAT rates in force in a territory on a date, highest first, each with
 * its kind, French name, article and period of application.
 *
 * **Details**: rates come from {@link DEFAULT_VAT_RATE_TABLE} or the `table`
 * given. The shipped table starts on 2014-01-01 and has no end: an earlier
 * date raises `RATE_UNKNOWN`; a later date gets the rates in force when the
 * table was last checked. A table with a `validUntil` raises `RATE_UNKNOWN`
 * after it.
 *
 * **Gotchas**: which rate applies to an item is a question of scope (CGI
 * art. 278 and following) that this function does not answer. In Corsica the
 * table lists the rates of CGI art. 297 only; mainland rates that may apply
 * there to other items (5.5 %, for instance) are not listed (per-item scopes
 * unverified).
 *
 * @param input - territory, date and optional table
 * @returns the territory's rates on that date
 * @throws {@link TpeError} `INVALID_INPUT` for a bad territory, date or
 *   table; `RATE_UNKNOWN` for a date outside the table
 *   (`details.table: 'vatRates'`, `details.firstKnownDate`,
 *   `details.lastKnownDate`)
 *
 * @example
 * ```ts
 * import { vatRates } from '@tpe/legal-fr';
 *
 * vatRates({ territory: 'metropolitan', date: '2026-03-01' }).rates.map((rate) => rate.rate);
 * // ['20', '10', '5.5', '2.1']
 * vatRates({ territory: 'reunion', date: '2026-03-01' }).rates.map((rate) => rate.rate);
 * // ['8.5', '2.1', '1.75', '1.05']
 * vatRates({ territory: 'guyane', date: '2026-03-01' });
 * // { territory: 'guyane', date: '2026-03-01', vatApplicable: false, article: 'CGI art. 294-1', rates: [] }
 * vatRates({ territory: 'metropolitan', date: '2013-12-31' }); // throws TpeError RATE_UNKNOWN
 * ```
 *
 * @see CGI art. 278 to 281 nonies (metropolitan), 297 (Corsica), 296 (overseas departments), 294-1
 * @category VAT
 * @since 0.1.0
 */
export function vatRates(input: VatRatesInput): VatRates {
  const { territory, date, table } = parseWithSchema(vatRatesInputSchema, input);
  const { entry, rates } = ratesInForce(territory, date, table);
  return { territory, date, vatApplicable: entry.vatApplicable, article: entry.article, rates };
}
