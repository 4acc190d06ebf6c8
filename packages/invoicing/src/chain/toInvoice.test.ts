import { describe, expect, it } from 'vitest';
import { errorCode, threeLineOrder } from './internal/testFixtures.js';
import { invoiceFromOrder } from './invoiceFromOrder.js';
import { situationInvoice } from './situationInvoice.js';
import { toInvoice } from './toInvoice.js';

describe('toInvoice', () => {
  it('lists the lines of open sales orders left to invoice', () => {
    const invoice = invoiceFromOrder(threeLineOrder, [], {
      id: 'INV-1',
      lines: [{ lineId: '1', quantity: '10' }],
    });
    const situation = situationInvoice(threeLineOrder, [invoice], {
      id: 'SIT-1',
      progress: [{ lineId: '2', percent: '25' }],
    });
    const cancelled = invoiceFromOrder(threeLineOrder, [], {
      id: 'INV-0',
      lines: [{ lineId: '3', quantity: '2' }],
    });
    expect(
      toInvoice([threeLineOrder, invoice, situation, { ...cancelled, status: 'cancelled' }]).map(
        (row) => [row.line.id, row.done, row.remaining],
      ),
    ).toEqual([
      // 25 % of 2 tables
      ['2', '0.5', '1.5'],
      ['3', '0', '15'],
    ]);
  });

  it('refuses malformed documents', () => {
    expect(errorCode(() => toInvoice('SO-1' as never))).toBe('INVALID_INPUT');
  });
});
