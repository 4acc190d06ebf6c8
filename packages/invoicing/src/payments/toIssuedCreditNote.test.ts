import { deepFreeze } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { aLine, anIssuedInvoice } from '../internal/documentFixtures.js';
import { allocateCreditNote } from './allocateCreditNote.js';
import { anInvoice, errorCode } from './internal/testFixtures.js';
import { toIssuedCreditNote } from './toIssuedCreditNote.js';

const creditNote = anIssuedInvoice('CN-1', '2026-03-10', [aLine('1', '1', '100')], {
  kind: 'creditNote',
  precedingInvoices: [{ number: 'F-INV-1', issueDate: '2026-03-02' }],
});

describe('toIssuedCreditNote', () => {
  it('reads the amount credited computed by computeDocumentTotals', () => {
    // 100.00 + 20 % = 120.00
    expect(toIssuedCreditNote(creditNote)).toEqual({
      id: 'CN-1',
      number: 'F-CN-1',
      customerId: 'C-001',
      issueDate: '2026-03-10',
      amount: '120.00',
      currency: 'EUR',
    });
  });

  it('gives a record allocateCreditNote accepts', () => {
    const invoice = anInvoice('INV-1', '1200.00', '2026-03-02');
    expect(
      allocateCreditNote(toIssuedCreditNote(creditNote), [invoice], { strategy: 'oldestDueFirst' })
        .allocated,
    ).toBe('120.00');
  });

  it('refuses other kinds, drafts and a credit note of nothing', () => {
    expect(errorCode(() => toIssuedCreditNote({ ...creditNote, kind: 'invoice' }))).toBe(
      'INVALID_INPUT',
    );
    expect(errorCode(() => toIssuedCreditNote({ ...creditNote, status: 'draft' }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      errorCode(() => toIssuedCreditNote({ ...creditNote, lines: [aLine('1', '1', '0')] })),
    ).toBe('INVALID_INPUT');
    expect(errorCode(() => toIssuedCreditNote(null as never))).toBe('INVALID_INPUT');
  });

  it('does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(creditNote));
    expect(toIssuedCreditNote(frozen).amount).toBe('120.00');
  });
});
