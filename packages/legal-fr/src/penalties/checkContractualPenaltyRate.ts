import {
  formatScaledUnits,
  isoDateSchema,
  parseWithSchema,
  rateSchema,
  scaleOfDecimal,
  toEpochDay,
  toScaledUnits,
} from '@tpe/core';
import { z } from 'zod';
import { legalRowForHalfYear } from '../rates/internal/compiledTables.js';
import { halfYearIndexOfDay } from '../rates/internal/halfYears.js';
import {
  type PreparedRateTables,
  type RateTables,
  rateTablesOptionSchema,
  tablesFromOption,
} from '../rates/internal/preparedTables.js';
import type { TraceStep } from '../shared/TraceStep.js';

/**
 * Input of {@link checkContractualPenaltyRate}.
 *
 * @example
 * ```ts
 * import type { CheckContractualPenaltyRateInput } from '@tpe/legal-fr';
 *
 * const input: CheckContractualPenaltyRateInput = { rate: '10', date: '2026-03-16' };
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export interface CheckContractualPenaltyRateInput {
  /** The annual rate stipulated in the contract or the CGV, in percent (`"5"`, `"12.5"`). */
  readonly rate: string;
  /** A day of the half-year concerned, e.g. the due date of the invoice. */
  readonly date: string;
  /** Newer rate tables (plain or from {@link prepareRateTables}). */
  readonly tables?: RateTables | PreparedRateTables | undefined;
}

/**
 * The verdict on a stipulated late-payment rate.
 *
 * @example
 * ```ts
 * import { checkContractualPenaltyRate, type ContractualPenaltyRateCheck } from '@tpe/legal-fr';
 *
 * const check: ContractualPenaltyRateCheck = checkContractualPenaltyRate({ rate: '10', date: '2026-03-16' });
 * check.compliant; // true
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export interface ContractualPenaltyRateCheck {
  /** Whether the rate is at least the floor. */
  readonly compliant: boolean;
  /** The floor: 3 × the legal interest rate ("autres"), in percent. */
  readonly floor: string;
  /** The legal interest rate ("autres") of the half-year, in percent. */
  readonly legalRate: string;
  /** The first day of the half-year. */
  readonly from: string;
  /** The last day of the half-year. */
  readonly to: string;
  /** How the verdict was reached. */
  readonly trace: readonly TraceStep[];
}

/**
 * A zod schema for {@link CheckContractualPenaltyRateInput}.
 *
 * @example
 * ```ts
 * import { checkContractualPenaltyRateInputSchema } from '@tpe/legal-fr';
 *
 * checkContractualPenaltyRateInputSchema.safeParse({ rate: '5', date: '2026-03-16' }).success; // true
 * checkContractualPenaltyRateInputSchema.safeParse({ rate: 5, date: '2026-03-16' }).success; // false
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export const checkContractualPenaltyRateInputSchema = z.strictObject({
  rate: rateSchema,
  date: isoDateSchema,
  tables: rateTablesOptionSchema.optional(),
});

/**
 * Checks a late-payment rate stipulated between businesses against its legal
 * floor: three times the legal interest rate of the half-year, in the
 * "tous les autres cas" category (the creditor is a professional).
 *
 * **Details**: a rate below the floor is an expected legal outcome, returned
 * as `compliant: false` (not thrown). The floor may exceed the default rate
 * (2024 H1: floor 15.21 % > ECB + 10 = 14.50 %): the floor only constrains a
 * stipulated rate, the default applies when the contract is silent.
 *
 * **Gotchas**: the legal rate of 2026 H2 is not in the shipped table; a day
 * after 2026-06-30 raises `RATE_UNKNOWN` until a newer table is supplied.
 *
 * @param input - the stipulated rate, a day of the half-year, optional tables
 * @returns the verdict with the floor and the legal rate
 * @throws {@link TpeError} `INVALID_INPUT` for a bad rate or date;
 *   `RATE_UNKNOWN` outside the legal rate table (`details.table: 'legalInterestRates'`)
 *
 * @example
 * ```ts
 * import { checkContractualPenaltyRate } from '@tpe/legal-fr';
 *
 * checkContractualPenaltyRate({ rate: '5', date: '2026-03-16' });
 * // { compliant: false, floor: '7.86', legalRate: '2.62', from: '2026-01-01', to: '2026-06-30', trace: [...] }
 * checkContractualPenaltyRate({ rate: '8.28', date: '2025-09-30' }).compliant; // true
 * checkContractualPenaltyRate({ rate: '11', date: '2025-01-15' }).floor; // '11.13'
 * ```
 *
 * @see C. com. L441-10 II (floor of three times the legal interest rate); CMF L313-2
 * @category Penalties
 * @since 0.1.0
 */
export function checkContractualPenaltyRate(
  input: CheckContractualPenaltyRateInput,
): ContractualPenaltyRateCheck {
  const parsed = parseWithSchema(checkContractualPenaltyRateInputSchema, input);
  const { legal } = tablesFromOption(parsed.tables);
  const offset = legalRowForHalfYear(
    legal,
    halfYearIndexOfDay(toEpochDay(parsed.date)),
    parsed.date,
  );
  const legalUnits = legal.autres[offset] as number;
  const scale = Math.max(legal.scale, scaleOfDecimal(parsed.rate));
  const floorUnits = 3 * legalUnits * 10 ** (scale - legal.scale);
  const compliant = toScaledUnits(parsed.rate, scale) >= floorUnits;
  const floor = formatScaledUnits(3 * legalUnits, legal.scale);
  const legalRate = formatScaledUnits(legalUnits, legal.scale);
  const row = legal.table.rows[offset];
  const from = row?.from ?? '';
  const to = row?.to ?? '';
  return {
    compliant,
    floor,
    legalRate,
    from,
    to,
    trace: [
      {
        rule: 'contractualRateFloor',
        article: 'C. com. L441-10 II; CMF L313-2',
        message: `Floor ${from} to ${to}: 3 × legal interest rate ("autres") ${legalRate} % = ${floor} %; stipulated ${parsed.rate} % is ${compliant ? 'at or above the floor' : 'below the floor: the clause is not valid'}`,
        values: { rate: parsed.rate, legalRate, floor, from, to, compliant: String(compliant) },
      },
    ],
  };
}
