import { isoDateSchema, ROUNDING_MODES, type RoundingMode } from '@tpe/core';
import { z } from 'zod';
import {
  hasOnlyKeys,
  isDate,
  isOptionalBoolean,
  isOptionalDate,
  isOptionalMember,
  isRecord,
} from '../../shared/internal/fieldChecks.js';
import type { CheckInvoiceMentionsOptions } from '../checkInvoiceMentions.js';

/**
 * The options of `checkInvoiceMentions` checked without zod: accepts exactly
 * what {@link checkOptionsSchema} accepts (a property test holds them
 * together) and answers `undefined` for anything else, so that the schema
 * can explain.
 */

/** The schema of the options of `checkInvoiceMentions`. */
export const checkOptionsSchema = z.strictObject({
  asOf: isoDateSchema,
  reformMentionsFrom: isoDateSchema.optional(),
  capBase: z.enum(['totalInclVat', 'totalExclVat']).optional(),
  capRounding: z.enum(ROUNDING_MODES as [RoundingMode, ...RoundingMode[]]).optional(),
  requireNoEscompteStatement: z.boolean().optional(),
  individualEntrepreneurMention: z.boolean().optional(),
  paymentMentionsForConsumers: z.boolean().optional(),
  smallInvoiceExemptionTolerance: z.boolean().optional(),
  checkAmounts: z.boolean().optional(),
});

const KEYS: ReadonlySet<string> = new Set([
  'asOf',
  'reformMentionsFrom',
  'capBase',
  'capRounding',
  'requireNoEscompteStatement',
  'individualEntrepreneurMention',
  'paymentMentionsForConsumers',
  'smallInvoiceExemptionTolerance',
  'checkAmounts',
]);
const CAP_BASES: ReadonlySet<unknown> = new Set(['totalInclVat', 'totalExclVat']);
const ROUNDINGS: ReadonlySet<unknown> = new Set(ROUNDING_MODES);

/** Reads the options, or answers `undefined` if the schema would refuse them. */
export function readCheckOptions(input: unknown): CheckInvoiceMentionsOptions | undefined {
  const valid =
    isRecord(input) &&
    hasOnlyKeys(input, KEYS) &&
    isDate(input.asOf) &&
    isOptionalDate(input.reformMentionsFrom) &&
    isOptionalMember(input.capBase, CAP_BASES) &&
    isOptionalMember(input.capRounding, ROUNDINGS) &&
    isOptionalBoolean(input.requireNoEscompteStatement) &&
    isOptionalBoolean(input.individualEntrepreneurMention) &&
    isOptionalBoolean(input.paymentMentionsForConsumers) &&
    isOptionalBoolean(input.smallInvoiceExemptionTolerance) &&
    isOptionalBoolean(input.checkAmounts);
  return valid ? (input as unknown as CheckInvoiceMentionsOptions) : undefined;
}
