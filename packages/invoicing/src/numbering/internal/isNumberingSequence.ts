import { isIsoDate } from '@tpe/core';
import {
  lacksYearToken,
  MAX_COUNTER,
  type NumberingSequence,
  patternIssue,
} from '../NumberingSequence.js';

const SEQUENCE_KEYS: ReadonlySet<string> = new Set([
  'seriesId',
  'establishmentId',
  'documentKinds',
  'format',
  'nextCounter',
  'lastIssueDate',
  'resetsYearly',
]);
const KINDS: ReadonlySet<unknown> = new Set([
  'invoice',
  'depositInvoice',
  'creditNote',
  'deliveryNote',
]);

/**
 * Whether a value is a valid {@link NumberingSequence}, checked without
 * building a copy: a quick way for the frequent valid case. It accepts
 * nothing `numberingSequenceSchema` refuses; its errors are the schema's.
 */
export function isNumberingSequence(value: unknown): value is NumberingSequence {
  if (!isRecord(value)) return false;
  for (const key in value) if (!SEQUENCE_KEYS.has(key)) return false;
  const { seriesId, establishmentId, documentKinds, format, nextCounter, lastIssueDate } = value;
  if (!isIdentifier(seriesId)) return false;
  if (establishmentId !== undefined && !isIdentifier(establishmentId)) return false;
  if (documentKinds !== undefined) {
    if (!Array.isArray(documentKinds) || documentKinds.length < 1 || documentKinds.length > 4) {
      return false;
    }
    if (!documentKinds.every((kind) => KINDS.has(kind))) return false;
  }
  if (!isRecord(format)) return false;
  for (const key in format) if (key !== 'pattern' && key !== 'padding') return false;
  const { pattern, padding } = format;
  if (typeof pattern !== 'string' || pattern.length < 1 || pattern.length > 32) return false;
  if (patternIssue(pattern) !== undefined) return false;
  if (!Number.isInteger(padding) || (padding as number) < 1 || (padding as number) > 12) {
    return false;
  }
  if (!Number.isInteger(nextCounter) || (nextCounter as number) < 1) return false;
  if ((nextCounter as number) > MAX_COUNTER) return false;
  if (
    lastIssueDate !== undefined &&
    (typeof lastIssueDate !== 'string' || !isIsoDate(lastIssueDate))
  ) {
    return false;
  }
  if (typeof value.resetsYearly !== 'boolean') return false;
  return !lacksYearToken({
    format: { pattern, padding: padding as number },
    resetsYearly: value.resetsYearly,
  });
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIdentifier(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= 64;
}
