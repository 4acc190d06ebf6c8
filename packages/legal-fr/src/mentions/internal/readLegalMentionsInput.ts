import { DECIMAL_KINDS } from '@tpe/core';
import { CUSTOMER_KINDS } from '../../shared/CustomerKind.js';
import {
  hasOnlyKeys,
  isDecimal,
  isOptionalBoolean,
  isOptionalDate,
  isOptionalDecimal,
  isOptionalMember,
  isRecord,
} from '../../shared/internal/fieldChecks.js';
import { VAT_CATEGORY_TREATMENTS } from '../../vat/vatCategory.js';
import type { LegalMentionsInput } from '../legalMentions.js';

/**
 * The input of `legalMentions` read without zod: it accepts exactly the
 * shapes `legalMentionsInputSchema` accepts (a property test holds them
 * together; the rules between fields are `legalMentionsInputIssues`) and
 * answers `undefined` for anything else, so that the schema can explain.
 * The result is the input itself, or a copy with `otherExemptionText`
 * trimmed as the schema trims it.
 */

const KEYS: ReadonlySet<string> = new Set([
  'customerKind',
  'dueDate',
  'paymentOnReceipt',
  'latePenaltyRate',
  'statutoryPenaltyRule',
  'escompte',
  'franchiseEnBase',
  'vatTreatment',
  'otherExemptionText',
  'vatOnDebitsOption',
]);
const REGIMES: ReadonlySet<unknown> = new Set(['b2bDefault', 'publicBuyer']);
/** The schema's limits. */
const MAX_EXEMPTION_TEXT = 500;
const MAX_ESCOMPTE_DAYS = 3650;

/** Reads the input, or answers `undefined` if the schema would refuse its shape. */
export function readLegalMentionsInput(input: unknown): LegalMentionsInput | undefined {
  const valid =
    isRecord(input) &&
    hasOnlyKeys(input, KEYS) &&
    CUSTOMER_KINDS.has(input.customerKind) &&
    isOptionalDate(input.dueDate) &&
    isOptionalBoolean(input.paymentOnReceipt) &&
    isOptionalDecimal(input.latePenaltyRate, DECIMAL_KINDS.rate) &&
    isOptionalMember(input.statutoryPenaltyRule, REGIMES) &&
    isOptionalEscompte(input.escompte) &&
    isOptionalBoolean(input.franchiseEnBase) &&
    isOptionalMember(input.vatTreatment, VAT_CATEGORY_TREATMENTS) &&
    isOptionalBoolean(input.vatOnDebitsOption);
  if (!valid) return undefined;
  const text = input.otherExemptionText;
  if (text === undefined) return input as unknown as LegalMentionsInput;
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  if (trimmed.length < 1 || trimmed.length > MAX_EXEMPTION_TEXT) return undefined;
  const read = trimmed === text ? input : { ...input, otherExemptionText: trimmed };
  return read as unknown as LegalMentionsInput;
}

const ESCOMPTE_KEYS: ReadonlySet<string> = new Set(['rate', 'withinDays']);

function isOptionalEscompte(value: unknown): boolean {
  if (value === undefined || value === 'none') return true;
  if (!isRecord(value) || !hasOnlyKeys(value, ESCOMPTE_KEYS)) return false;
  const days = value.withinDays;
  return (
    isDecimal(value.rate, DECIMAL_KINDS.rate) &&
    typeof days === 'number' &&
    Number.isInteger(days) &&
    days >= 1 &&
    days <= MAX_ESCOMPTE_DAYS
  );
}
