import { compareDates, formatScaledUnits, type TpeIssue } from '@tpe/core';
import { exponentOf, readAmount, TOO_MANY_DECIMALS } from '../../input/internal/readAmount.js';
import type { DunningMessageInput, DunningMessageTotals } from '../DunningMessageInput.js';
import { isBuiltInTemplateId } from './builtIn/builtInTemplates.js';

type Path = readonly (string | number)[];

/**
 * The rules between the fields of a message input that its shape does not
 * say; `undefined` when all hold.
 */
export function messageInputIssues(input: DunningMessageInput): TpeIssue[] | undefined {
  const issues: TpeIssue[] = [];
  const issue = (path: Path, code: string, message: string): void => {
    issues.push({ path, code, message });
  };
  const templateIds = new Set<string>();
  for (const [index, template] of (input.templates ?? []).entries()) {
    if (templateIds.has(template.id)) {
      issue(
        ['templates', index, 'id'],
        'duplicate_template',
        `Two templates have the id "${template.id}"`,
      );
    }
    templateIds.add(template.id);
  }
  if (!isBuiltInTemplateId(input.templateId) && !templateIds.has(input.templateId)) {
    issue(
      ['templateId'],
      'unknown_template',
      `No built-in or given template "${input.templateId}"`,
    );
  }

  const exponent = exponentOf(input.currency);
  const units = (value: string, path: Path): bigint | undefined => {
    const read = readAmount(value, exponent);
    if (Number.isNaN(read)) return undefined;
    if (read !== TOO_MANY_DECIMALS) return BigInt(read);
    issue(path, 'too_many_decimals', `More decimals than ${input.currency} has`);
    return undefined;
  };
  const sums = { outstanding: 0n, penalties: 0n, indemnities: 0n };
  let sumsKnown = true;
  for (const [index, receivable] of input.receivables.entries()) {
    const path = ['receivables', index];
    const amount = units(receivable.amount, [...path, 'amount']);
    const outstanding = units(receivable.outstanding, [...path, 'outstanding']);
    const penalty = units(receivable.penalty, [...path, 'penalty']);
    const indemnity = units(receivable.indemnity, [...path, 'indemnity']);
    if (amount === 0n)
      issue([...path, 'amount'], 'not_positive', 'An invoice amount is more than zero');
    if (amount !== undefined && outstanding !== undefined && outstanding > amount) {
      issue([...path, 'outstanding'], 'exceeds_amount', 'The outstanding is more than the amount');
    }
    if (input.customer.kind === 'consumer' && indemnity !== undefined && indemnity > 0n) {
      issue(
        [...path, 'indemnity'],
        'indemnity_not_due',
        'No recovery indemnity is due from a consumer (C. com. L441-10 II applies between professionals)',
      );
    }
    if (outstanding === undefined || penalty === undefined || indemnity === undefined) {
      sumsKnown = false;
    } else {
      sums.outstanding += outstanding;
      sums.penalties += penalty;
      sums.indemnities += indemnity;
    }
  }

  const totals = totalUnits(input.totals, units);
  if (sumsKnown && totals !== undefined) {
    const claimed = input.claimsPenalties
      ? sums.outstanding + sums.penalties + sums.indemnities
      : sums.outstanding;
    const expected: Readonly<Record<keyof DunningMessageTotals, bigint>> = { ...sums, claimed };
    for (const key of ['outstanding', 'penalties', 'indemnities', 'claimed'] as const) {
      if (totals[key] !== expected[key]) {
        const why =
          key !== 'claimed'
            ? 'the sum of the receivables'
            : input.claimsPenalties
              ? 'outstanding + penalties + indemnities'
              : 'the outstanding: this level claims nothing else';
        issue(
          ['totals', key],
          'inconsistent_total',
          `Expected ${formatScaledUnits(expected[key], exponent)} (${why})`,
        );
      }
    }
  }

  if (input.replyBy !== undefined && compareDates(input.replyBy, input.asOf) < 0) {
    issue(['replyBy'], 'before_as_of', 'The deadline to pay is before the day of the message');
  }
  return issues.length > 0 ? issues : undefined;
}

function totalUnits(
  totals: DunningMessageTotals,
  units: (value: string, path: Path) => bigint | undefined,
): Readonly<Record<keyof DunningMessageTotals, bigint>> | undefined {
  const outstanding = units(totals.outstanding, ['totals', 'outstanding']);
  const penalties = units(totals.penalties, ['totals', 'penalties']);
  const indemnities = units(totals.indemnities, ['totals', 'indemnities']);
  const claimed = units(totals.claimed, ['totals', 'claimed']);
  if (
    outstanding === undefined ||
    penalties === undefined ||
    indemnities === undefined ||
    claimed === undefined
  ) {
    return undefined;
  }
  return { outstanding, penalties, indemnities, claimed };
}
