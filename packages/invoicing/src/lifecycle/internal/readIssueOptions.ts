import { isIsoDate, rateSchema } from '@tpe/core';
import { bySchema, optional, plainRecord } from '../../internal/fieldReaders.js';
import { isRecord, refuse } from '../../internal/readShape.js';
import { isNumberingSequence } from '../../numbering/internal/isNumberingSequence.js';
import type { NumberingSequence } from '../../numbering/NumberingSequence.js';
import { REGISTER_HASH_SYNTAX } from '../../register/registerGenesisHash.js';
import type { IssueOptions } from '../issue.js';

/**
 * The options of `issue` read as `issueOptionsSchema` reads them, without
 * zod (see `fieldReaders`). The series is copied as the schema outputs it,
 * since it becomes, moved on, the returned series; the other options are
 * only read from.
 */

const latePenaltyRate = optional(bySchema(rateSchema));

/** A series `isNumberingSequence` accepted, as `numberingSequenceSchema` outputs it. */
function copySequence(sequence: NumberingSequence): NumberingSequence {
  const copy: Record<string, unknown> = { seriesId: sequence.seriesId };
  if ('establishmentId' in sequence) copy.establishmentId = sequence.establishmentId;
  if ('documentKinds' in sequence) copy.documentKinds = sequence.documentKinds?.slice();
  copy.format = { pattern: sequence.format.pattern, padding: sequence.format.padding };
  copy.nextCounter = sequence.nextCounter;
  if ('lastIssueDate' in sequence) copy.lastIssueDate = sequence.lastIssueDate;
  copy.resetsYearly = sequence.resetsYearly;
  return copy as unknown as NumberingSequence;
}

function isOptionKey(key: string): boolean {
  switch (key) {
    case 'sequence':
    case 'asOf':
    case 'previousHash':
    case 'force':
    case 'latePenaltyRate':
    case 'statutoryPenaltyMention':
    case 'escompte':
    case 'tables':
    case 'dueDateOptions':
    case 'mentionOptions':
      return true;
    default:
      return false;
  }
}

/** `undefined` or any object, as the options `@tpe/legal-fr` reads itself. */
function isLooseOption(value: unknown): boolean {
  return value === undefined || isRecord(value);
}

/** What `issueOptionsSchema` outputs for the options of `issue`, as far as `issue` reads it; throws for anything it refuses. */
export function readIssueOptions(value: unknown): IssueOptions {
  const options = plainRecord(value, isOptionKey) as unknown as IssueOptions;
  const { sequence, asOf, previousHash, force, statutoryPenaltyMention, escompte } = options;
  if (!isNumberingSequence(sequence) || !isIsoDate(asOf)) refuse();
  if (
    previousHash !== undefined &&
    (typeof previousHash !== 'string' || !REGISTER_HASH_SYNTAX.test(previousHash))
  ) {
    refuse();
  }
  if (force !== undefined && typeof force !== 'boolean') refuse();
  latePenaltyRate(options.latePenaltyRate);
  if (
    statutoryPenaltyMention !== undefined &&
    statutoryPenaltyMention !== 'rate' &&
    statutoryPenaltyMention !== 'rule'
  ) {
    refuse();
  }
  if (escompte !== 'none' && !isLooseOption(escompte)) refuse();
  if (
    !isLooseOption(options.tables) ||
    !isLooseOption(options.dueDateOptions) ||
    !isLooseOption(options.mentionOptions)
  ) {
    refuse();
  }
  return { ...options, sequence: copySequence(sequence) };
}
