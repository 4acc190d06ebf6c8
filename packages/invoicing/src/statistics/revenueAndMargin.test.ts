import { deepFreeze } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aLine, anIssuedInvoice } from '../internal/documentFixtures.js';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { cents, errorCode } from '../payments/internal/testFixtures.js';
import { revenueAndMargin } from './revenueAndMargin.js';

const chair = (id: string, quantity: string) =>
  aLine(id, quantity, '120', { itemReference: 'CHAISE', label: 'Chaise', purchaseCost: '70' });
const table = (id: string, quantity: string) =>
  aLine(id, quantity, '450.50', {
    itemReference: 'TABLE',
    label: 'Table',
    purchaseCost: '300.333',
  });
const fitting = (id: string) =>
  aLine(id, '2.5', '48', { label: 'Pose', nature: 'service', unitCode: 'HUR' });

const other = {
  id: 'C-002',
  kind: 'business' as const,
  name: 'Autre SARL',
  countryCode: 'FR',
  billingAddress: { lines: ['1 rue B'], postalCode: '75001', city: 'Paris', countryCode: 'FR' },
};

// INV-1 (03-02, C-001): 4 chairs 480.00 (cost 280.00) + 1 table 450.50 (cost 300.333 → 300.33) + fitting 120.00 (no cost)
//   − allowance 50.00: revenue 1000.50, cost 580.33
// INV-2 (04-20, C-002): 2 tables 901.00 (cost 600.666 → 600.67)
// CN-1 (05-05, C-001): 1 chair back: −120.00, cost −70.00
// INV-3 draft, DEP-1 deposit, Q-1 quote: not counted
const documents: CommercialDocument[] = [
  anIssuedInvoice('INV-1', '2026-03-02', [chair('1', '4'), table('2', '1'), fitting('3')], {
    allowances: [{ amount: '50.00', reason: 'Remise', vat: { category: 'S', rate: '20' } }],
  }),
  anIssuedInvoice('INV-2', '2026-04-20', [table('1', '2')], { customer: other }),
  anIssuedInvoice('CN-1', '2026-05-05', [chair('1', '1')], { kind: 'creditNote' }),
  anIssuedInvoice('INV-3', '2026-05-06', [chair('1', '10')], { status: 'draft' }),
  anIssuedInvoice('DEP-1', '2026-03-01', [chair('1', '10')], { kind: 'depositInvoice' }),
  anIssuedInvoice('Q-1', '2026-03-01', [chair('1', '10')], { kind: 'quote', status: 'accepted' }),
];

