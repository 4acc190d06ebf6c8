import { deepFreeze, formatScaledUnits } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aLine, anIssuedInvoice } from '../internal/documentFixtures.js';
import { commercialDocumentSchema } from '../model/CommercialDocument.js';
import { cents, errorCode } from '../payments/internal/testFixtures.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { earlyPaymentDiscount } from './earlyPaymentDiscount.js';

const invoice = anIssuedInvoice('INV-1', '2026-03-02', [
  aLine('1', '1', '1000', { nature: 'service', label: 'Pose' }),
  aLine('2', '3', '33.33', { vat: { category: 'S', rate: '5.5' }, label: 'Livres' }),
]);
const options = { creditNoteId: 'CN-ESC-1' };

/** The credit note's own totals must be the discount, to the cent. */
function expectCreditNoteMatches(result: ReturnType<typeof earlyPaymentDiscount>): void {
  const note = result.creditNote;
  expect(note).toBeDefined();
  if (note === undefined) return;
  expect(commercialDocumentSchema.safeParse(note).success).toBe(true);
  const totals = computeDocumentTotals(note);
  expect(totals.taxExclusiveAmount).toBe(result.net);
  expect(totals.vatTotal).toBe(result.vat);
  expect(totals.amountDue).toBe(result.total);
  const nonZero = result.shares.filter((share) => cents(share.discountNet) !== 0);
  expect(
    totals.vatBreakdown.map((entry) => [
      entry.category,
      entry.rate,
      entry.taxableAmount,
      entry.vatAmount,
    ]),
  ).toEqual(
    nonZero.map((share) => [share.category, share.rate, share.discountNet, share.discountVat]),
  );
}

