import type { CommercialDocument } from '../../model/CommercialDocument.js';
import type { DocumentKind } from '../../model/DocumentKind.js';
import {
  documentCancelled,
  type InputPath,
  invalidTransition,
  notIssued,
  wrongKind,
} from './chainErrors.js';

/** Throws `INVALID_INPUT` unless the document is of one of the kinds. */
export function expectKind(
  document: CommercialDocument,
  kinds: readonly DocumentKind[],
  path: InputPath,
): void {
  if (!kinds.includes(document.kind)) throw wrongKind(document, kinds, path);
}

/**
 * Checks that an order can still be delivered, received or invoiced into a
 * document of kind `into`: `DOCUMENT_CANCELLED` when cancelled,
 * `INVALID_TRANSITION` when closed.
 */
export function expectOpenOrder(
  order: CommercialDocument,
  kinds: readonly DocumentKind[],
  into: DocumentKind,
  path: InputPath,
): void {
  expectKind(order, kinds, path);
  if (order.status === 'cancelled') throw documentCancelled(order, path);
  if (order.status === 'closed') throw invalidTransition(order, into);
}

/**
 * Checks that an invoice is issued (status `issued`, a number and an issue
 * date): `DOCUMENT_CANCELLED` when cancelled, `NOT_ISSUED` otherwise.
 */
export function expectIssued(
  invoice: CommercialDocument,
  path: InputPath,
): asserts invoice is CommercialDocument & { readonly number: string; readonly issueDate: string } {
  if (invoice.status === 'cancelled') throw documentCancelled(invoice, path);
  if (
    invoice.status !== 'issued' ||
    invoice.number === undefined ||
    invoice.issueDate === undefined
  ) {
    throw notIssued(invoice, path);
  }
}

/** Whether a document counts in what was done from a source: not cancelled. */
export function isLive(document: CommercialDocument): boolean {
  return document.status !== 'cancelled';
}

/** Whether `document` links to `sourceId` with `relation`. */
export function linksTo(
  document: CommercialDocument,
  sourceId: string,
  relation: NonNullable<CommercialDocument['links']>[number]['relation'],
): boolean {
  return (
    document.links?.some((link) => link.documentId === sourceId && link.relation === relation) ===
    true
  );
}
