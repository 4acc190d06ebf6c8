import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { depositInvoice } from './depositInvoice.js';
import { documentOf, errorCode, frozen, items, lineOf } from './internal/testFixtures.js';

/** A table at 1000.00 (20 %) and 10 books at 20.00 (5.5 %): 1200.00 + 211.00 VAT. */
const twoRateOrder = documentOf('salesOrder', 'SO-1', [
  { ...lineOf('1', items.table, '1'), unitPrice: '1000.00' },
  { ...lineOf('2', items.book, '10'), unitPrice: '20.00' },
]);

describe('depositInvoice', () => {
  it('invoices a 30 % deposit with one line per VAT rate', () => {
    const deposit = depositInvoice(twoRateOrder, [], { id: 'DEP-1', percent: '30' });
    expect(deposit).toEqual({
      id: 'DEP-1',
      kind: 'depositInvoice',
      status: 'draft',
      currency: 'EUR',
      seller: twoRateOrder.seller,
      customer: twoRateOrder.customer,
      // 30 % of 1200.00 = 360.00, split 1000 : 200
      lines: [
        {
          id: '1',
          label: 'Acompte sur commande SO-1',
          quantity: '1',
          unitCode: 'C62',
          unitPrice: '60.00',
          vat: { category: 'S', rate: '5.5' },
          nature: 'goods',
        },
        {
          id: '2',
          label: 'Acompte sur commande SO-1',
          quantity: '1',
          unitCode: 'C62',
          unitPrice: '300.00',
          vat: { category: 'S', rate: '20' },
          nature: 'goods',
        },
      ],
      links: [{ documentId: 'SO-1', relation: 'invoicedFrom' }],
    });
    const totals = computeDocumentTotals(deposit);
    // VAT 3.30 + 60.00
    expect([totals.taxExclusiveAmount, totals.vatTotal, totals.taxInclusiveAmount]).toEqual([
      '360.00',
      '63.30',
      '423.30',
    ]);
  });

  it('loses no cent when the split does not fall on cents', () => {
    // 3 × 33.33 = 99.99 at 20 % and 10.01 at 5.5 %: 30 % of 110.00 = 33.00,
    // 29.997 and 3.003 → 29.99 and 3.00, the cent left to the larger remainder
    const order = documentOf('salesOrder', 'SO-2', [
      { ...lineOf('1', items.chair, '3'), unitPrice: '33.33' },
      { ...lineOf('2', items.book, '1'), unitPrice: '10.01' },
    ]);
    const deposit = depositInvoice(order, [], { id: 'DEP-1', percent: '30', label: 'Acompte' });
    expect(deposit.lines.map((line) => [line.vat.rate, line.unitPrice])).toEqual([
      ['5.5', '3.00'],
      ['20', '30.00'],
    ]);
    // VAT 0.17 (0.165) + 6.00
    expect(computeDocumentTotals(deposit).taxInclusiveAmount).toBe('39.17');
  });

  it('takes an amount excluding VAT, and services make service lines', () => {
    const order = documentOf('salesOrder', 'SO-3', [lineOf('1', items.hour, '10')]);
    const deposit = depositInvoice(order, [], { id: 'DEP-1', amountExcludingVat: '100.00' });
    expect(deposit.lines.map((line) => [line.unitPrice, line.nature])).toEqual([
      ['100.00', 'service'],
    ]);
  });

  it('refuses deposits beyond the order, counting earlier ones not cancelled', () => {
    const first = depositInvoice(twoRateOrder, [], { id: 'DEP-1', percent: '70' });
    const error = caughtTpeError(() =>
      depositInvoice(twoRateOrder, [first], { id: 'DEP-2', percent: '30.01' }),
    );
    expect([error.code, error.details]).toEqual([
      'QUANTITY_EXCEEDS_REMAINING',
      { requested: '360.12', remaining: '360.00' },
    ]);
    expect(
      depositInvoice(twoRateOrder, [first], { id: 'DEP-2', percent: '30' }).lines,
    ).toHaveLength(2);
    const cancelled = { ...first, status: 'cancelled' as const };
    expect(
      depositInvoice(twoRateOrder, [cancelled], { id: 'DEP-2', percent: '100' }).lines,
    ).toHaveLength(2);
  });

  it('answers bad input with stable codes', () => {
    const issue = (options: unknown) =>
      caughtTpeError(() => depositInvoice(twoRateOrder, [], options as never)).issues.map(
        (found) => found.code,
      );
    expect(issue({ id: 'DEP-1' })).toEqual(['deposit_missing']);
    expect(issue({ id: 'DEP-1', percent: '30', amountExcludingVat: '10.00' })).toEqual([
      'deposit_conflict',
    ]);
    expect(issue({ id: 'DEP-1', percent: '0' })).toEqual(['not_positive']);
    expect(issue({ id: 'DEP-1', percent: '100.01' })).toEqual(['above_hundred']);
    expect(issue({ id: 'DEP-1', amountExcludingVat: '0.00' })).toEqual(['not_positive']);
    expect(issue({ id: 'DEP-1', amountExcludingVat: '-5.00' })).toEqual(['negative_not_allowed']);
    expect(issue({ id: 'DEP-1', percent: '0.0001' })).toEqual(['deposit_rounds_to_zero']);
    const empty = documentOf('salesOrder', 'SO-0', [
      { ...lineOf('1', items.chair, '1'), unitPrice: '0' },
    ]);
    expect(
      caughtTpeError(() => depositInvoice(empty, [], { id: 'DEP-1', percent: '30' })).issues[0]
        ?.code,
    ).toBe('nothing_to_deposit');
    expect(
      errorCode(() =>
        depositInvoice({ ...twoRateOrder, status: 'cancelled' }, [], {
          id: 'DEP-1',
          percent: '30',
        }),
      ),
    ).toBe('DOCUMENT_CANCELLED');
    expect(
      errorCode(() =>
        depositInvoice({ ...twoRateOrder, kind: 'quote', status: 'accepted' }, [], {
          id: 'DEP-1',
          percent: '30',
        }),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('does not change its inputs', () => {
    const order = frozen(twoRateOrder);
    depositInvoice(order, [], frozen({ id: 'DEP-1', percent: '30' }));
    expect(order).toEqual(twoRateOrder);
  });
});
