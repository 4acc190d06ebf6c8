import { isIsoDate, isoDateSchema, rateSchema, toEpochDay } from '@tpe/core';
import { z } from 'zod';

/**
 * The French VAT territories with rates of their own:
 *
 * - `metropolitan`: mainland France except Corsica (CGI art. 278 and following);
 * - `corsica`: Corsica (CGI art. 297);
 * - `guadeloupe`, `martinique`, `reunion`: overseas departments where VAT
 *   applies at reduced rates (CGI art. 296);
 * - `guyane`, `mayotte`: VAT provisionally not applicable (CGI art. 294-1).
 *
 * Overseas collectivities outside the French VAT territory (Saint-Barthélemy,
 * Saint-Pierre-et-Miquelon, French Polynesia, New Caledonia, Wallis-et-Futuna)
 * have no entry: French VAT does not apply there and supplies to them are
 * treated as exports.
 *
 * @example
 * ```ts
 * import { vatTerritorySchema, type VatTerritory } from '@tpe/legal-fr';
 *
 * const territory: VatTerritory = vatTerritorySchema.parse('reunion');
 * ```
 *
 * @category VAT
 * @since 0.1.0
 */
export type VatTerritory =
  | 'metropolitan'
  | 'corsica'
  | 'guadeloupe'
  | 'martinique'
  | 'reunion'
  | 'guyane'
  | 'mayotte';

/**
 * A zod schema for {@link VatTerritory}.
 *
 * @example
 * ```ts
 * import { vatTerritorySchema } from '@tpe/legal-fr';
 *
 * vatTerritorySchema.safeParse('polynesia').success; // false
 * ```
 *
 * @category VAT
 * @since 0.1.0
 */
export const vatTerritorySchema: z.ZodType<VatTerritory> = z.enum([
  'metropolitan',
  'corsica',
  'guadeloupe',
  'martinique',
  'reunion',
  'guyane',
  'mayotte',
]);

/**
 * The kind of a VAT rate within its territory (the shipped table):
 *
 * | kind | metropolitan | corsica | guadeloupe, martinique, reunion |
 * |---|---|---|---|
 * | `standard` | 20 | 20 | 8.5 |
 * | `intermediate` | 10 | 10 | — |
 * | `reduced` | 5.5 | 2.1 | 2.1 |
 * | `superReduced` | 2.1 | 0.9 | 1.05 |
 * | `special` | — | 13 (petroleum products) | 1.75 |
 *
 * @category VAT
 * @since 0.1.0
 */
export type VatRateKind = 'standard' | 'intermediate' | 'reduced' | 'superReduced' | 'special';

/**
 * A zod schema for {@link VatRateKind}.
 *
 * @example
 * ```ts
 * import { vatRateKindSchema } from '@tpe/legal-fr';
 *
 * vatRateKindSchema.safeParse('normal').success; // false
 * ```
 *
 * @category VAT
 * @since 0.1.0
 */
export const vatRateKindSchema: z.ZodType<VatRateKind> = z.enum([
  'standard',
  'intermediate',
  'reduced',
  'superReduced',
  'special',
]);

/**
 * One VAT rate of a territory with its period of application.
 *
 * @category VAT
 * @since 0.1.0
 */
export interface VatRate {
  readonly territory: VatTerritory;
  readonly kind: VatRateKind;
  /** The rate in percent, a decimal string: `"5.5"` is 5.5 %. */
  readonly rate: string;
  /** The French name of the rate, e.g. `taux normal`. */
  readonly label: string;
  /** The legal basis, e.g. `CGI art. 278`. */
  readonly article: string;
  /** The first day of application, `YYYY-MM-DD` (the table's start for an older rate). */
  readonly from: string;
  /** The last day of application, `YYYY-MM-DD`, or `null` while in force. */
  readonly to: string | null;
  /** What the rate typically applies to (indicative). */
  readonly uses: string;
}

/**
 * Whether and under which article VAT applies in a territory.
 *
 * @category VAT
 * @since 0.1.0
 */
export interface VatTerritoryEntry {
  readonly territory: VatTerritory;
  /** The name, for display. */
  readonly name: string;
  /** `false` where VAT does not apply (Guyane, Mayotte). */
  readonly vatApplicable: boolean;
  /** The legal basis. */
  readonly article: string;
  readonly note?: string | undefined;
}

/**
 * A dated table of French VAT rates, in the shape of
 * `data/vat-rates.json`.
 *
 * **Details**: a date before `validFrom` raises `RATE_UNKNOWN`; so does a
 * date after `validUntil` when the table sets one. With `validUntil: null`
 * (the shipped table) the rates in force when the table was last checked are
 * applied to any later date: VAT rates change by statute, rarely, and a
 * changed rate is added by closing the old row (`to`) and adding a new one.
 *
 * @example
 * ```ts
 * import type { VatRateTable } from '@tpe/legal-fr';
 *
 * const table: VatRateTable = {
 *   source: 'CGI art. 278',
 *   lastChecked: '2026-02-05',
 *   validFrom: '2012-01-01',
 *   validUntil: '2026-12-31',
 *   territories: [{ territory: 'metropolitan', name: 'France', vatApplicable: true, article: 'CGI art. 278' }],
 *   rates: [
 *     { territory: 'metropolitan', kind: 'standard', rate: '19.6', label: 'taux normal', article: 'CGI art. 278',
 *       from: '2012-01-01', to: '2013-12-31', uses: 'Default rate' },
 *     { territory: 'metropolitan', kind: 'standard', rate: '20', label: 'taux normal', article: 'CGI art. 278',
 *       from: '2014-01-01', to: null, uses: 'Default rate' },
 *   ],
 * };
 * ```
 *
 * @category VAT
 * @since 0.1.0
 */
