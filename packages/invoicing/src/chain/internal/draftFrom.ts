import type { CommercialDocument, DocumentLink } from '../../model/CommercialDocument.js';
import type { DocumentKind } from '../../model/DocumentKind.js';
import type { DocumentLine } from '../../model/DocumentLine.js';
import { DOCUMENT_STATUSES } from '../../model/DocumentStatus.js';

/** What a new document of the chain states beyond what it takes from its source. */
export type DraftFields = Omit<CommercialDocument, 'status' | 'currency' | 'seller'> & {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly lines: readonly DocumentLine[];
  readonly links: readonly DocumentLink[];
};

/**
 * A new document made from `source`: in the first status of its kind, with
 * the source's currency, parties and buyer references (BT-10, BT-13), then
 * the given fields.
 */
export function draftFrom(source: CommercialDocument, fields: DraftFields): CommercialDocument {
  const { id, kind, ...rest } = fields;
  return {
    id,
    kind,
    status: DOCUMENT_STATUSES[kind][0] ?? 'draft',
    currency: source.currency,
    seller: source.seller,
    ...(source.customer === undefined ? {} : { customer: source.customer }),
    ...(source.supplier === undefined ? {} : { supplier: source.supplier }),
    ...(source.buyerReference === undefined ? {} : { buyerReference: source.buyerReference }),
    ...(source.orderReference === undefined ? {} : { orderReference: source.orderReference }),
    ...rest,
  };
}
