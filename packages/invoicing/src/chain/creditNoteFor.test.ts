import { formatScaledUnits, toScaledUnits } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import type { DocumentLine } from '../model/DocumentLine.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { creditNoteFor } from './creditNoteFor.js';
import { documentOf, errorCode, frozen, issued, items, lineOf } from './internal/testFixtures.js';

const vat20 = { category: 'S', rate: '20' } as const;
const invoice = issued(
  {
    ...documentOf('invoice', 'INV-1', [
      lineOf('1', items.chair, '4'),
      lineOf('2', items.book, '10'),
    ]),
    allowances: [{ amount: '20.00', reason: 'Remise', vat: vat20 }],
  },
  'F-2026-0042',
  '2026-03-10',
);

describe('creditNoteFor', () => {
  it('credits quantities of lines, with the document allowance prorated', () => {
    const note = creditNoteFor(invoice, [], {
      id: 'CN-1',
      lines: [{ lineId: '1', quantity: '1' }],
    });
    expect(note).toEqual({
      id: 'CN-1',
      kind: 'creditNote',
      status: 'draft',
      currency: 'EUR',
      seller: invoice.seller,
      customer: invoice.customer,
      lines: [{ ...lineOf('1', items.chair, '1'), source: { documentId: 'INV-1', lineId: '1' } }],
      // 89.90 of the 359.60 + 123.50 = 483.10 of lines: round(20.00 × 89.90 / 483.10) = 3.72
      allowances: [{ amount: '3.72', reason: 'Remise', vat: vat20 }],
      precedingInvoices: [{ number: 'F-2026-0042', issueDate: '2026-03-10' }],
      links: [{ documentId: 'INV-1', relation: 'credits' }],
    });
    // 89.90 − 3.72 = 86.18 → VAT 17.24 (17.236)
    expect(computeDocumentTotals(note).taxInclusiveAmount).toBe('103.42');
    const error = caughtTpeError(() =>
      creditNoteFor(invoice, [note], { id: 'CN-2', lines: [{ lineId: '1', quantity: '3.5' }] }),
    );
    expect([error.code, error.details]).toEqual([
      'CREDIT_EXCEEDS_INVOICE',
      { lineId: '1', requested: '3.5', remaining: '3' },
    ]);
  });

  it('credits an amount at one of the invoice rates, within what remains of it', () => {
    const gesture = creditNoteFor(invoice, [], {
      id: 'CN-1',
      amount: '50.00',
      vat: vat20,
      reason: 'Geste commercial',
    });
    expect(gesture.lines).toEqual([
      {
        id: '1',
        label: 'Avoir sur facture F-2026-0042',
        quantity: '1',
        unitCode: 'C62',
        unitPrice: '50.00',
        vat: vat20,
        nature: 'goods',
      },
    ]);
    expect([gesture.notes, computeDocumentTotals(gesture).taxInclusiveAmount]).toEqual([
      ['Geste commercial'],
      '60.00',
    ]);
    // 359.60 − 20.00 = 339.60 taxable at 20 %, 50.00 already credited: 289.60 remain
    const error = caughtTpeError(() =>
      creditNoteFor(invoice, [gesture], { id: 'CN-2', amount: '289.61', vat: vat20 }),
    );
    expect([error.code, error.details]).toEqual([
      'CREDIT_EXCEEDS_INVOICE',
      { invoiceId: 'INV-1', vat: 'S 20', requested: '289.61', remaining: '289.60' },
    ]);
    expect(
      creditNoteFor(invoice, [gesture], {
        id: 'CN-2',
        amount: '289.60',
        vat: vat20,
        label: 'Rabais',
      }).lines[0]?.label,
    ).toBe('Rabais');
    expect(
      caughtTpeError(() =>
        creditNoteFor(invoice, [], {
          id: 'CN-2',
          amount: '1.00',
          vat: { category: 'S', rate: '10' },
        }),
      ).issues[0]?.code,
    ).toBe('vat_not_on_invoice');
  });

  it('credits the whole invoice as its mirror, and then nothing more', () => {
    const whole = creditNoteFor(invoice, [], { id: 'CN-1' });
    expect(whole.lines).toEqual(
      invoice.lines.map((line) => ({ ...line, source: { documentId: 'INV-1', lineId: line.id } })),
    );
    expect(whole.allowances).toEqual(invoice.allowances);
    expect(computeDocumentTotals(whole)).toEqual(computeDocumentTotals(invoice));
    expect(
      caughtTpeError(() => creditNoteFor(invoice, [whole], { id: 'CN-2' })).issues[0]?.code,
    ).toBe('nothing_remaining');
  });

  it('credits the rest per VAT rate after partial credit notes', () => {
    const first = creditNoteFor(invoice, [], {
      id: 'CN-1',
      lines: [{ lineId: '2', quantity: '3' }],
    });
    const rest = creditNoteFor(invoice, [first], { id: 'CN-2' });
    // the 3 books (37.05 at 5.5 %) take round(20.00 × 37.05 / 483.10) = 1.53 of the allowance at 20 %:
    // what remains is 123.50 − 37.05 = 86.45 at 5.5 % and 339.60 + 1.53 = 341.13 at 20 %
    const credited = [first, rest].map((document) => computeDocumentTotals(document));
    const byRate = (rate: string) =>
      credited
        .flatMap((totals) => totals.vatBreakdown)
        .filter((group) => group.rate === rate)
        .reduce((sum, group) => sum + toScaledUnits(group.taxableAmount, 2), 0);
    expect([byRate('5.5'), byRate('20')]).toEqual([12350, 33960]);
    expect(rest.lines.map((line) => [line.label, line.vat.rate, line.unitPrice])).toEqual([
      ['Solde de la facture F-2026-0042', '5.5', '86.45'],
      ['Solde de la facture F-2026-0042', '20', '341.13'],
    ]);
  });

  it('brings the balance and the VAT of any invoice to zero when credited whole', () => {
    const line = fc.record({
      quantity: fc.integer({ min: -5_000, max: 50_000 }).filter((units) => units !== 0),
      price: fc.integer({ min: 0, max: 99_999_999 }),
      rate: fc.constantFrom('20', '10', '5.5', '2.1'),
      allowance: fc.integer({ min: 0, max: 999 }),
    });
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 9_999 }),
        (lines, discount) => {
          const documentLines: DocumentLine[] = lines.map((entry, index) => ({
            ...lineOf(String(index + 1), items.chair, formatScaledUnits(entry.quantity, 3)),
            unitPrice: formatScaledUnits(entry.price, 4),
            vat: { category: 'S', rate: entry.rate },
            ...(entry.allowance > 0
              ? { allowances: [{ amount: formatScaledUnits(entry.allowance, 2) }] }
              : {}),
          }));
          const source: CommercialDocument = issued(
            {
              ...documentOf('invoice', 'INV-P', documentLines),
              allowances: [{ amount: formatScaledUnits(discount, 2), vat: vat20 }],
            },
            'F-P',
            '2026-03-10',
          );
          const note = creditNoteFor(source, [], { id: 'CN-P' });
          const [owed, credited] = [source, note].map((document) =>
            computeDocumentTotals(document),
          );
          expect(credited?.taxInclusiveAmount).toBe(owed?.taxInclusiveAmount);
          expect(credited?.vatTotal).toBe(owed?.vatTotal);
          expect(credited?.vatBreakdown).toEqual(owed?.vatBreakdown);
        },
      ),
    );
  });

  it('credits exactly the taxable amount of each rate over partial credit notes and the rest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 10 })), {
          maxLength: 3,
        }),
        (parts) => {
          const notes: CommercialDocument[] = [];
          const left = [4, 10];
          for (const [chairs, books] of parts) {
            const lines = [
              ...(chairs > 0 && chairs <= (left[0] ?? 0)
                ? [{ lineId: '1', quantity: String(chairs) }]
                : []),
              ...(books > 0 && books <= (left[1] ?? 0)
                ? [{ lineId: '2', quantity: String(books) }]
                : []),
            ];
            if (lines.length === 0) continue;
            for (const line of lines)
              left[Number(line.lineId) - 1] =
                (left[Number(line.lineId) - 1] ?? 0) - Number(line.quantity);
            notes.push(creditNoteFor(invoice, notes, { id: `CN-${notes.length}`, lines }));
          }
          if (left.some((quantity) => quantity > 0)) {
            notes.push(creditNoteFor(invoice, notes, { id: 'CN-REST' }));
          } else {
            expect(
              errorCode(() =>
                creditNoteFor(invoice, notes, {
                  id: 'CN-MORE',
                  lines: [{ lineId: '1', quantity: '1' }],
                }),
              ),
            ).toBe('CREDIT_EXCEEDS_INVOICE');
          }
          const credited = (rate: string) =>
            notes
              .flatMap((note) => computeDocumentTotals(note).vatBreakdown)
              .filter((group) => group.rate === rate)
              .reduce((sum, group) => sum + toScaledUnits(group.taxableAmount, 2), 0);
          // 123.50 at 5.5 %; 359.60 − 20.00 = 339.60 at 20 %
          expect([credited('5.5'), credited('20')]).toEqual([12350, 33960]);
          expect(caughtTpeError(() => creditNoteFor(invoice, notes, { id: 'CN-END' })).code).toBe(
            'CREDIT_EXCEEDS_INVOICE',
          );
        },
      ),
    );
  });

  it('ignores credit notes of other invoices and cancelled ones', () => {
    const whole = creditNoteFor(invoice, [], { id: 'CN-1' });
    const other = { ...whole, links: [{ documentId: 'INV-9', relation: 'credits' as const }] };
    const cancelled = { ...whole, status: 'cancelled' as const };
    expect(creditNoteFor(invoice, [other, cancelled], { id: 'CN-2' }).lines).toHaveLength(2);
  });

  it('credits a deposit invoice', () => {
    const deposit = issued(
      documentOf('depositInvoice', 'DEP-1', [
        { ...lineOf('1', items.chair, '1'), unitPrice: '300.00' },
      ]),
      'F-2026-0007',
      '2026-02-02',
    );
    expect(
      computeDocumentTotals(creditNoteFor(deposit, [], { id: 'CN-1' })).taxInclusiveAmount,
    ).toBe('360.00');
  });

  it('credits only issued invoices and answers bad input with stable codes', () => {
    expect(
      errorCode(() => creditNoteFor({ ...invoice, status: 'draft' }, [], { id: 'CN-1' })),
    ).toBe('NOT_ISSUED');
    const { number: _number, ...unnumbered } = invoice;
    expect(errorCode(() => creditNoteFor(unnumbered, [], { id: 'CN-1' }))).toBe('NOT_ISSUED');
    expect(
      errorCode(() => creditNoteFor({ ...invoice, status: 'cancelled' }, [], { id: 'CN-1' })),
    ).toBe('DOCUMENT_CANCELLED');
    expect(
      errorCode(() => creditNoteFor({ ...invoice, kind: 'creditNote' }, [], { id: 'CN-1' })),
    ).toBe('INVALID_INPUT');
    const issue = (options: unknown) =>
      caughtTpeError(() => creditNoteFor(invoice, [], options as never)).issues.map(
        (found) => found.code,
      );
    expect(issue({ id: 'CN-1', amount: '10.00' })).toEqual(['vat_missing']);
    expect(issue({ id: 'CN-1', vat: vat20 })).toEqual(['amount_missing']);
    expect(issue({ id: 'CN-1', amount: '0.00', vat: vat20 })).toEqual(['not_positive']);
    expect(
      issue({ id: 'CN-1', amount: '10.00', vat: vat20, lines: [{ lineId: '1', quantity: '1' }] }),
    ).toEqual(['credit_conflict']);
    expect(issue({ id: 'CN-1', lines: [{ lineId: '3', quantity: '1' }] })).toEqual([
      'unknown_line',
    ]);
    expect(issue({ id: 'CN-1', lines: [{ lineId: '1', quantity: '-1' }] })).toEqual([
      'quantity_not_positive',
    ]);
    expect(issue({ id: 'CN-1', vat: { category: 'Q', rate: '20' }, amount: '1.00' })).toContain(
      'unknown_vat_category',
    );
  });

  it('does not change its inputs', () => {
    const source = frozen(invoice);
    const first = frozen(
      creditNoteFor(source, [], { id: 'CN-1', lines: [{ lineId: '1', quantity: '1' }] }),
    );
    const before = structuredClone([source, first]);
    creditNoteFor(source, [first], { id: 'CN-2' });
    expect([source, first]).toEqual(before);
  });
});