export interface VatRateTable {
  /** Where the figures come from. */
  readonly source: string;
  /** The day the figures were last checked against the source, `YYYY-MM-DD`. */
  readonly lastChecked: string;
  /** The first day the table answers for, `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** The last day the table answers for, or `null` for no end. */
  readonly validUntil: string | null;
  /** Free remarks on the figures. */
  readonly notes?: string | undefined;
  readonly territories: readonly VatTerritoryEntry[];
  readonly rates: readonly VatRate[];
}

const vatRateSchema = z.object({
  territory: vatTerritorySchema,
  kind: vatRateKindSchema,
  rate: rateSchema,
  label: z.string().min(1),
  article: z.string().min(1),
  from: isoDateSchema,
  to: isoDateSchema.nullable(),
  uses: z.string(),
});

const territoryEntrySchema = z.object({
  territory: vatTerritorySchema,
  name: z.string().min(1),
  vatApplicable: z.boolean(),
  article: z.string().min(1),
  note: z.string().optional(),
});

type Issue = {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
};

/** The consistency problems of a table whose fields are individually valid. */
function tableIssues(table: VatRateTable): Issue[] {
  const issues: Issue[] = [];
  const entries = new Map<VatTerritory, VatTerritoryEntry>();
  table.territories.forEach((entry, index) => {
    if (entries.has(entry.territory)) {
      issues.push({
        path: ['territories', index, 'territory'],
        code: 'duplicate_territory',
        message: `Territory ${entry.territory} is listed twice`,
      });
    }
    entries.set(entry.territory, entry);
  });
  if (table.validUntil !== null && toEpochDay(table.validUntil) < toEpochDay(table.validFrom)) {
    issues.push({
      path: ['validUntil'],
      code: 'invalid_period',
      message: 'validUntil is before validFrom',
    });
  }
  table.rates.forEach((row, index) => {
    const entry = entries.get(row.territory);
    if (entry === undefined || !entry.vatApplicable) {
      issues.push({
        path: ['rates', index, 'territory'],
        code: entry === undefined ? 'unknown_territory' : 'vat_not_applicable',
        message: `Territory ${row.territory} is ${entry === undefined ? 'not listed in territories' : 'without VAT'}`,
      });
    }
    const from = toEpochDay(row.from);
    const to = row.to === null ? Number.POSITIVE_INFINITY : toEpochDay(row.to);
    if (to < from) {
      issues.push({
        path: ['rates', index, 'to'],
        code: 'invalid_period',
        message: `Row ${index}: to is before from`,
      });
      return;
    }
    table.rates.slice(0, index).forEach((other, otherIndex) => {
      if (other.territory !== row.territory || other.kind !== row.kind) return;
      const otherFrom = toEpochDay(other.from);
      const otherTo = other.to === null ? Number.POSITIVE_INFINITY : toEpochDay(other.to);
      if (from <= otherTo && otherFrom <= to) {
        issues.push({
          path: ['rates', index],
          code: 'overlapping_rates',
          message: `Rows ${otherIndex} and ${index} give two ${row.kind} rates to ${row.territory} on the same days`,
        });
      }
    });
  });
  return issues;
}

/**
 * A zod schema for a {@link VatRateTable}. Besides the form of each field
 * (rates are percent strings, dates `YYYY-MM-DD`), issues carry the codes
 * `duplicate_territory`, `unknown_territory` (a rate for a territory not
 * listed), `vat_not_applicable` (a rate for Guyane or Mayotte),
 * `invalid_period` (an end before a start) and `overlapping_rates` (two rates
 * of the same kind and territory on the same day).
 *
 * @example
 * ```ts
 * import { DEFAULT_VAT_RATE_TABLE, vatRateTableSchema } from '@tpe/legal-fr';
 *
 * vatRateTableSchema.safeParse(DEFAULT_VAT_RATE_TABLE).success; // true
 * vatRateTableSchema.safeParse({ ...DEFAULT_VAT_RATE_TABLE, validFrom: '2014-02-30' }).success; // false
 * ```
 *
 * @category VAT
 * @since 0.1.0
 */
export const vatRateTableSchema: z.ZodType<VatRateTable> = z
  .object({
    source: z.string().min(1),
    lastChecked: isoDateSchema,
    validFrom: isoDateSchema,
    validUntil: isoDateSchema.nullable(),
    notes: z.string().optional(),
    territories: z.array(territoryEntrySchema).min(1).max(50),
    rates: z.array(vatRateSchema).max(1000),
  })
  .check((context) => {
    const table = context.value;
    if (!Array.isArray(table.territories) || !Array.isArray(table.rates)) return;
    // Bad dates are already reported by their own schema.
    const dates = [
      table.validFrom,
      ...(table.validUntil === null ? [] : [table.validUntil]),
      ...table.rates.flatMap((row) => (row.to === null ? [row.from] : [row.from, row.to])),
    ];
    if (!dates.every((date) => isIsoDate(date))) return;
    for (const issue of tableIssues(table)) {
      context.issues.push({
        code: 'custom',
        message: issue.message,
        input: table,
        path: [...issue.path],
        params: { code: issue.code },
      });
    }
  });
