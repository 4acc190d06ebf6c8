import type { CommercialDocument } from '../../model/CommercialDocument.js';
import type { DocumentKind } from '../../model/DocumentKind.js';
import type { OpenLine } from '../OpenLine.js';
import { doneQuantities, remainingOf } from './progress.js';
import { decimalOf, formatQuantity, ZERO } from './quantities.js';
import { isLive } from './sourceGuards.js';

/** The orders still open: in `draft` or `confirmed`. */
export function openOrders(
  documents: readonly CommercialDocument[],
  orderKind: DocumentKind,
): CommercialDocument[] {
  return documents.filter(
    (document) =>
      document.kind === orderKind &&
      (document.status === 'draft' || document.status === 'confirmed'),
  );
}

/**
 * The lines of the open orders of `orderKind` among `documents` that the
 * documents of `takerKinds` (not cancelled) have not fully taken, in the
 * order of the documents and their lines.
 */
export function openLines(
  documents: readonly CommercialDocument[],
  orderKind: DocumentKind,
  takerKinds: readonly DocumentKind[],
): OpenLine[] {
  const takersBySource = new Map<string, CommercialDocument[]>();
  for (const document of documents) {
    if (!takerKinds.includes(document.kind) || !isLive(document)) continue;
    const sources = new Set(document.lines.flatMap((line) => line.source?.documentId ?? []));
    for (const sourceId of sources) {
      const takers = takersBySource.get(sourceId) ?? [];
      takers.push(document);
      takersBySource.set(sourceId, takers);
    }
  }
  return openOrders(documents, orderKind).flatMap((order) => {
    const done = doneQuantities(order, takersBySource.get(order.id) ?? []);
    return order.lines.flatMap((line) => {
      const taken = done.get(line.id) ?? ZERO;
      const remaining = remainingOf(line, taken);
      if (remaining.isZero()) return [];
      return [
        {
          document: order,
          line,
          ordered: formatQuantity(decimalOf(line.quantity)),
          done: formatQuantity(taken),
          remaining: formatQuantity(remaining),
        },
      ];
    });
  });
}
