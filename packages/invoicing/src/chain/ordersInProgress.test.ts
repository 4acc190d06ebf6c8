import { describe, expect, it } from 'vitest';
import { deliverOrder } from './deliverOrder.js';
import { errorCode, frozen, threeLineOrder } from './internal/testFixtures.js';
import { invoiceFromDeliveries } from './invoiceFromDeliveries.js';
import { ordersInProgress } from './ordersInProgress.js';

describe('ordersInProgress', () => {
  it('lists the open sales orders with something left to deliver or to invoice', () => {
    const delivered = { ...threeLineOrder, id: 'SO-A' };
    const note = deliverOrder(delivered, [], { id: 'DN-1', deliveryDate: '2026-03-10' });
    const finished = { ...threeLineOrder, id: 'SO-B' };
    const finishedNote = deliverOrder(finished, [], { id: 'DN-2', deliveryDate: '2026-03-10' });
    const finishedInvoice = invoiceFromDeliveries(finished, [], {
      id: 'INV-2',
      deliveryNotes: [finishedNote],
    });
    const closed = { ...threeLineOrder, id: 'SO-C', status: 'closed' as const };
    const fresh = { ...threeLineOrder, id: 'SO-D', status: 'draft' as const };
    const documents = frozen([
      delivered,
      note,
      finished,
      finishedNote,
      finishedInvoice,
      closed,
      fresh,
    ]);
    // SO-A is delivered but not invoiced; SO-B is done; SO-C is closed; SO-D has not started
    expect(ordersInProgress(documents).map((order) => order.id)).toEqual(['SO-A', 'SO-D']);
  });

  it('refuses malformed documents', () => {
    expect(errorCode(() => ordersInProgress([{ ...threeLineOrder, kind: 'order' }] as never))).toBe(
      'INVALID_INPUT',
    );
  });
});