describe('revenueAndMargin', () => {
  it('by month: invoices minus credit notes, margin = revenue − cost', () => {
    const result = revenueAndMargin(documents, { asOf: '2026-12-31', groupBy: 'month' });
    expect(
      result.groups.map((group) => [group.key, group.revenue, group.cost, group.margin]),
    ).toEqual([
      ['2026-03', '1000.50', '580.33', '420.17'],
      ['2026-04', '901.00', '600.67', '300.33'],
      ['2026-05', '-120.00', '-70.00', '-50.00'],
    ]);
    // 1000.50 + 901.00 − 120.00 = 1781.50; 580.33 + 600.67 − 70.00 = 1111.00; margin 670.50
    // margin rate 670.50 / 1781.50 = 37.6368… %; markup 670.50 / 1111.00 = 60.3510… %
    expect(result.total).toEqual({
      revenue: '1781.50',
      cost: '1111.00',
      margin: '670.50',
      marginRate: '37.64',
      markupRate: '60.35',
      uncostedRevenue: '120.00',
      invoices: 2,
      creditNotes: 1,
    });
  });

  it('by quarter and year, over a period, as of a date', () => {
    expect(
      revenueAndMargin(documents, { asOf: '2026-12-31', groupBy: 'quarter' }).groups.map(
        (group) => [group.key, group.revenue],
      ),
    ).toEqual([
      ['2026-Q1', '1000.50'],
      ['2026-Q2', '781.00'],
    ]);
    expect(
      revenueAndMargin(documents, { asOf: '2026-12-31', groupBy: 'year', from: '2026-04-01' })
        .groups,
    ).toMatchObject([{ key: '2026', revenue: '781.00', invoices: 1, creditNotes: 1 }]);
    // as of 2026-05-04 the credit note does not exist yet
    expect(revenueAndMargin(documents, { asOf: '2026-05-04', groupBy: 'year' }).total.revenue).toBe(
      '1901.50',
    );
    expect(
      revenueAndMargin(documents, { asOf: '2026-12-31', to: '2026-03-31', groupBy: 'year' }).total
        .revenue,
    ).toBe('1000.50');
  });

  it('by customer and by item; the null item takes unreferenced lines and document allowances', () => {
    expect(
      revenueAndMargin(documents, { asOf: '2026-12-31', groupBy: 'customer' }).groups.map(
        (group) => [group.key, group.revenue, group.margin],
      ),
    ).toEqual([
      ['C-001', '880.50', '370.17'],
      ['C-002', '901.00', '300.33'],
    ]);
    const byItem = revenueAndMargin(documents, { asOf: '2026-12-31', groupBy: 'item' });
    // chairs 480 − 120 = 360, cost 210; tables 450.50 + 901.00 = 1351.50, cost 900.00 (per line: 300.33 + 600.67)
    // null: fitting 120.00 − allowance 50.00 = 70.00, uncosted 120.00
    expect(
      byItem.groups.map((group) => [
        group.key,
        group.revenue,
        group.cost,
        group.uncostedRevenue,
        group.markupRate,
      ]),
    ).toEqual([
      ['CHAISE', '360.00', '210.00', '0.00', '71.43'],
      ['TABLE', '1351.50', '901.00', '0.00', '50.00'],
      [null, '70.00', '0.00', '120.00', null],
    ]);
    expect(byItem.total.revenue).toBe('1781.50');
  });

  it('an empty selection gives zeros and no rate', () => {
    expect(revenueAndMargin([], { asOf: '2026-12-31', groupBy: 'month' })).toEqual({
      asOf: '2026-12-31',
      currency: 'EUR',
      groupBy: 'month',
      groups: [],
      total: {
        revenue: '0.00',
        cost: '0.00',
        margin: '0.00',
        marginRate: null,
        markupRate: null,
        uncostedRevenue: '0.00',
        invoices: 0,
        creditNotes: 0,
      },
    });
  });

  it('refuses bad input', () => {
    const options = { asOf: '2026-12-31', groupBy: 'month' as const };
    expect(
      errorCode(() => revenueAndMargin(documents, { ...options, groupBy: 'week' as never })),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        revenueAndMargin(documents, { ...options, from: '2026-05-01', to: '2026-04-01' }),
      ),
    ).toBe('INVALID_INPUT');
    const { issueDate: _issueDate, ...undated } = documents[0] as CommercialDocument;
    expect(errorCode(() => revenueAndMargin([undated], options))).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        revenueAndMargin([{ ...(documents[0] as CommercialDocument), currency: 'USD' }], options),
      ),
    ).toBe('CURRENCY_MISMATCH');
    expect(errorCode(() => revenueAndMargin('documents' as never, options))).toBe('INVALID_INPUT');
    expect(errorCode(() => revenueAndMargin([{ id: 'x' } as never], options))).toBe(
      'INVALID_INPUT',
    );
  });

  it('does not mutate its inputs', () => {
    const frozen = deepFreeze(structuredClone(documents));
    expect(revenueAndMargin(frozen, { asOf: '2026-12-31', groupBy: 'item' }).total.margin).toBe(
      '670.50',
    );
  });

  it('for any grouping, the groups add up to the total; a credited invoice nets to zero', () => {
    const line = fc.record({
      quantity: fc.integer({ min: 1, max: 50 }),
      price: fc.integer({ min: 0, max: 100_000 }),
      cost: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
      item: fc.constantFrom('A', 'B', undefined),
    });
    const sale = fc.record({
      lines: fc.array(line, { minLength: 1, maxLength: 4 }),
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      credited: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(sale, { maxLength: 6 }),
        fc.constantFrom('month', 'quarter', 'year', 'customer', 'item' as const),
        (sales, groupBy) => {
          const docs = sales.flatMap((entry, index) => {
            const date = `2026-${String(entry.month).padStart(2, '0')}-${String(entry.day).padStart(2, '0')}`;
            const lines = entry.lines.map((part, lineIndex) =>
              aLine(String(lineIndex + 1), String(part.quantity), String(part.price), {
                ...(part.item === undefined ? {} : { itemReference: part.item }),
                ...(part.cost === undefined ? {} : { purchaseCost: String(part.cost) }),
              }),
            );
            const invoice = anIssuedInvoice(`I${index}`, date, lines);
            return entry.credited
              ? [invoice, { ...invoice, id: `C${index}`, kind: 'creditNote' as const }]
              : [invoice];
          });
          const result = revenueAndMargin(docs, { asOf: '2026-12-31', groupBy });
          for (const field of ['revenue', 'cost', 'margin', 'uncostedRevenue'] as const) {
            const sum = result.groups.reduce((total, group) => total + cents(group[field]), 0);
            expect(sum).toBe(cents(result.total[field]));
          }
          const kept = sales.filter((entry) => !entry.credited);
          const expectedRevenue = kept.reduce(
            (total, entry) =>
              total + entry.lines.reduce((sum, part) => sum + part.quantity * part.price * 100, 0),
            0,
          );
          expect(cents(result.total.revenue)).toBe(expectedRevenue);
        },
      ),
    );
  });
});
