import type { CommercialDocument } from '../model/CommercialDocument.js';
import type { DocumentLine } from '../model/DocumentLine.js';

/**
 * One order line with something left to do, as listed by {@link toDeliver},
 * {@link toInvoice} and {@link toReceive}.
 *
 * @example
 * ```ts
 * import type { OpenLine } from '@tpe/invoicing';
 *
 * const describe = (row: OpenLine): string => `${row.document.id} ${row.line.label}: ${row.remaining} left`;
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface OpenLine {
  /** The order. */
  readonly document: CommercialDocument;
  /** Its line. */
  readonly line: DocumentLine;
  /** The line's quantity. */
  readonly ordered: string;
  /** The quantity already delivered, invoiced or received. */
  readonly done: string;
  /** What is left, above zero. */
  readonly remaining: string;
}
