import { Decimal, deepFreeze, isTpeError } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aLine } from '../internal/documentFixtures.js';
import type { AllowanceCharge, DocumentAllowanceCharge } from '../model/AllowanceCharge.js';
import type { DocumentLine } from '../model/DocumentLine.js';
import { lineVat } from '../model/lineVat.js';
import type { LineVat } from '../model/VatCategory.js';
import {
  computeDocumentTotals,
  type DocumentTotalsInput,
  safeComputeDocumentTotals,
} from './computeDocumentTotals.js';
import type { DocumentTotals } from './DocumentTotals.js';

function line(
  id: string,
  quantity: string,
  unitPrice: string,
  vat: LineVat,
  extra: Partial<DocumentLine> = {},
): DocumentLine {
  return aLine(id, quantity, unitPrice, { vat, ...extra });
}

function invoice(
  lines: readonly DocumentLine[],
  extra: Partial<DocumentTotalsInput> = {},
): DocumentTotalsInput {
  return { kind: 'invoice', currency: 'EUR', lines, ...extra };
}

const S20 = { category: 'S', rate: '20' } as const;
const S10 = { category: 'S', rate: '10' } as const;
const S55 = { category: 'S', rate: '5.5' } as const;
const S21 = { category: 'S', rate: '2.1' } as const;

