import { type IsoDate, isoDateSchema, parseDecimal, parseWithSchema, rateSchema } from '@tpe/core';
import { z } from 'zod';
import { ratesInForce } from './vatRateLookup.js';
import {
  type VatRateTable,
  type VatTerritory,
  vatRateTableSchema,
  vatTerritorySchema,
} from './vatRateTableSchema.js';

/**
 * The input of {@link isKnownVatRate}.
 *
 * @category VAT
 * @since 0.1.0
 */
export interface IsKnownVatRateInput {
  readonly territory: VatTerritory;
  /** The day of the operation, `YYYY-MM-DD`. */
  readonly date: string;
  /** The rate in percent, a decimal string: `"20"`, `"5.50"`. */
  readonly rate: string;
  /** A table replacing {@link DEFAULT_VAT_RATE_TABLE}. */
  readonly table?: VatRateTable | undefined;
}

/**
 * A zod schema for {@link IsKnownVatRateInput}.
 *
 * @example
 * ```ts
 * import { isKnownVatRateInputSchema } from '@tpe/legal-fr';
 *
 * isKnownVatRateInputSchema.safeParse({ territory: 'metropolitan', date: '2026-03-01', rate: '20 %' }).success;
 * // false
 * ```
 *
 * @category VAT
 * @since 0.1.0
 */
export const isKnownVatRateInputSchema: z.ZodType<{
  readonly territory: VatTerritory;
  readonly date: IsoDate;
  readonly rate: string;
  readonly table?: VatRateTable | undefined;
}> = z.object({
  territory: vatTerritorySchema,
  date: isoDateSchema,
  rate: rateSchema,
  table: vatRateTableSchema.optional(),
});

/**
 * Tells whether a rate is one of the VAT rates in force in a territory on a
 * date, comparing decimal values (`"5.50"` is `"5.5"`).
 *
 * **When to use**: to flag a received invoice, or an imported price list,
 * that carries a French VAT rate that does not exist (a typo, an outdated
 * rate, a foreign rate).
 *
 * **Gotchas**: `"0"` is never a known rate: exempt, export, intra-EU and
 * reverse-charge lines carry a zero rate with a VAT category other than `S`
 * (see {@link vatCategory}); check them by their category. In Guyane and
 * Mayotte no rate is known. In Corsica only the rates of CGI art. 297 and
 * the 20 % standard rate are listed (see {@link vatRates}).
 *
 * @param input - territory, date, rate (percent string) and optional table
 * @returns `true` when a rate of the table has that value on that date
 * @throws {@link TpeError} `INVALID_INPUT` for bad input (a rate such as
 *   `"20 %"` or `"5,5"`); `RATE_UNKNOWN` for a date outside the table
 *
 * @example
 * ```ts
 * import { isKnownVatRate } from '@tpe/legal-fr';
 *
 * isKnownVatRate({ territory: 'metropolitan', date: '2026-03-01', rate: '5.50' }); // true
 * isKnownVatRate({ territory: 'metropolitan', date: '2026-03-01', rate: '19.6' }); // false
 * isKnownVatRate({ territory: 'metropolitan', date: '2026-03-01', rate: '8.5' }); // false
 * isKnownVatRate({ territory: 'guadeloupe', date: '2026-03-01', rate: '8.5' }); // true
 * ```
 *
 * @see CGI art. 278 to 281 nonies, 296, 297
 * @category VAT
 * @since 0.1.0
 */
export function isKnownVatRate(input: IsKnownVatRateInput): boolean {
  const { territory, date, rate, table } = parseWithSchema(isKnownVatRateInputSchema, input);
  const value = parseDecimal(rate);
  return ratesInForce(territory, date, table).rates.some((row) =>
    parseDecimal(row.rate).equals(value),
  );
}
