/**
 * How much of one line of a source document (an order, an invoice) the
 * documents made from it have taken: delivered, invoiced, received or
 * credited, depending on the question asked.
 *
 * **Details**: quantities are decimal strings without trailing zeros. The
 * remaining quantity is never negative: a line taken beyond its quantity
 * (by documents not made with this library) shows `"0"` remaining.
 *
 * @example
 * ```ts
 * import type { LineProgress } from '@tpe/invoicing';
 *
 * const row: LineProgress = { lineId: '1', label: 'Chaise', ordered: '10', done: '4', remaining: '6' };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface LineProgress {
  /** The id of the source line. */
  readonly lineId: string;
  /** Its label. */
  readonly label: string;
  /** Its quantity. */
  readonly ordered: string;
  /** The quantity already taken by the documents made from it. */
  readonly done: string;
  /** What is left: `ordered − done`, never below zero. */
  readonly remaining: string;
}