function failure(run: () => unknown): { code: string; issues: readonly string[] } | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!isTpeError(error)) throw error;
    return {
      code: error.code,
      issues: error.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`),
    };
  }
}

describe('computeDocumentTotals', () => {
  it('computes the VAT of GC-19 on the sum of the lines, not line by line', () => {
    // 3 × 1.13 = 3.39; 3.39 × 20 % = 0.678 → 0.68 (per line: 3 × round(0.226) = 0.69).
    const totals = computeDocumentTotals(
      invoice([
        line('1', '1', '1.13', S20),
        line('2', '1', '1.13', S20),
        line('3', '1', '1.13', S20),
      ]),
    );
    expect(totals).toStrictEqual({
      lines: [
        { id: '1', netAmount: '1.13' },
        { id: '2', netAmount: '1.13' },
        { id: '3', netAmount: '1.13' },
      ],
      lineNetTotal: '3.39',
      allowanceTotal: '0.00',
      chargeTotal: '0.00',
      taxExclusiveAmount: '3.39',
      vatTotal: '0.68',
      taxInclusiveAmount: '4.07',
      prepaidAmount: '0.00',
      roundingAmount: '0.00',
      amountDue: '4.07',
      vatBreakdown: [{ category: 'S', rate: '20', taxableAmount: '3.39', vatAmount: '0.68' }],
    });
  });

  it('handles four rates with line and document allowances and charges, in amounts and percents', () => {
    const document = invoice(
      [
        // 3 × 19.99 = 59.97; allowance 10 % of 59.97 = 5.997 → 6.00; net 53.97
        line('1', '3', '19.99', S20, { allowances: [{ percent: '10', baseAmount: '59.97' }] }),
        // 2.5 × 4.20 = 10.50; charge 1.50; net 12.00
        line('2', '2.5', '4.20', S55, { unitCode: 'KGM', charges: [{ amount: '1.50' }] }),
        line('3', '1', '120.00', S10),
        // 7 × 2.10 = 14.70
        line('4', '7', '2.10', S21),
      ],
      {
        // 5 % of 53.97 = 2.6985 → 2.70
        allowances: [{ percent: '5', baseAmount: '53.97', reason: 'Remise', vat: S20 }],
        charges: [{ amount: '12.00', reason: 'Port', reasonCode: 'FC', vat: S20 }],
      },
    );
    const totals = computeDocumentTotals(document);
    expect(totals.lines.map((each) => each.netAmount)).toEqual([
      '53.97',
      '12.00',
      '120.00',
      '14.70',
    ]);
    // BT-106 = 53.97 + 12.00 + 120.00 + 14.70 = 200.67; BT-109 = 200.67 − 2.70 + 12.00 = 209.97
    expect(totals.lineNetTotal).toBe('200.67');
    expect(totals.allowanceTotal).toBe('2.70');
    expect(totals.chargeTotal).toBe('12.00');
    expect(totals.taxExclusiveAmount).toBe('209.97');
    expect(totals.vatBreakdown).toStrictEqual([
      // 14.70 × 2.1 % = 0.3087 → 0.31
      { category: 'S', rate: '2.1', taxableAmount: '14.70', vatAmount: '0.31' },
      // 12.00 × 5.5 % = 0.66
      { category: 'S', rate: '5.5', taxableAmount: '12.00', vatAmount: '0.66' },
      { category: 'S', rate: '10', taxableAmount: '120.00', vatAmount: '12.00' },
      // 53.97 − 2.70 + 12.00 = 63.27; × 20 % = 12.654 → 12.65
      { category: 'S', rate: '20', taxableAmount: '63.27', vatAmount: '12.65' },
    ]);
    // 0.31 + 0.66 + 12.00 + 12.65 = 25.62; 209.97 + 25.62 = 235.59
    expect(totals.vatTotal).toBe('25.62');
    expect(totals.taxInclusiveAmount).toBe('235.59');
    expect(totals.amountDue).toBe('235.59');
  });

  it('divides by the price base quantity before rounding', () => {
    const totals = computeDocumentTotals(
      invoice([
        // 250 × 12.50 / 100 = 31.25
        line('1', '250', '12.50', S20, { priceBaseQuantity: '100' }),
        // 7 × 1.99 / 3 = 4.6433… → 4.64
        line('2', '7', '1.99', S20, { priceBaseQuantity: '3' }),
        // 3 × 0.123456 / 1000 = 0.000370368 → 0.00
        line('3', '3', '0.123456', S20, { priceBaseQuantity: '1000' }),
        // 1.5 × 10 / 0.5 = 30.00
        line('4', '1.5', '10', S20, { priceBaseQuantity: '0.5' }),
      ]),
    );
    expect(totals.lines.map((each) => each.netAmount)).toEqual(['31.25', '4.64', '0.00', '30.00']);
    // 65.89 × 20 % = 13.178 → 13.18
    expect(totals.vatBreakdown).toEqual([
      { category: 'S', rate: '20', taxableAmount: '65.89', vatAmount: '13.18' },
    ]);
  });

  it('takes negative line quantities on invoices: a returned article', () => {
    // 2 × 50.00 − 1 × 50.00 = 50.00; VAT 10.00
    const totals = computeDocumentTotals(
      invoice([line('1', '2', '50.00', S20), line('2', '-1', '50.00', S20)]),
    );
    expect(totals.lines).toEqual([
      { id: '1', netAmount: '100.00' },
      { id: '2', netAmount: '-50.00' },
    ]);
    expect(totals.taxInclusiveAmount).toBe('60.00');
  });

  it('rounds exact halves of a cent away from zero, for lines and VAT', () => {
    const totals = computeDocumentTotals(
      invoice([
        line('1', '1', '0.125', S20), // 0.125 → 0.13
        line('2', '3', '0.335', S20), // 1.005 → 1.01
        line('3', '-1', '0.125', S20), // -0.125 → -0.13
        line('4', '1', '0.05', S10), // VAT 0.05 × 10 % = 0.005 → 0.01
        line('5', '1', '0.015', S10, { allowances: [{ percent: '50', baseAmount: '0.01' }] }),
      ]),
    );
    // line 5: 0.015 → 0.02; allowance 50 % of 0.01 = 0.005 → 0.01; net 0.01
    expect(totals.lines.map((each) => each.netAmount)).toEqual([
      '0.13',
      '1.01',
      '-0.13',
      '0.05',
      '0.01',
    ]);
    // S10: 0.06 × 10 % = 0.006 → 0.01; S20: 1.01 × 20 % = 0.202 → 0.20
    expect(totals.vatBreakdown).toEqual([
      { category: 'S', rate: '10', taxableAmount: '0.06', vatAmount: '0.01' },
      { category: 'S', rate: '20', taxableAmount: '1.01', vatAmount: '0.20' },
    ]);
    // A negative taxable amount rounds the same way: -0.025 × 20 % = -0.005 → -0.01
    expect(
      computeDocumentTotals(invoice([line('1', '-1', '0.025', S20)])).vatBreakdown[0]?.vatAmount,
    ).toBe('-0.01');
  });

  it('deducts deposits (BT-113) and adds the rounding amount (BT-114)', () => {
    const totals = computeDocumentTotals(
      invoice([line('1', '1', '1000.00', S20)], {
        deductedDeposits: [
          { documentId: 'd1', number: 'FA-2026-0001', issueDate: '2026-01-10', amount: '300.00' },
          { documentId: 'd2', number: 'FA-2026-0004', issueDate: '2026-02-10', amount: '300.00' },
        ],
      }),
      { roundingAmount: '-0.02' },
    );
    // 1200.00 − 600.00 − 0.02 = 599.98
    expect(totals.taxInclusiveAmount).toBe('1200.00');
    expect(totals.prepaidAmount).toBe('600.00');
    expect(totals.roundingAmount).toBe('-0.02');
    expect(totals.amountDue).toBe('599.98');
  });

  it('gives a credit note positive totals for positive amounts', () => {
    const totals = computeDocumentTotals({
      kind: 'creditNote',
      currency: 'EUR',
      lines: [line('1', '2', '45.00', S20)],
    });
    expect([totals.taxExclusiveAmount, totals.vatTotal, totals.amountDue]).toEqual([
      '90.00',
      '18.00',
      '108.00',
    ]);
  });

  it('carries the exemption reason and code of each VAT category to its breakdown entry', () => {
    const totals = computeDocumentTotals(
      invoice([
        line('1', '1', '100', lineVat('reverseCharge')),
        line('2', '2', '40', lineVat('reverseCharge')),
        line('3', '1', '25', lineVat('export')),
        line('4', '1', '40', lineVat('outOfScope')),
        line('5', '1', '10', S20),
      ]),
    );
    expect(totals.vatBreakdown).toStrictEqual([
      { category: 'S', rate: '20', taxableAmount: '10.00', vatAmount: '2.00' },
      {
        category: 'AE',
        rate: '0',
        taxableAmount: '180.00',
        vatAmount: '0.00',
        exemptionReason: 'Autoliquidation',
        exemptionCode: 'VATEX-EU-AE',
      },
      {
        category: 'G',
        rate: '0',
        taxableAmount: '25.00',
        vatAmount: '0.00',
        exemptionReason: 'Exonération de TVA, article 262 I du CGI',
        exemptionCode: 'VATEX-EU-G',
      },
      {
        category: 'O',
        rate: '0',
        taxableAmount: '40.00',
        vatAmount: '0.00',
        exemptionCode: 'VATEX-EU-O',
      },
    ]);
    expect(totals.vatTotal).toBe('2.00');
  });

  it('writes a seller under the franchise en base with the mention of CGI art. 293 B', () => {
    const franchise = lineVat('franchiseEnBase');
    const totals = computeDocumentTotals(invoice([line('1', '3', '35.00', franchise)]));
    expect(totals.vatBreakdown).toStrictEqual([
      {
        category: 'E',
        rate: '0',
        taxableAmount: '105.00',
        vatAmount: '0.00',
        exemptionReason: 'TVA non applicable, art. 293 B du CGI',
        exemptionCode: 'VATEX-FR-FRANCHISE',
      },
    ]);
    expect(totals.amountDue).toBe('105.00');
  });

  it('groups rates written differently ("20", "20.00") and lists them by category then rate', () => {
    const totals = computeDocumentTotals(
      invoice([
        line('1', '1', '10', { category: 'S', rate: '20.00' }),
        line('2', '1', '10', lineVat('otherExemption')),
        line('3', '1', '10', S20),
        line('4', '1', '10', S55),
      ]),
    );
    expect(
      totals.vatBreakdown.map((entry) => `${entry.category} ${entry.rate} ${entry.taxableAmount}`),
    ).toEqual(['S 5.5 10.00', 'S 20 20.00', 'E 0 10.00']);
  });

  it('answers an empty document with zero totals', () => {
    const totals = computeDocumentTotals(invoice([]));
    expect(totals.lines).toEqual([]);
    expect(totals.vatBreakdown).toEqual([]);
    expect(totals.amountDue).toBe('0.00');
  });

  it('stays exact past 2^53 cents', () => {
    // 1,000,000 × 123,456,789.123456 = 123,456,789,123,456.00; VAT 20 % = 24,691,357,824,691.20
    const totals = computeDocumentTotals(
      invoice([
        line('1', '1000000', '123456789.123456', S20),
        line('2', '0.000001', '0.000001', S20),
      ]),
    );
    expect(totals.lines[0]?.netAmount).toBe('123456789123456.00');
    expect(totals.vatTotal).toBe('24691357824691.20');
    expect(totals.taxInclusiveAmount).toBe('148148146948147.20');
    // 999,999,999,999.999999 × 999,999,999,999,999.999999: far past 2^53 before rounding
    const huge = computeDocumentTotals(
      invoice([line('1', '999999999999.999999', '999999999999999.999999', S20)]),
    );
    expect(huge.lineNetTotal).toBe(
      new Decimal('999999999999.999999')
        .times('999999999999999.999999')
        .toFixed(2, Decimal.ROUND_HALF_UP),
    );
  });

  it('returns new objects and does not mutate its input', () => {
    const document = deepFreeze(
      structuredClone(
        invoice(
          [line('1', '2', '10', S20, { allowances: [{ percent: '10', baseAmount: '20.00' }] })],
          {
            charges: [{ amount: '5', vat: S20 }],
          },
        ),
      ),
    );
    const copy = structuredClone(document);
    const first = computeDocumentTotals(document);
    const second = computeDocumentTotals(document);
    expect(document).toStrictEqual(copy);
    expect(first).toStrictEqual(second);
    expect(first).not.toBe(second);
    expect(first.lines).not.toBe(second.lines);
  });
});

describe('computeDocumentTotals with bad input', () => {
  const good = invoice([line('1', '1', '10', S20)]);

  it('refuses a VAT category EN 16931 does not define with UNKNOWN_VAT_CATEGORY', () => {
    expect(
      failure(() =>
        computeDocumentTotals(
          invoice([line('1', '1', '10', { category: 'X' as never, rate: '20' })]),
        ),
      ),
    ).toEqual({
      code: 'UNKNOWN_VAT_CATEGORY',
      issues: ['lines.0.vat.category:unknown_vat_category'],
    });
    expect(
      failure(() =>
        computeDocumentTotals({
          ...good,
          allowances: [{ amount: '1', vat: { category: 'VAT' as never } }],
        }),
      )?.code,
    ).toBe('UNKNOWN_VAT_CATEGORY');
  });

  it('refuses malformed documents with INVALID_INPUT and the path of each problem', () => {
    const cases: readonly [unknown, string][] = [
      [null, ':invalid_type'],
      ['invoice', ':invalid_type'],
      [{ ...good, lines: 'none' }, 'lines:invalid_type'],
      [{ ...good, kind: 'receipt' }, 'kind:invalid_value'],
      [{ ...good, currency: 'EURO' }, 'currency:invalid_currency'],
      [
        invoice([{ ...line('1', '1', '10', S20), quantity: 1 as never }]),
        'lines.0.quantity:invalid_type',
      ],
      [invoice([line('1', '1.5e3', '10', S20)]), 'lines.0.quantity:invalid_decimal'],
      [invoice([line('1', '1', '10.1234567', S20)]), 'lines.0.unitPrice:too_many_decimals'],
      [invoice([line('1', '1', '-10', S20)]), 'lines.0.unitPrice:negative_not_allowed'],
      [
        invoice([{ ...line('1', '1', '10', S20), colour: 'red' } as DocumentLine]),
        'lines.0:unrecognized_keys',
      ],
      [
        invoice([line('1', '1', '10', { category: 'S', rate: '0' })]),
        'lines.0.vat.rate:rate_not_positive',
      ],
      [
        invoice([line('1', '1', '10', { category: 'E', rate: '20' })]),
        'lines.0.vat.rate:rate_must_be_zero',
      ],
      [
        invoice([line('1', '1', '10', { category: 'O', rate: '0' })]),
        'lines.0.vat.rate:rate_not_allowed',
      ],
      [invoice([line('1', '1', '10', { category: 'S' })]), 'lines.0.vat.rate:rate_missing'],
      [
        invoice([line('1', '1', '10', S20, { priceBaseQuantity: '0' })]),
        'lines.0.priceBaseQuantity:not_positive',
      ],
      [
        invoice([line('1', '1', '10', S20, { allowances: [{ percent: '10' }] })]),
        'lines.0.allowances.0.amount:amount_missing',
      ],
      [
        invoice([
          line('1', '1', '10', S20, {
            charges: [{ amount: '2.00', percent: '10', baseAmount: '10.00' }],
          }),
        ]),
        'lines.0.charges.0.amount:amount_mismatch',
      ],
      [
        invoice([line('1', '1', '10', S20), line('1', '1', '10', S20)]),
        'lines.1.id:duplicate_line_id',
      ],
      [
        { ...good, kind: 'quote', lines: [line('1', '-1', '10', S20)] },
        'lines.0.quantity:negative_quantity_not_allowed',
      ],
      [
        invoice([
          line('1', '1', '10', lineVat('reverseCharge')),
          line('2', '1', '10', { category: 'AE', rate: '0' }),
        ]),
        'lines.1.vat:conflicting_exemption',
      ],
      [{ ...good, allowances: [{ amount: '1' }] }, 'allowances.0.vat:invalid_type'],
      [
        {
          ...good,
          deductedDeposits: [
            { documentId: 'd', number: '1', issueDate: '2026-02-30', amount: '1' },
          ],
        },
        'deductedDeposits.0.issueDate:invalid_date',
      ],
    ];
    for (const [document, issue] of cases) {
      const found = failure(() => computeDocumentTotals(document as DocumentTotalsInput));
      expect({ document, code: found?.code }).toEqual({ document, code: 'INVALID_INPUT' });
      expect(found?.issues).toContain(issue);
    }
  });

  it('refuses bad options with INVALID_INPUT', () => {
    expect(failure(() => computeDocumentTotals(good, { roundingAmount: '0.001' }))).toEqual({
      code: 'INVALID_INPUT',
      issues: ['options.roundingAmount:too_many_decimals'],
    });
    expect(
      failure(() => computeDocumentTotals(good, { rounding: '0.01' } as never))?.issues,
    ).toEqual(['options:unrecognized_keys']);
  });

  it('returns the same errors as a Result from safeComputeDocumentTotals', () => {
    const result = safeComputeDocumentTotals(
      invoice([line('1', '1', '10', { category: 'X' as never, rate: '1' })]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('UNKNOWN_VAT_CATEGORY');
    const fine = safeComputeDocumentTotals(good);
    expect(fine).toEqual({ ok: true, value: computeDocumentTotals(good) });
  });
});

// ---- Properties: BR-CO-10 … BR-CO-17 on generated documents, and an independent decimal.js oracle.

function decimalText(units: bigint, scale: number): string {
  return new Decimal(units.toString()).div(new Decimal(10).pow(scale)).toFixed(scale);
}

const VATS: readonly LineVat[] = [
  S20,
  S10,
  S55,
  S21,
  { category: 'S', rate: '20.00' },
  { category: 'S', rate: '8.5' },
  lineVat('reverseCharge'),
  lineVat('intraCommunitySupplyOfGoods'),
  lineVat('franchiseEnBase'),
  lineVat('outOfScope'),
  { category: 'Z', rate: '0' },
  { category: 'L', rate: '7' },
];
const vats = fc.constantFrom(...VATS);
const amounts = fc.bigInt({ min: 0n, max: 10n ** 8n }).map((units) => decimalText(units, 2));
const allowances: fc.Arbitrary<AllowanceCharge> = fc.oneof(
  amounts.map((amount) => ({ amount })),
  fc
    .tuple(amounts, fc.bigInt({ min: 0n, max: 999_999n }))
    .map(([baseAmount, percent]) => ({ baseAmount, percent: decimalText(percent, 2) })),
);
const documentAllowances: fc.Arbitrary<DocumentAllowanceCharge> = fc
  .tuple(allowances, vats)
  .map(([allowance, vat]) => ({ ...allowance, vat }));

const lines = fc
  .array(
    fc.record({
      quantity: fc
        .tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.integer({ min: 0, max: 6 }))
        .map(([units, scale]) => decimalText(units, scale)),
      unitPrice: fc
        .tuple(fc.bigInt({ min: 0n, max: 10n ** 10n }), fc.integer({ min: 0, max: 6 }))
        .map(([units, scale]) => decimalText(units, scale)),
      priceBaseQuantity: fc.option(fc.constantFrom('1', '3', '12', '100', '0.5', '2.25'), {
        nil: undefined,
      }),
      vat: vats,
      allowances: fc.option(fc.array(allowances, { maxLength: 2 }), { nil: undefined }),
      charges: fc.option(fc.array(allowances, { maxLength: 2 }), { nil: undefined }),
    }),
    { maxLength: 8 },
  )
  .map((generated) =>
    generated.map(({ priceBaseQuantity, allowances: lineAllowances, charges, ...rest }, index) =>
      line(String(index + 1), rest.quantity, rest.unitPrice, rest.vat, {
        ...(priceBaseQuantity === undefined ? {} : { priceBaseQuantity }),
        ...(lineAllowances === undefined ? {} : { allowances: lineAllowances }),
        ...(charges === undefined ? {} : { charges }),
      }),
    ),
  );

const documents: fc.Arbitrary<DocumentTotalsInput> = fc
  .record({
    lines,
    allowances: fc.array(documentAllowances, { maxLength: 3 }),
    charges: fc.array(documentAllowances, { maxLength: 3 }),
    deposits: fc.array(amounts, { maxLength: 2 }),
  })
  .map(({ lines: documentLines, allowances: documentAllowanceList, charges, deposits }) =>
    invoice(documentLines, {
      allowances: documentAllowanceList,
      charges,
      deductedDeposits: deposits.map((amount, index) => ({
        documentId: `d${index}`,
        number: `A-${index}`,
        issueDate: '2026-03-01',
        amount,
      })),
    }),
  );

function sum(values: readonly string[]): Decimal {
  return values.reduce((total, value) => total.plus(value), new Decimal(0));
}

/** Half away from zero to the cent, without a negative zero. */
function round2(value: Decimal): string {
  const text = value.toFixed(2, Decimal.ROUND_HALF_UP);
  return text === '-0.00' ? '0.00' : text;
}

function allowanceAmount(allowance: AllowanceCharge): Decimal {
  return allowance.amount !== undefined
    ? new Decimal(allowance.amount)
    : new Decimal(
        round2(new Decimal(allowance.baseAmount ?? '0').times(allowance.percent ?? '0').div(100)),
      );
}

/** The same rules written plainly on decimal.js, as an independent oracle. */
function oracle(document: DocumentTotalsInput): { lines: string[]; taxable: Map<string, Decimal> } {
  const taxable = new Map<string, Decimal>();
  const add = (vat: LineVat, amount: Decimal): void => {
    const key = `${vat.category}|${new Decimal(vat.rate ?? '0').toString()}`;
    taxable.set(key, (taxable.get(key) ?? new Decimal(0)).plus(amount));
  };
  const netAmounts = document.lines.map((each) => {
    const gross = new Decimal(
      round2(new Decimal(each.quantity).times(each.unitPrice).div(each.priceBaseQuantity ?? '1')),
    );
    const net = gross
      .minus(sum((each.allowances ?? []).map((allowance) => allowanceAmount(allowance).toString())))
      .plus(sum((each.charges ?? []).map((charge) => allowanceAmount(charge).toString())));
    add(each.vat, net);
    return round2(net);
  });
  for (const allowance of document.allowances ?? [])
    add(allowance.vat, allowanceAmount(allowance).neg());
  for (const charge of document.charges ?? []) add(charge.vat, allowanceAmount(charge));
  return { lines: netAmounts, taxable };
}

describe('computeDocumentTotals properties', () => {
  it('satisfies BR-CO-10 to BR-CO-17 and agrees with a plain decimal.js computation', () => {
    fc.assert(
      fc.property(documents, fc.option(amounts, { nil: undefined }), (document, rounding) => {
        const totals: DocumentTotals = computeDocumentTotals(
          document,
          rounding === undefined ? undefined : { roundingAmount: `-${rounding}` },
        );
        const expected = oracle(document);
        expect(totals.lines.map((each) => each.netAmount)).toEqual(expected.lines);
        // BR-CO-10: BT-106 = Σ BT-131
        expect(totals.lineNetTotal).toBe(round2(sum(totals.lines.map((each) => each.netAmount))));
        // BR-CO-11, BR-CO-12
        expect(totals.allowanceTotal).toBe(
          round2(sum((document.allowances ?? []).map((a) => allowanceAmount(a).toString()))),
        );
        expect(totals.chargeTotal).toBe(
          round2(sum((document.charges ?? []).map((c) => allowanceAmount(c).toString()))),
        );
        // BR-CO-13: BT-109 = BT-106 − BT-107 + BT-108
        expect(totals.taxExclusiveAmount).toBe(
          round2(
            new Decimal(totals.lineNetTotal).minus(totals.allowanceTotal).plus(totals.chargeTotal),
          ),
        );
        // BR-CO-17: BT-117 = round2(BT-116 × BT-119 / 100), once per category and rate
        expect(totals.vatBreakdown.length).toBe(expected.taxable.size);
        for (const entry of totals.vatBreakdown) {
          const taxable = expected.taxable.get(
            `${entry.category}|${new Decimal(entry.rate).toString()}`,
          );
          expect(taxable?.toFixed(2)).toBe(entry.taxableAmount);
          expect(entry.vatAmount).toBe(
            round2(new Decimal(entry.taxableAmount).times(entry.rate).div(100)),
          );
        }
        // The breakdown's taxable amounts add up to BT-109.
        expect(round2(sum(totals.vatBreakdown.map((entry) => entry.taxableAmount)))).toBe(
          totals.taxExclusiveAmount,
        );
        // BR-CO-14: BT-110 = Σ BT-117
        expect(totals.vatTotal).toBe(
          round2(sum(totals.vatBreakdown.map((entry) => entry.vatAmount))),
        );
        // BR-CO-15: BT-112 = BT-109 + BT-110
        expect(totals.taxInclusiveAmount).toBe(
          round2(new Decimal(totals.taxExclusiveAmount).plus(totals.vatTotal)),
        );
        // BR-CO-16: BT-115 = BT-112 − BT-113 + BT-114
        expect(totals.prepaidAmount).toBe(
          round2(sum((document.deductedDeposits ?? []).map((d) => d.amount))),
        );
        expect(totals.roundingAmount).toBe(
          round2(new Decimal(rounding === undefined ? '0' : `-${rounding}`)),
        );
        expect(totals.amountDue).toBe(
          round2(
            new Decimal(totals.taxInclusiveAmount)
              .minus(totals.prepaidAmount)
              .plus(totals.roundingAmount),
          ),
        );
      }),
    );
  });

  it('orders the breakdown by category then rate', () => {
    const order = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'];
    fc.assert(
      fc.property(documents, (document) => {
        const keys = computeDocumentTotals(document).vatBreakdown.map(
          (entry) => [order.indexOf(entry.category), Number(entry.rate)] as const,
        );
        const sorted = [...keys].sort((left, right) => left[0] - right[0] || left[1] - right[1]);
        expect(keys).toEqual(sorted);
      }),
    );
  });
});
