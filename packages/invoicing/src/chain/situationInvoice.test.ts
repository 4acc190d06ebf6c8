import { formatScaledUnits, toScaledUnits } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { documentOf, errorCode, frozen, issued, items, lineOf } from './internal/testFixtures.js';
import { invoiceFromOrder } from './invoiceFromOrder.js';
import { remainingToInvoice } from './remainingToInvoice.js';
import { situationInvoice } from './situationInvoice.js';

const job = {
  ...lineOf('1', items.hour, '1'),
  label: 'Rénovation cuisine',
  unitCode: 'C62',
  unitPrice: '12345.67',
  vat: { category: 'S', rate: '10' },
} as const;
const order = documentOf('salesOrder', 'SO-1', [job]);

describe('situationInvoice', () => {
  it('invoices a job at 30 %, 75 % then 100 %, the last deducting what was invoiced', () => {
    const first = issued(
      situationInvoice(order, [], {
        id: 'SIT-1',
        progress: [{ lineId: '1', percent: '30' }],
        deliveryDate: '2026-03-31',
      }),
      'F-2026-0010',
      '2026-03-31',
    );
    expect(first.lines).toEqual([
      {
        id: '1',
        itemReference: 'MO-01',
        label: 'Rénovation cuisine',
        description: 'Avancement cumulé : 30 %',
        quantity: '30',
        unitCode: 'P1',
        // 3703.70 / 30 = 123.456666… → 6 decimals
        unitPrice: '123.456667',
        vat: { category: 'S', rate: '10' },
        nature: 'service',
        source: { documentId: 'SO-1', lineId: '1' },
      },
    ]);
    expect(first.deliveryDate).toBe('2026-03-31');
    // round2(12345.67 × 30 %) = round2(3703.701) = 3703.70; VAT 370.37
    expect(computeDocumentTotals(first).taxInclusiveAmount).toBe('4074.07');
    expect(first.precedingInvoices).toBeUndefined();

    const second = issued(
      situationInvoice(order, [first], { id: 'SIT-2', progress: [{ lineId: '1', percent: '75' }] }),
      'F-2026-0018',
      '2026-04-30',
    );
    // round2(12345.67 × 75 %) = 9259.25 (9259.2525), less 3703.70 = 5555.55 for 45 %
    expect([second.lines[0]?.quantity, second.lines[0]?.unitPrice]).toEqual(['45', '123.456667']);
    expect(computeDocumentTotals(second).lineNetTotal).toBe('5555.55');
    expect(remainingToInvoice(order, [first, second])[0]?.remaining).toBe('0.25');

    const last = situationInvoice(order, [first, second], {
      id: 'SIT-3',
      progress: [{ lineId: '1', percent: '100' }],
    });
    // 12345.67 − 9259.25 = 3086.42 = 25 × 123.4568
    expect([last.lines[0]?.quantity, last.lines[0]?.unitPrice]).toEqual(['25', '123.4568']);
    expect(computeDocumentTotals(last).lineNetTotal).toBe('3086.42');
    expect(last.precedingInvoices).toEqual([
      { number: 'F-2026-0010', issueDate: '2026-03-31' },
      { number: 'F-2026-0018', issueDate: '2026-04-30' },
    ]);
    expect(remainingToInvoice(order, [first, second, last])[0]?.remaining).toBe('0');
  });

  it('invoices only the lines that progressed, with the document allowances prorated', () => {
    const twoJobs: CommercialDocument = {
      ...documentOf('salesOrder', 'SO-2', [
        { ...job, id: '1', unitPrice: '8000.00' },
        { ...job, id: '2', label: 'Peinture', unitPrice: '2000.00' },
      ]),
      allowances: [{ amount: '500.00', reason: 'Remise', vat: { category: 'S', rate: '10' } }],
    };
    const invoice = situationInvoice(twoJobs, [], {
      id: 'SIT-1',
      progress: [{ lineId: '2', percent: '50' }],
    });
    expect(invoice.lines.map((line) => [line.id, line.quantity, line.unitPrice])).toEqual([
      ['2', '50', '20'],
    ]);
    // 1000.00 of the 10000.00 of the order: 10 % of the 500.00 allowance
    expect(invoice.allowances).toEqual([
      { amount: '50.00', reason: 'Remise', vat: { category: 'S', rate: '10' } },
    ]);
  });

  it('goes on from a line first invoiced by quantity', () => {
    const fourDays = documentOf('salesOrder', 'SO-3', [lineOf('1', items.hour, '4')]);
    const byQuantity = invoiceFromOrder(fourDays, [], {
      id: 'INV-1',
      lines: [{ lineId: '1', quantity: '1' }],
    });
    const situation = situationInvoice(fourDays, [byQuantity], {
      id: 'SIT-1',
      progress: [{ lineId: '1', percent: '50' }],
    });
    // 25 % invoiced: 50 % is 110.00 − 55.00 = 55.00 for 25 %
    expect([situation.lines[0]?.quantity, situation.lines[0]?.unitPrice]).toEqual(['25', '2.2']);
  });

  it('always adds up to the line net amount, each line at quantity × price', () => {
    const steps = fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { maxLength: 4 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), steps, (cents, cuts) => {
        const line = { ...job, unitPrice: formatScaledUnits(cents, 2) };
        const target = documentOf('salesOrder', 'SO-P', [line]);
        const percents = [
          ...cuts.sort((a, b) => a - b).map((cut) => formatScaledUnits(cut, 2)),
          '100',
        ];
        const invoices: CommercialDocument[] = [];
        for (const percent of percents) {
          invoices.push(
            situationInvoice(target, invoices, {
              id: `SIT-${percent}`,
              progress: [{ lineId: '1', percent }],
            }),
          );
        }
        const total = invoices.reduce(
          (sum, invoice) => sum + toScaledUnits(computeDocumentTotals(invoice).lineNetTotal, 2),
          0,
        );
        expect(total).toBe(cents);
      }),
    );
  });

  it('answers bad progress with stable codes', () => {
    const first = situationInvoice(order, [], {
      id: 'SIT-1',
      progress: [{ lineId: '1', percent: '30' }],
    });
    const issue = (invoices: readonly CommercialDocument[], progress: unknown) =>
      caughtTpeError(() => situationInvoice(order, invoices, { id: 'SIT-2', progress } as never))
        .issues[0]?.code;
    expect(issue([first], [{ lineId: '1', percent: '20' }])).toBe('progress_backwards');
    expect(issue([first], [{ lineId: '1', percent: '30' }])).toBe('no_progress');
    expect(issue([], [{ lineId: '9', percent: '30' }])).toBe('unknown_line');
    expect(
      issue(
        [],
        [
          { lineId: '1', percent: '30' },
          { lineId: '1', percent: '40' },
        ],
      ),
    ).toBe('duplicate_line');
    expect(issue([], [{ lineId: '1', percent: '100.01' }])).toBe('above_hundred');
    expect(issue([], [{ lineId: '1', percent: '33.333' }])).toBe('too_many_decimals');
    expect(issue([], [])).toBe('too_small');
    const thirds = documentOf('salesOrder', 'SO-4', [lineOf('1', items.hour, '3')]);
    const third = invoiceFromOrder(thirds, [], {
      id: 'INV-1',
      lines: [{ lineId: '1', quantity: '1' }],
    });
    expect(
      caughtTpeError(() =>
        situationInvoice(thirds, [third], {
          id: 'SIT-1',
          progress: [{ lineId: '1', percent: '50' }],
        }),
      ).issues[0]?.code,
    ).toBe('progress_not_exact');
    const negative = documentOf('salesOrder', 'SO-5', [
      { ...lineOf('1', items.hour, '1'), allowances: [{ amount: '60.00' }] },
    ]);
    expect(
      caughtTpeError(() =>
        situationInvoice(negative, [], { id: 'SIT-1', progress: [{ lineId: '1', percent: '50' }] }),
      ).issues[0]?.code,
    ).toBe('negative_line_net');
    expect(
      errorCode(() =>
        situationInvoice({ ...order, status: 'closed' }, [], {
          id: 'SIT-1',
          progress: [{ lineId: '1', percent: '50' }],
        }),
      ),
    ).toBe('INVALID_TRANSITION');
  });

  it('does not change its inputs', () => {
    const input = frozen(order);
    const first = frozen(
      situationInvoice(input, [], { id: 'SIT-1', progress: [{ lineId: '1', percent: '30' }] }),
    );
    const before = structuredClone([input, first]);
    situationInvoice(input, [first], { id: 'SIT-2', progress: [{ lineId: '1', percent: '60' }] });
    expect([input, first]).toEqual(before);
  });
});
