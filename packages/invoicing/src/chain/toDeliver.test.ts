import { describe, expect, it } from 'vitest';
import { deliverOrder } from './deliverOrder.js';
import { documentOf, errorCode, items, lineOf, threeLineOrder } from './internal/testFixtures.js';
import { toDeliver } from './toDeliver.js';

describe('toDeliver', () => {
  it('lists the lines of open sales orders left to deliver', () => {
    const note = deliverOrder(threeLineOrder, [], {
      id: 'DN-1',
      deliveryDate: '2026-03-10',
      lines: [
        { lineId: '1', quantity: '10' },
        { lineId: '3', quantity: '5' },
      ],
    });
    const other = documentOf('salesOrder', 'SO-2', [lineOf('1', items.table, '1')], {
      status: 'draft',
    });
    const closed = { ...other, id: 'SO-3', status: 'closed' as const };
    const cancelled = { ...other, id: 'SO-4', status: 'cancelled' as const };
    const rows = toDeliver([threeLineOrder, note, other, closed, cancelled]);
    expect(
      rows.map((row) => [row.document.id, row.line.id, row.ordered, row.done, row.remaining]),
    ).toEqual([
      ['SO-1', '2', '2', '0', '2'],
      ['SO-1', '3', '15', '5', '10'],
      ['SO-2', '1', '1', '0', '1'],
    ]);
    expect(rows[0]?.line).toEqual(threeLineOrder.lines[1]);
  });

  it('is empty without orders, and refuses malformed documents', () => {
    expect(toDeliver([])).toEqual([]);
    expect(errorCode(() => toDeliver([{ id: 'x' }] as never))).toBe('INVALID_INPUT');
  });
});
