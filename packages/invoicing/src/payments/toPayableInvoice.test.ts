import { deepFreeze } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { aLine, anIssuedInvoice } from '../internal/documentFixtures.js';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { allocatePayment } from './allocatePayment.js';
import { errorCode } from './internal/testFixtures.js';
import { toPayableInvoice } from './toPayableInvoice.js';

// 2 × 450.00 at 20 % = 900.00 + 180.00 = 1080.00, minus a deposit of 300.00 = 780.00 due
const invoice = anIssuedInvoice('INV-1', '2026-03-02', [aLine('1', '2', '450')], {
  dueDate: '2026-04-01',
  deductedDeposits: [
    { documentId: 'DEP-1', number: 'FA-1', issueDate: '2026-02-01', amount: '300.00' },
  ],
});

describe('toPayableInvoice', () => {
  it('reads the amount due computed by computeDocumentTotals', () => {
    expect(toPayableInvoice(invoice)).toEqual({
      id: 'INV-1',
      number: 'F-INV-1',
      customerId: 'C-001',
      issueDate: '2026-03-02',
      dueDate: '2026-04-01',
      amountDue: '780.00',
      currency: 'EUR',
      status: 'issued',
    });
  });

  it('gives a record allocatePayment accepts', () => {
    const payment = {
      id: 'P-1',
      customerId: 'C-001',
      date: '2026-03-30',
      amount: '800.00',
      method: 'card' as const,
    };
    expect(
      allocatePayment(payment, [toPayableInvoice(invoice)], { strategy: 'oldestDueFirst' }).credit,
    ).toBe('20.00');
  });

  it('refuses drafts, other kinds and missing facts', () => {
    const { number: _number, ...unnumbered } = invoice;
    const { dueDate: _dueDate, ...undue } = invoice;
    const { customer: _customer, ...anonymous } = invoice;
    const cases: [CommercialDocument, string][] = [
      [{ ...invoice, status: 'draft' }, 'not_issued'],
      [{ ...invoice, kind: 'creditNote' }, 'wrong_kind'],
      [unnumbered, 'number_missing'],
      [undue, 'dueDate_missing'],
      [anonymous, 'customer_missing'],
    ];
    for (const [document, issue] of cases) {
      expect(() => toPayableInvoice(document)).toThrowError(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          issues: [expect.objectContaining({ code: issue })],
        }),
      );
    }
    // an invoice whose deposits exceed it owes a negative amount: 1080.00 − 1100.00
    const overpaid = {
      ...invoice,
      deductedDeposits: [
        { documentId: 'DEP-1', number: 'FA-1', issueDate: '2026-02-01', amount: '1100.00' },
      ],
    };
    expect(errorCode(() => toPayableInvoice(overpaid))).toBe('INVALID_INPUT');
    expect(errorCode(() => toPayableInvoice({ id: 'x' } as never))).toBe('INVALID_INPUT');
  });

  it('does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(invoice));
    expect(toPayableInvoice(frozen).amountDue).toBe('780.00');
  });
});
