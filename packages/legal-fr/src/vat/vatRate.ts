import { type IsoDate, isoDateSchema, parseWithSchema, TpeError } from '@tpe/core';
import { z } from 'zod';
import { ratesInForce } from './vatRateLookup.js';
import {
  type VatRate,
  type VatRateKind,
  type VatRateTable,
  type VatTerritory,
  vatRateKindSchema,
  vatRateTableSchema,
  vatTerritorySchema,
} from './vatRateTableSchema.js';

/**
 * The input of {@link vatRate}.
 *
 * @category VAT
 * @since 0.1.0
 */
export interface VatRateInput {
  readonly territory: VatTerritory;
  /** The day of the operation (the chargeability date), `YYYY-MM-DD`. */
  readonly date: string;
  readonly kind: VatRateKind;
  /** A table replacing {@link DEFAULT_VAT_RATE_TABLE}. */
  readonly table?: VatRateTable | undefined;
}

/**
 * A zod schema for {@link VatRateInput}.
 *
 * @example
 * ```ts
 * import { vatRateInputSchema } from '@tpe/legal-fr';
 *
 * vatRateInputSchema.safeParse({ territory: 'metropolitan', date: '2026-03-01', kind: 'normal' }).success; // false
 * ```
 *
 * @category VAT
 * @since 0.1.0
 */
export const vatRateInputSchema: z.ZodType<{
  readonly territory: VatTerritory;
  readonly date: IsoDate;
  readonly kind: VatRateKind;
  readonly table?: VatRateTable | undefined;
}> = z.object({
  territory: vatTerritorySchema,
  date: isoDateSchema,
  kind: vatRateKindSchema,
  table: vatRateTableSchema.optional(),
});

/**
 * The VAT rate of a given kind in a territory on a date (see
 * {@link VatRateKind} for the kinds of each territory).
 *
 * **Details**: same table and dates as {@link vatRates}.
 *
 * @param input - territory, date, kind and optional table
 * @returns the rate, with its French name, article and period
 * @throws {@link TpeError} `INVALID_INPUT` for bad input; `RATE_UNKNOWN` for
 *   a date outside the table; `VAT_RATE_NOT_APPLICABLE` when the territory
 *   has no rate of that kind on that date (no intermediate rate in
 *   La Réunion, no VAT at all in Guyane), with `details.availableKinds`
 *
 * @example
 * ```ts
 * import { vatRate } from '@tpe/legal-fr';
 *
 * vatRate({ territory: 'metropolitan', date: '2026-03-01', kind: 'reduced' }).rate; // '5.5'
 * vatRate({ territory: 'martinique', date: '2026-03-01', kind: 'standard' }).rate; // '8.5'
 * vatRate({ territory: 'corsica', date: '2026-03-01', kind: 'superReduced' });
 * // { territory: 'corsica', kind: 'superReduced', rate: '0.9', label: 'taux particulier', article: 'CGI art. 297', … }
 * vatRate({ territory: 'reunion', date: '2026-03-01', kind: 'intermediate' }); // throws TpeError VAT_RATE_NOT_APPLICABLE
 * ```
 *
 * @see CGI art. 278 to 281 nonies (metropolitan), 297 (Corsica), 296 (overseas departments), 294-1
 * @category VAT
 * @since 0.1.0
 */
export function vatRate(input: VatRateInput): VatRate {
  const { territory, date, kind, table } = parseWithSchema(vatRateInputSchema, input);
  const { entry, rates } = ratesInForce(territory, date, table);
  const found = rates.find((rate) => rate.kind === kind);
  if (found === undefined) {
    const reason = entry.vatApplicable
      ? `has no ${kind} VAT rate`
      : `is outside VAT (${entry.article})`;
    throw new TpeError('VAT_RATE_NOT_APPLICABLE', `${entry.name} ${reason} on ${date}`, {
      issues: [
        { path: ['kind'], code: 'not_applicable', message: `${entry.name} ${reason} on ${date}` },
      ],
      details: { territory, date, kind, availableKinds: rates.map((rate) => rate.kind) },
    });
  }
  return found;
}
