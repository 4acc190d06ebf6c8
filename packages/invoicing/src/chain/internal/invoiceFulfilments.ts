import { compareDates, TpeError } from '@tpe/core';
import type { CommercialDocument } from '../../model/CommercialDocument.js';
import type { LineQuantity } from '../LineQuantity.js';
import { invalidInput } from './chainErrors.js';
import type { DraftFields } from './draftFrom.js';
import { invoiceSlices } from './invoiceSlices.js';
import { doneQuantities } from './progress.js';
import { formatQuantity } from './quantities.js';
import { expectKind, expectOpenOrder, isLive, linksTo } from './sourceGuards.js';
import { takenBy } from './takenBy.js';
import { takeQuantities } from './takeQuantities.js';

/** The two sides: delivery notes invoiced to a customer, goods receipts invoiced by a supplier. */
export interface InvoicedFulfilment {
  readonly orderKind: 'salesOrder' | 'supplierOrder';
  readonly noteKind: 'deliveryNote' | 'goodsReceipt';
  readonly invoiceKind: 'invoice' | 'supplierInvoice';
  /** The name of the parameter holding the notes, for error paths. */
  readonly notesOption: 'deliveryNotes' | 'receipts';
}

/**
 * The invoice of what some delivery notes (or goods receipts) of an order
 * delivered: one line per order line, for the quantities of the notes.
 * Throws `INVALID_INPUT` for a note of another order or given twice, and
 * `QUANTITY_EXCEEDS_REMAINING` for a note already invoiced or quantities
 * beyond what remains to invoice.
 */
export function invoiceFulfilments(
  side: InvoicedFulfilment,
  order: CommercialDocument,
  invoices: readonly CommercialDocument[],
  notes: readonly CommercialDocument[],
  fields: Omit<DraftFields, 'lines' | 'links' | 'kind'>,
): CommercialDocument {
  expectOpenOrder(order, [side.orderKind], side.invoiceKind, ['order']);
  const liveInvoices = invoices.filter(
    (invoice) => invoice.kind === side.invoiceKind && isLive(invoice),
  );
  if (notes.length === 0) {
    throw invalidInput(['options', side.notesOption], 'too_small', 'Give at least one document');
  }
  const seen = new Set<string>();
  notes.forEach((note, index) => {
    const path = ['options', side.notesOption, index];
    expectKind(note, [side.noteKind], path);
    if (seen.has(note.id)) {
      throw invalidInput([...path, 'id'], 'duplicate_document', `${note.id} is given twice`);
    }
    seen.add(note.id);
    if (note.lines.some((line) => line.source?.documentId !== order.id)) {
      throw invalidInput(
        [...path, 'lines'],
        'not_from_order',
        `The ${note.kind} ${note.id} has lines that do not come from the order ${order.id}`,
      );
    }
    const invoicedBy = liveInvoices.find((invoice) => linksTo(invoice, note.id, 'invoicedFrom'));
    if (invoicedBy !== undefined) {
      const message = `The ${note.kind} ${note.id} is already invoiced by ${invoicedBy.id}`;
      throw new TpeError('QUANTITY_EXCEEDS_REMAINING', message, {
        issues: [{ path, code: 'already_invoiced', message }],
        details: { documentId: note.id, invoiceId: invoicedBy.id },
      });
    }
  });
  const delivered = doneQuantities(order, notes);
  const requested: LineQuantity[] = order.lines.flatMap((line) => {
    const quantity = delivered.get(line.id);
    return quantity === undefined || quantity.isZero()
      ? []
      : [{ lineId: line.id, quantity: formatQuantity(quantity) }];
  });
  const before = takenBy(order, liveInvoices, [side.invoiceKind]);
  const slices = takeQuantities(order, before, requested, ['options', side.notesOption, 'lines']);
  const lastDelivery = notes
    .flatMap((note) => (note.deliveryDate === undefined ? [] : [note.deliveryDate]))
    .sort(compareDates)
    .at(-1);
  return invoiceSlices(order, before, slices, {
    ...(lastDelivery === undefined ? {} : { deliveryDate: lastDelivery }),
    ...fields,
    kind: side.invoiceKind,
    links: [
      { documentId: order.id, relation: 'invoicedFrom' },
      ...notes.map((note) => ({ documentId: note.id, relation: 'invoicedFrom' as const })),
    ],
  });
}
