import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { createSupplierOrder } from './createSupplierOrder.js';
import { errorCode, frozen, items, seller, supplier } from './internal/testFixtures.js';

describe('createSupplierOrder', () => {
  it('orders items at their purchase cost or the supplier price given', () => {
    const order = createSupplierOrder({
      id: 'PO-1',
      buyer: seller,
      supplier,
      orderReference: 'CF-2026-014',
      lines: [
        { item: items.chair, quantity: '20' },
        { item: items.table, quantity: '2', unitPrice: '210.00' },
      ],
    });
    expect(order).toEqual({
      id: 'PO-1',
      kind: 'supplierOrder',
      status: 'draft',
      currency: 'EUR',
      seller,
      supplier,
      orderReference: 'CF-2026-014',
      lines: [
        {
          id: '1',
          itemReference: 'CH-01',
          label: 'Chaise',
          quantity: '20',
          unitCode: 'C62',
          unitPrice: '41.50',
          vat: { category: 'S', rate: '20' },
          nature: 'goods',
          purchaseCost: '41.50',
        },
        {
          id: '2',
          itemReference: 'TA-01',
          label: 'Table',
          quantity: '2',
          unitCode: 'C62',
          unitPrice: '210.00',
          vat: { category: 'S', rate: '20' },
          nature: 'goods',
        },
      ],
    });
  });

  it('needs a price for every line', () => {
    const error = caughtTpeError(() =>
      createSupplierOrder({
        id: 'PO-1',
        buyer: seller,
        supplier,
        lines: [{ item: items.table, quantity: '1' }],
      }),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ['lines', 0, 'unitPrice'], code: 'unit_price_missing' }),
    ]);
    expect(
      errorCode(() => createSupplierOrder({ id: 'PO-1', buyer: seller, supplier, lines: [] })),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        createSupplierOrder({
          id: 'PO-1',
          seller,
          supplier,
          lines: [{ item: items.chair, quantity: '1' }],
        } as never),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('does not change its input', () => {
    const input = frozen({
      id: 'PO-1',
      buyer: seller,
      supplier,
      lines: [{ item: items.chair, quantity: '1' }],
    });
    const copy = structuredClone(input);
    createSupplierOrder(input);
    expect(input).toEqual(copy);
  });
});
