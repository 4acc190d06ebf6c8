import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { indexPenaltyRates, type PenaltyRateIndex } from '../../penalties/internal/penaltyRules.js';
import { DEFAULT_ECB_RATE_TABLE, DEFAULT_LEGAL_INTEREST_RATE_TABLE } from '../defaultRateTables.js';
import { type EcbRateTable, ecbRateTableSchema } from '../ecbRateTableSchema.js';
import {
  type LegalInterestRateTable,
  legalInterestRateTableSchema,
} from '../legalInterestRateTableSchema.js';
import {
  type CompiledEcbTable,
  type CompiledLegalTable,
  compileEcbTable,
  compileLegalTable,
} from './compiledTables.js';

/** Both tables, compiled, with the rates of every half-year they cover. */
export interface ResolvedTables {
  readonly ecb: CompiledEcbTable;
  readonly legal: CompiledLegalTable;
  readonly rates: PenaltyRateIndex;
}

function resolved(ecb: CompiledEcbTable, legal: CompiledLegalTable): ResolvedTables {
  return Object.freeze({ ecb, legal, rates: indexPenaltyRates(ecb, legal) });
}

/**
 * Rate tables supplied by a caller: either or both; the missing ones are the
 * tables shipped with the library.
 *
 * @example
 * ```ts
 * import { DEFAULT_ECB_RATE_TABLE, type RateTables } from '@tpe/legal-fr';
 *
 * const tables: RateTables = {
 *   ecbMainRefinancingRates: { ...DEFAULT_ECB_RATE_TABLE, validUntil: '2026-07-01' },
 * };
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export interface RateTables {
  /** A newer ECB main refinancing rate table. */
  readonly ecbMainRefinancingRates?: EcbRateTable | undefined;
  /** A newer legal interest rate table. */
  readonly legalInterestRates?: LegalInterestRateTable | undefined;
}

/**
 * A zod schema for {@link RateTables}: an object with either or both tables
 * and nothing else.
 *
 * @example
 * ```ts
 * import { DEFAULT_ECB_RATE_TABLE, rateTablesSchema } from '@tpe/legal-fr';
 *
 * rateTablesSchema.safeParse({ ecbMainRefinancingRates: DEFAULT_ECB_RATE_TABLE }).success; // true
 * rateTablesSchema.safeParse({ ecb: DEFAULT_ECB_RATE_TABLE }).success; // false
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export const rateTablesSchema: z.ZodType<RateTables> = z.strictObject({
  ecbMainRefinancingRates: ecbRateTableSchema.optional(),
  legalInterestRates: legalInterestRateTableSchema.optional(),
});

let readResolved: (tables: PreparedRateTables) => ResolvedTables;

/**
 * Rate tables validated and indexed once by `prepareRateTables`, to pass as
 * `tables` to many calls without validating them again. Frozen; it also reads
 * as plain {@link RateTables} (its two getters return the tables in use).
 *
 * @example
 * ```ts
 * import { prepareRateTables } from '@tpe/legal-fr';
 *
 * const tables = prepareRateTables();
 * tables.ecbMainRefinancingRates.validUntil; // '2026-02-05'
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export class PreparedRateTables {
  readonly #resolved: ResolvedTables;

  static {
    readResolved = (tables) => tables.#resolved;
  }

  /** Use `prepareRateTables`. */
  constructor(resolved: ResolvedTables) {
    this.#resolved = resolved;
    Object.freeze(this);
  }

  /** The ECB main refinancing rate table in use. */
  get ecbMainRefinancingRates(): EcbRateTable {
    return this.#resolved.ecb.table;
  }

  /** The legal interest rate table in use. */
  get legalInterestRates(): LegalInterestRateTable {
    return this.#resolved.legal.table;
  }
}

/** The shipped tables, validated and compiled when the module loads. */
export const DEFAULT_TABLES: ResolvedTables = resolved(
  compileEcbTable(parseWithSchema(ecbRateTableSchema, DEFAULT_ECB_RATE_TABLE)),
  compileLegalTable(
    parseWithSchema(legalInterestRateTableSchema, DEFAULT_LEGAL_INTEREST_RATE_TABLE),
  ),
);

/**
 * The schema of a `tables` option: a {@link PreparedRateTables} as it is, or
 * plain {@link RateTables} validated by {@link rateTablesSchema} (issues keep
 * their paths inside the tables).
 */
export const rateTablesOptionSchema: z.ZodType<PreparedRateTables | RateTables, unknown> = z
  .unknown()
  .transform((value, context) => {
    if (value instanceof PreparedRateTables) return value;
    const parsed = rateTablesSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues)
      context.issues.push({ ...issue, input: value } as never);
    return z.NEVER;
  });

/** The compiled tables of a `tables` option already checked by {@link rateTablesOptionSchema}. */
export function tablesFromOption(
  tables: PreparedRateTables | RateTables | undefined,
): ResolvedTables {
  if (tables === undefined) return DEFAULT_TABLES;
  if (tables instanceof PreparedRateTables) return readResolved(tables);
  if (tables.ecbMainRefinancingRates === undefined && tables.legalInterestRates === undefined) {
    return DEFAULT_TABLES;
  }
  return resolved(
    tables.ecbMainRefinancingRates === undefined
      ? DEFAULT_TABLES.ecb
      : compileEcbTable(tables.ecbMainRefinancingRates),
    tables.legalInterestRates === undefined
      ? DEFAULT_TABLES.legal
      : compileLegalTable(tables.legalInterestRates),
  );
}

const tablesInputSchema = z.object({ tables: rateTablesOptionSchema });

/**
 * The compiled tables for an unchecked `tables` option: the defaults when
 * absent, prepared ones as they are, otherwise validated (`INVALID_INPUT`,
 * paths under `tables`) and compiled.
 */
export function resolveTables(tables: unknown): ResolvedTables {
  if (tables === undefined) return DEFAULT_TABLES;
  if (tables instanceof PreparedRateTables) return readResolved(tables);
  return tablesFromOption(parseWithSchema(tablesInputSchema, { tables }).tables);
}

const ecbOptionSchema = z.object({ table: ecbRateTableSchema });
const legalOptionSchema = z.object({ table: legalInterestRateTableSchema });

/** The compiled ECB table for a single-table `table` option. */
export function resolveEcbTable(table: unknown): CompiledEcbTable {
  if (table === undefined) return DEFAULT_TABLES.ecb;
  return compileEcbTable(parseWithSchema(ecbOptionSchema, { table }).table);
}

/** The compiled legal interest rate table for a single-table `table` option. */
export function resolveLegalTable(table: unknown): CompiledLegalTable {
  if (table === undefined) return DEFAULT_TABLES.legal;
  return compileLegalTable(parseWithSchema(legalOptionSchema, { table }).table);
}
