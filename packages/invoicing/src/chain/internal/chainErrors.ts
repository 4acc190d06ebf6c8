import { TpeError } from '@tpe/core';
import type { CommercialDocument } from '../../model/CommercialDocument.js';
import type { DocumentKind } from '../../model/DocumentKind.js';

/** A path in the input of a chain function, e.g. `['order', 'lines', 0]`. */
export type InputPath = readonly (string | number)[];

/** `INVALID_INPUT` with one issue. */
export function invalidInput(path: InputPath, code: string, message: string): TpeError {
  return new TpeError('INVALID_INPUT', `Invalid input: ${message}`, {
    issues: [{ path, code, message }],
  });
}

/** `INVALID_INPUT` when a document is not of a kind the function takes. */
export function wrongKind(
  document: CommercialDocument,
  expected: readonly DocumentKind[],
  path: InputPath,
): TpeError {
  return invalidInput(
    [...path, 'kind'],
    'wrong_kind',
    `Document ${document.id} is a ${document.kind}, expected ${expected.join(' or ')}`,
  );
}

/** `INVALID_TRANSITION` from the document's status to `to`. */
export function invalidTransition(
  document: CommercialDocument,
  to: string,
  from: string = document.status,
): TpeError {
  return new TpeError(
    'INVALID_TRANSITION',
    `The ${document.kind} ${document.id} cannot go from ${from} to ${to}`,
    { details: { documentId: document.id, kind: document.kind, from, to } },
  );
}

/** `DOCUMENT_CANCELLED` for a cancelled document used as a source. */
export function documentCancelled(document: CommercialDocument, path: InputPath): TpeError {
  const message = `The ${document.kind} ${document.id} is cancelled`;
  return new TpeError('DOCUMENT_CANCELLED', message, {
    issues: [{ path: [...path, 'status'], code: 'document_cancelled', message }],
    details: { documentId: document.id },
  });
}

/** `NOT_A_DRAFT` for an issued document where a draft is expected. */
export function notADraft(document: CommercialDocument, path: InputPath): TpeError {
  const message = `The ${document.kind} ${document.id} is ${document.status}, not a draft`;
  return new TpeError('NOT_A_DRAFT', message, {
    issues: [{ path: [...path, 'status'], code: 'not_a_draft', message }],
    details: { documentId: document.id, status: document.status },
  });
}

/** `NOT_ISSUED` for a document without a number or issue date where an issued one is expected. */
export function notIssued(document: CommercialDocument, path: InputPath): TpeError {
  const message = `The ${document.kind} ${document.id} is not issued (it needs a number and an issue date)`;
  return new TpeError('NOT_ISSUED', message, {
    issues: [{ path: [...path, 'status'], code: 'not_issued', message }],
    details: { documentId: document.id, status: document.status },
  });
}

/**
 * The error code for taking more than remains of a source document:
 * `QUANTITY_EXCEEDS_REMAINING`, or `CREDIT_EXCEEDS_INVOICE` for a credit note.
 */
export type ExceedsCode = 'QUANTITY_EXCEEDS_REMAINING' | 'CREDIT_EXCEEDS_INVOICE';

/** `code` for taking more than remains of one line of a source document. */
export function exceedsRemaining(
  code: ExceedsCode,
  path: InputPath,
  details: { readonly lineId: string; readonly requested: string; readonly remaining: string },
): TpeError {
  const message = `Line ${details.lineId}: ${details.requested} asked, ${details.remaining} remaining`;
  return new TpeError(code, message, {
    issues: [{ path, code: 'exceeds_remaining', message }],
    details,
  });
}

/** `code` when nothing is left to take from a source document. */
export function nothingRemaining(
  code: ExceedsCode,
  document: CommercialDocument,
  path: InputPath,
): TpeError {
  const message = `Nothing remains on the ${document.kind} ${document.id}`;
  return new TpeError(code, message, {
    issues: [{ path, code: 'nothing_remaining', message }],
    details: { documentId: document.id },
  });
}

/** `CREDIT_EXCEEDS_INVOICE` with what was asked and what remains. */
export function creditExceedsInvoice(
  path: InputPath,
  message: string,
  details: Readonly<Record<string, unknown>>,
): TpeError {
  return new TpeError('CREDIT_EXCEEDS_INVOICE', message, {
    issues: [{ path, code: 'credit_exceeds_invoice', message }],
    details,
  });
}
