import type { Decimal } from '@tpe/core';
import type { CommercialDocument } from '../../model/CommercialDocument.js';
import type { DocumentKind } from '../../model/DocumentKind.js';
import { doneQuantities } from './progress.js';
import { isLive } from './sourceGuards.js';

/**
 * The quantity of each line of `source` taken by the documents of the given
 * kinds that are not cancelled; documents of other kinds are ignored, so a
 * caller may pass all its documents.
 */
export function takenBy(
  source: CommercialDocument,
  documents: readonly CommercialDocument[],
  kinds: readonly DocumentKind[],
): Map<string, Decimal> {
  return doneQuantities(
    source,
    documents.filter((document) => kinds.includes(document.kind) && isLive(document)),
  );
}
