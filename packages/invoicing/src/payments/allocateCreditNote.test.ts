import { deepFreeze } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { allocateCreditNote } from './allocateCreditNote.js';
import { aCreditNote, anInvoice, errorCode } from './internal/testFixtures.js';

const cancelled = anInvoice('INV-1', '1200.00', '2026-03-02', { status: 'cancelled' });
const open = anInvoice('INV-2', '300.00', '2026-03-10');

describe('allocateCreditNote', () => {
  it('settles the cancelled invoice it credits, dated its issue date', () => {
    const result = allocateCreditNote(
      aCreditNote('CN-1', '1200.00', '2026-03-20'),
      [cancelled, open],
      { allocations: [{ invoiceId: 'INV-1', amount: '1200.00' }] },
    );
    expect(result).toEqual({
      source: { kind: 'creditNote', id: 'CN-1' },
      currency: 'EUR',
      available: '1200.00',
      allocations: [
        {
          source: { kind: 'creditNote', id: 'CN-1' },
          invoiceId: 'INV-1',
          amount: '1200.00',
          date: '2026-03-20',
        },
      ],
      allocated: '1200.00',
      credit: '0.00',
    });
  });

  it('does not skip cancelled invoices with oldestDueFirst', () => {
    // 1250.00 → INV-1 (due 04-01) 1200.00, INV-2 (due 04-09) 50.00
    const result = allocateCreditNote(
      aCreditNote('CN-1', '1250.00', '2026-03-20'),
      [open, cancelled],
      {
        strategy: 'oldestDueFirst',
      },
    );
    expect(result.allocations.map((a) => [a.invoiceId, a.amount])).toEqual([
      ['INV-1', '1200.00'],
      ['INV-2', '50.00'],
    ]);
  });

  it('keeps a partial credit note as credit when nothing is open', () => {
    expect(
      allocateCreditNote(aCreditNote('CN-1', '80.00', '2026-03-20'), [], {
        strategy: 'oldestDueFirst',
      }).credit,
    ).toBe('80.00');
  });

  it('refuses more than the credit note or the invoice, and bad input', () => {
    const note = aCreditNote('CN-1', '100.00', '2026-03-20');
    expect(
      errorCode(() =>
        allocateCreditNote(note, [open], {
          allocations: [{ invoiceId: 'INV-2', amount: '100.01' }],
        }),
      ),
    ).toBe('ALLOCATION_EXCEEDS');
    expect(
      errorCode(() =>
        allocateCreditNote({ ...note, amount: '400.00' }, [open], {
          allocations: [{ invoiceId: 'INV-2', amount: '300.01' }],
        }),
      ),
    ).toBe('ALLOCATION_EXCEEDS');
    expect(
      errorCode(() =>
        allocateCreditNote({ ...note, amount: '-1' }, [open], { strategy: 'oldestDueFirst' }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        allocateCreditNote({ ...note, issueDate: '2026-02-30' }, [], {
          strategy: 'oldestDueFirst',
        }),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('does not mutate its inputs', () => {
    const invoices = deepFreeze([open, cancelled]);
    const note = deepFreeze(aCreditNote('CN-1', '100.00', '2026-03-20'));
    expect(() => allocateCreditNote(note, invoices, { strategy: 'oldestDueFirst' })).not.toThrow();
    expect(invoices[0]).toEqual(open);
  });
});
