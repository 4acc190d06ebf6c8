import { describe, expect, it } from 'vitest';
import { confirmOrder } from './confirmOrder.js';
import { documentOf, errorCode, frozen, items, lineOf } from './internal/testFixtures.js';

const draft = documentOf('salesOrder', 'SO-1', [lineOf('1', items.chair, '4')], {
  status: 'draft',
});

describe('confirmOrder', () => {
  it('confirms a draft sales or supplier order', () => {
    expect(confirmOrder(draft)).toEqual({ ...draft, status: 'confirmed' });
    const purchase = documentOf('supplierOrder', 'PO-1', [lineOf('1', items.chair, '4')], {
      status: 'draft',
    });
    expect(confirmOrder(purchase).status).toBe('confirmed');
  });

  it('refuses other statuses and kinds', () => {
    for (const status of ['confirmed', 'cancelled', 'closed'] as const) {
      expect(errorCode(() => confirmOrder({ ...draft, status }))).toBe('INVALID_TRANSITION');
    }
    expect(errorCode(() => confirmOrder({ ...draft, kind: 'quote' }))).toBe('INVALID_INPUT');
  });

  it('does not change its input', () => {
    const input = frozen(draft);
    confirmOrder(input);
    expect(input).toEqual(draft);
  });
});