describe('earlyPaymentDiscount', () => {
  it('2 % on two VAT rates, per rate, with its credit note', () => {
    // invoice: 1000.00 at 20 % (VAT 200.00) + 99.99 at 5.5 % (VAT 5.49945 → 5.50) = 1305.49
    // 20 %: 1000.00 × 2 % = 20.00, VAT 20.00 × 20 % = 4.00
    // 5.5 %: 99.99 × 2 % = 1.9998 → 2.00, VAT 2.00 × 5.5 % = 0.11
    const result = earlyPaymentDiscount(
      invoice,
      { rate: '2', paidOn: '2026-03-12', withinDays: 10 },
      options,
    );
    expect(result).toMatchObject({
      eligible: true,
      currency: 'EUR',
      rate: '2',
      paidOn: '2026-03-12',
      discountDeadline: '2026-03-12',
      shares: [
        {
          category: 'S',
          rate: '5.5',
          taxableAmount: '99.99',
          discountNet: '2.00',
          discountVat: '0.11',
        },
        {
          category: 'S',
          rate: '20',
          taxableAmount: '1000.00',
          discountNet: '20.00',
          discountVat: '4.00',
        },
      ],
      net: '22.00',
      vat: '4.11',
      total: '26.11',
      amountToPay: '1279.38', // 1305.49 − 26.11
    });
    expect(result.creditNote).toEqual({
      id: 'CN-ESC-1',
      kind: 'creditNote',
      status: 'draft',
      currency: 'EUR',
      seller: invoice.seller,
      customer: invoice.customer,
      lines: [
        {
          id: '1',
          label: 'Escompte de 2\u00a0% pour paiement anticipé',
          quantity: '1',
          unitCode: 'C62',
          unitPrice: '2.00',
          vat: { category: 'S', rate: '5.5' },
          nature: 'goods',
        },
        {
          id: '2',
          label: 'Escompte de 2\u00a0% pour paiement anticipé',
          quantity: '1',
          unitCode: 'C62',
          unitPrice: '20.00',
          vat: { category: 'S', rate: '20' },
          nature: 'service',
        },
      ],
      precedingInvoices: [{ number: 'F-INV-1', issueDate: '2026-03-02' }],
      links: [{ documentId: 'INV-1', relation: 'credits' }],
      notes: [
        'Escompte de 2\u00a0% pour paiement anticipé le 12/03/2026 de la facture F-INV-1 du 02/03/2026',
      ],
    });
    expectCreditNoteMatches(result);
  });

  it('none after the deadline', () => {
    const late = earlyPaymentDiscount(
      invoice,
      { rate: '2', paidOn: '2026-03-13', discountDeadline: '2026-03-12' },
      options,
    );
    expect(late).toEqual({
      eligible: false,
      currency: 'EUR',
      rate: '2',
      paidOn: '2026-03-13',
      discountDeadline: '2026-03-12',
      shares: [],
      net: '0.00',
      vat: '0.00',
      total: '0.00',
      amountToPay: '1305.49',
    });
  });

  it('rounds per rate: the total may differ by a cent from the rate applied to the amount due', () => {
    // 0.25 at 20 % and 0.25 at 5.5 %: TTC 0.25 + 0.05 + 0.25 + 0.01 = 0.56; 2 % of it = 0.0112 → 0.01
    // per rate: 0.005 → 0.01 twice, VAT 0.002 → 0.00 and 0.00055 → 0.00: 0.02
    const small = anIssuedInvoice('INV-2', '2026-03-02', [
      aLine('1', '1', '0.25'),
      aLine('2', '1', '0.25', { vat: { category: 'S', rate: '5.5' } }),
    ]);
    const result = earlyPaymentDiscount(
      small,
      { rate: '2', paidOn: '2026-03-02', withinDays: 0 },
      options,
    );
    expect([result.net, result.vat, result.total, result.amountToPay]).toEqual([
      '0.02',
      '0.00',
      '0.02',
      '0.54',
    ]);
    expectCreditNoteMatches(result);
  });

  it('exempt and out-of-scope categories give back no VAT; document allowances are in the base', () => {
    const mixed = anIssuedInvoice(
      'INV-3',
      '2026-03-02',
      [
        aLine('1', '2', '150', {
          vat: {
            category: 'E',
            rate: '0',
            exemptionReason: 'Exonération de TVA, article 261 du CGI',
          },
          nature: 'service',
        }),
        aLine('2', '1', '40', { vat: { category: 'O', exemptionReason: 'Hors champ' } }),
        aLine('3', '1', '500'),
      ],
      {
        allowances: [{ amount: '100.00', reason: 'Remise', vat: { category: 'S', rate: '20' } }],
      },
    );
    // S 20: 500 − 100 = 400 × 3 % = 12.00, VAT 2.40; E: 300 × 3 % = 9.00; O: 40 × 3 % = 1.20
    const result = earlyPaymentDiscount(
      mixed,
      { rate: '3', paidOn: '2026-03-05', withinDays: 8 },
      options,
    );
    expect(
      result.shares.map((share) => [
        share.category,
        share.rate,
        share.discountNet,
        share.discountVat,
      ]),
    ).toEqual([
      ['S', '20', '12.00', '2.40'],
      ['E', '0', '9.00', '0.00'],
      ['O', '0', '1.20', '0.00'],
    ]);
    expect(result.creditNote?.lines.map((line) => line.vat)).toEqual([
      { category: 'S', rate: '20' },
      { category: 'E', rate: '0', exemptionReason: 'Exonération de TVA, article 261 du CGI' },
      { category: 'O', exemptionReason: 'Hors champ' },
    ]);
    expect(result.creditNote?.lines.map((line) => line.nature)).toEqual([
      'goods',
      'service',
      'goods',
    ]);
    expectCreditNoteMatches(result);
  });

  it('refuses what cannot be discounted and bad terms', () => {
    const terms = { rate: '2', paidOn: '2026-03-05', withinDays: 10 };
    expect(
      errorCode(() => earlyPaymentDiscount({ ...invoice, status: 'cancelled' }, terms, options)),
    ).toBe('DOCUMENT_CANCELLED');
    const { number: _number, issueDate: _issueDate, ...draft } = invoice;
    expect(
      errorCode(() => earlyPaymentDiscount({ ...draft, status: 'draft' }, terms, options)),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() => earlyPaymentDiscount({ ...invoice, kind: 'depositInvoice' }, terms, options)),
    ).toBe('INVALID_INPUT');
    for (const rate of ['0', '100', '-1', 'abc', '2,5']) {
      expect(errorCode(() => earlyPaymentDiscount(invoice, { ...terms, rate }, options))).toBe(
        'INVALID_INPUT',
      );
    }
    expect(
      errorCode(() =>
        earlyPaymentDiscount(
          invoice,
          { ...terms, discountDeadline: '2026-03-10' } as never,
          options,
        ),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        earlyPaymentDiscount(invoice, { rate: '2', paidOn: '2026-03-05' } as never, options),
      ),
    ).toBe('INVALID_INPUT');
    expect(errorCode(() => earlyPaymentDiscount(invoice, terms, {} as never))).toBe(
      'INVALID_INPUT',
    );
    expect(
      errorCode(() => earlyPaymentDiscount(invoice, { ...terms, paidOn: '2026-02-30' }, options)),
    ).toBe('INVALID_INPUT');
  });

  it('does not mutate its inputs', () => {
    const frozen = deepFreeze(structuredClone(invoice));
    expect(
      earlyPaymentDiscount(frozen, { rate: '2', paidOn: '2026-03-05', withinDays: 10 }, options)
        .total,
    ).toBe('26.11');
  });

  it('for any invoice: exact sums, and the credit note computes to the same amounts', () => {
    const rates = fc.constantFrom('20', '10', '5.5', '2.1');
    const line = fc.record({
      quantity: fc.integer({ min: 1, max: 1000 }),
      price: fc.integer({ min: 0, max: 10_000_000 }),
      rate: rates,
      nature: fc.constantFrom('goods' as const, 'service' as const),
    });
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 9_999 }),
        (lines, rateHundredths) => {
          const document = anIssuedInvoice(
            'INV',
            '2026-03-02',
            lines.map((part, index) =>
              aLine(String(index + 1), String(part.quantity), formatScaledUnits(part.price, 4), {
                vat: { category: 'S', rate: part.rate },
                nature: part.nature,
              }),
            ),
          );
          const rate = formatScaledUnits(rateHundredths, 2);
          const result = earlyPaymentDiscount(
            document,
            { rate, paidOn: '2026-03-02', withinDays: 0 },
            options,
          );
          const net = result.shares.reduce((sum, share) => sum + cents(share.discountNet), 0);
          const vat = result.shares.reduce((sum, share) => sum + cents(share.discountVat), 0);
          expect([cents(result.net), cents(result.vat), cents(result.total)]).toEqual([
            net,
            vat,
            net + vat,
          ]);
          const amountDue = cents(computeDocumentTotals(document).amountDue);
          expect(cents(result.amountToPay)).toBe(amountDue - net - vat);
          if (result.creditNote !== undefined) expectCreditNoteMatches(result);
        },
      ),
    );
  });
});
