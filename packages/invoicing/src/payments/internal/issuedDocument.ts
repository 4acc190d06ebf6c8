import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import {
  type CommercialDocument,
  commercialDocumentSchema,
} from '../../model/CommercialDocument.js';
import type { DocumentKind } from '../../model/DocumentKind.js';
import { computeDocumentTotals } from '../../totals/computeDocumentTotals.js';
import { invalidInput } from './inputErrors.js';

/** What payments read of an issued document. */
export interface IssuedDocumentFacts {
  readonly document: CommercialDocument;
  readonly number: string;
  readonly issueDate: string;
  readonly customerId: string;
  readonly amountDue: string;
  readonly status: 'issued' | 'cancelled';
}

const inputSchema = z.strictObject({ document: commercialDocumentSchema });

/**
 * Checks that a document is an issued (or since cancelled) document of one
 * of `kinds` with a number, a date and a customer, and computes its amount
 * due (BT-115).
 */
export function readIssuedDocument(
  document: CommercialDocument,
  kinds: readonly DocumentKind[],
): IssuedDocumentFacts {
  const parsed = parseWithSchema(inputSchema, { document }).document;
  if (!kinds.includes(parsed.kind)) {
    throw invalidInput(
      ['document', 'kind'],
      'wrong_kind',
      `Expected a ${kinds.join(' or ')}, got a ${parsed.kind}`,
    );
  }
  if (parsed.status !== 'issued' && parsed.status !== 'cancelled') {
    throw invalidInput(
      ['document', 'status'],
      'not_issued',
      `${parsed.kind} ${parsed.id} is not issued`,
    );
  }
  const missing = (field: string) =>
    invalidInput(
      ['document', field],
      `${field}_missing`,
      `The issued ${parsed.kind} ${parsed.id} has no ${field}`,
    );
  if (parsed.number === undefined) throw missing('number');
  if (parsed.issueDate === undefined) throw missing('issueDate');
  if (parsed.customer === undefined) throw missing('customer');
  return {
    document: parsed,
    number: parsed.number,
    issueDate: parsed.issueDate,
    customerId: parsed.customer.id,
    amountDue: computeDocumentTotals(parsed).amountDue,
    status: parsed.status,
  };
}
