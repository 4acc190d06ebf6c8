import { PreparedRateTables } from '../../rates/internal/preparedTables.js';
import { hasOnlyKeys, isDate, isRecord } from '../../shared/internal/fieldChecks.js';
import type { LatePenaltyRateInput } from '../latePenaltyRate.js';

/**
 * The input of `latePenaltyRate` read without zod when it has no tables or
 * tables already prepared (`prepareRateTables`): the common case of a rate
 * read per invoice. Answers `undefined` for anything else, plain tables
 * included, which `latePenaltyRateInputSchema` then reads or refuses; what
 * it accepts, the schema accepts unchanged (a property test holds them
 * together).
 */

const KEYS: ReadonlySet<string> = new Set(['date', 'regime', 'tables']);

/** Reads the input, or answers `undefined` for the schema to read it. */
export function readLatePenaltyRateInput(input: unknown): LatePenaltyRateInput | undefined {
  const valid =
    isRecord(input) &&
    hasOnlyKeys(input, KEYS) &&
    isDate(input.date) &&
    (input.regime === 'b2bDefault' || input.regime === 'publicBuyer') &&
    (input.tables === undefined || input.tables instanceof PreparedRateTables);
  return valid ? (input as unknown as LatePenaltyRateInput) : undefined;
}
