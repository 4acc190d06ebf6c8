import { deepFreeze } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { aCreditNote, aPayment, errorCode } from './internal/testFixtures.js';
import { refundCredit } from './refundCredit.js';

const payment = aPayment('P-1', '1300.00', '2026-04-15');
const history = {
  allocations: [
    {
      source: { kind: 'payment' as const, id: 'P-1' },
      invoiceId: 'INV-1',
      amount: '1200.00',
      date: '2026-04-15',
    },
    {
      source: { kind: 'payment' as const, id: 'P-9' },
      invoiceId: 'INV-2',
      amount: '50.00',
      date: '2026-04-15',
    },
  ],
};
const request = { id: 'R-1', date: '2026-05-02', amount: '60.00', method: 'transfer' as const };

describe('refundCredit', () => {
  it('refunds part of an overpayment: 1300 − 1200 = 100 credit, 60 refunded, 40 left', () => {
    expect(refundCredit({ payment }, { ...request, reference: 'VIR-REMB-1' }, history)).toEqual({
      refund: {
        id: 'R-1',
        customerId: 'C-001',
        date: '2026-05-02',
        amount: '60.00',
        method: 'transfer',
        reference: 'VIR-REMB-1',
        source: { kind: 'payment', id: 'P-1' },
      },
      currency: 'EUR',
      creditLeft: '40.00',
    });
  });

  it('counts earlier refunds, and refunds a credit note that no invoice used', () => {
    const first = refundCredit({ payment }, request, history);
    const second = refundCredit(
      { payment },
      { ...request, id: 'R-2', amount: '40' },
      { ...history, refunds: [first.refund] },
    );
    expect(second.creditLeft).toBe('0.00');
    expect(
      errorCode(() =>
        refundCredit(
          { payment },
          { ...request, id: 'R-3', amount: '0.01' },
          {
            ...history,
            refunds: [first.refund, second.refund],
          },
        ),
      ),
    ).toBe('ALLOCATION_EXCEEDS');
    const note = refundCredit({ creditNote: aCreditNote('CN-1', '80.00', '2026-03-20') }, request);
    expect(note.refund.source).toEqual({ kind: 'creditNote', id: 'CN-1' });
    expect(note.creditLeft).toBe('20.00');
  });

  it('refuses more than the credit, a date before the source and bad input', () => {
    expect(
      errorCode(() => refundCredit({ payment }, { ...request, amount: '100.01' }, history)),
    ).toBe('ALLOCATION_EXCEEDS');
    expect(
      errorCode(() => refundCredit({ payment }, { ...request, date: '2026-04-14' }, history)),
    ).toBe('INVALID_INPUT');
    expect(errorCode(() => refundCredit({ payment }, { ...request, amount: '0.00' }))).toBe(
      'INVALID_INPUT',
    );
    expect(errorCode(() => refundCredit({ invoice: payment } as never, request))).toBe(
      'INVALID_INPUT',
    );
    expect(
      errorCode(() => refundCredit({ payment }, { ...request, method: 'gold' as never })),
    ).toBe('INVALID_INPUT');
  });

  it('does not mutate its inputs', () => {
    const frozen = deepFreeze({ payment, request, history });
    expect(
      refundCredit({ payment: frozen.payment }, frozen.request, frozen.history).creditLeft,
    ).toBe('40.00');
  });
});
