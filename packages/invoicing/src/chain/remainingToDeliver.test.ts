import { describe, expect, it } from 'vitest';
import { deliverOrder } from './deliverOrder.js';
import { errorCode, frozen, threeLineOrder } from './internal/testFixtures.js';
import { remainingToDeliver } from './remainingToDeliver.js';

describe('remainingToDeliver', () => {
  it('lists each order line with what was delivered and what remains', () => {
    const note = deliverOrder(threeLineOrder, [], {
      id: 'DN-1',
      deliveryDate: '2026-03-10',
      lines: [
        { lineId: '1', quantity: '6' },
        { lineId: '3', quantity: '2.5' },
      ],
    });
    const otherOrder = deliverOrder({ ...threeLineOrder, id: 'SO-2' }, [], {
      id: 'DN-2',
      deliveryDate: '2026-03-10',
    });
    expect(remainingToDeliver(threeLineOrder, [note, otherOrder, threeLineOrder])).toEqual([
      { lineId: '1', label: 'Chaise', ordered: '10', done: '6', remaining: '4' },
      { lineId: '2', label: 'Table', ordered: '2', done: '0', remaining: '2' },
      { lineId: '3', label: 'Livre', ordered: '15', done: '2.5', remaining: '12.5' },
    ]);
    expect(remainingToDeliver(threeLineOrder, []).map((row) => row.remaining)).toEqual([
      '10',
      '2',
      '15',
    ]);
  });

  it('never shows a negative remaining quantity when a line was over-delivered', () => {
    const note = deliverOrder(threeLineOrder, [], { id: 'DN-1', deliveryDate: '2026-03-10' });
    const tooMuch = { ...note, lines: note.lines.map((line) => ({ ...line, quantity: '99' })) };
    expect(remainingToDeliver(threeLineOrder, [tooMuch])[0]).toEqual({
      lineId: '1',
      label: 'Chaise',
      ordered: '10',
      done: '99',
      remaining: '0',
    });
  });

  it('refuses what is not a sales order', () => {
    expect(
      errorCode(() => remainingToDeliver({ ...threeLineOrder, kind: 'supplierOrder' }, [])),
    ).toBe('INVALID_INPUT');
    expect(errorCode(() => remainingToDeliver(threeLineOrder, 'all' as never))).toBe(
      'INVALID_INPUT',
    );
  });

  it('does not change its inputs', () => {
    const order = frozen(threeLineOrder);
    remainingToDeliver(order, []);
    expect(order).toEqual(threeLineOrder);
  });
});
