import { deepFreeze } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import type { Allocation } from '../payments/Allocation.js';
import { aCreditNote, anInvoice, errorCode } from '../payments/internal/testFixtures.js';
import { daysSalesOutstanding } from './daysSalesOutstanding.js';

const invoices = [
  anInvoice('I-0', '5000.00', '2025-12-15'), // before a 90-day window ending 06-30
  anInvoice('I-1', '6000.00', '2026-04-15'),
  anInvoice('I-2', '3000.00', '2026-06-10'),
  anInvoice('I-3', '1200.00', '2026-07-02'), // after asOf
];
const allocation = (invoiceId: string, amount: string, date: string): Allocation => ({
  source: { kind: 'payment', id: `P-${invoiceId}` },
  invoiceId,
  amount,
  date,
});
const allocations = [
  allocation('I-0', '5000.00', '2026-01-20'),
  allocation('I-1', '4500.00', '2026-05-15'),
  allocation('I-2', '3000.00', '2026-07-05'), // after asOf
];

describe('daysSalesOutstanding', () => {
  it('receivable / sales of the window × days', () => {
    // window 2026-04-02 … 2026-06-30; sales 6000 + 3000 = 9000; owed 1500 (I-1) + 3000 (I-2) = 4500
    // 4500 / 9000 × 90 = 45.00
    expect(daysSalesOutstanding(invoices, allocations, { asOf: '2026-06-30', days: 90 })).toEqual({
      asOf: '2026-06-30',
      windowStart: '2026-04-02',
      days: 90,
      receivable: '4500.00',
      sales: '9000.00',
      dso: '45.00',
    });
  });

  it('a year by default; credit notes of the window reduce the sales', () => {
    // 365 days from 2025-07-01: sales 5000 + 6000 + 3000 = 14000 − 1000 credit note = 13000
    // 4500 / 13000 × 365 = 126.346… → 126.35
    expect(
      daysSalesOutstanding(invoices, allocations, {
        asOf: '2026-06-30',
        creditNotes: [aCreditNote('CN-1', '1000.00', '2026-05-01')],
      }),
    ).toMatchObject({ windowStart: '2025-07-01', sales: '13000.00', dso: '126.35' });
    expect(daysSalesOutstanding([], [], { asOf: '2026-06-30' })).toMatchObject({
      sales: '0.00',
      dso: null,
    });
  });

  it('refuses bad input and does not mutate', () => {
    expect(
      errorCode(() => daysSalesOutstanding(invoices, allocations, { asOf: '2026-06-30', days: 0 })),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        daysSalesOutstanding(invoices, allocations, { asOf: '2026-06-30', days: 1.5 }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        daysSalesOutstanding(invoices, allocations, {
          asOf: '2026-06-30',
          creditNotes: [aCreditNote('CN-1', '1.00', '2026-05-01', { currency: 'GBP' })],
        }),
      ),
    ).toBe('CURRENCY_MISMATCH');
    const frozen = deepFreeze({
      invoices: structuredClone(invoices),
      allocations: structuredClone(allocations),
    });
    expect(
      daysSalesOutstanding(frozen.invoices, frozen.allocations, { asOf: '2026-06-30', days: 90 })
        .dso,
    ).toBe('45.00');
  });
});
