import { describe, expect, it } from 'vitest';
import { allowanceChargeSchema, documentAllowanceChargeSchema } from './AllowanceCharge.js';
import { commercialDocumentSchema } from './CommercialDocument.js';
import { DOCUMENT_KINDS } from './DocumentKind.js';
import { documentLineSchema } from './DocumentLine.js';
import { DOCUMENT_STATUSES, documentStatusSchema } from './DocumentStatus.js';
import { itemSchema } from './Item.js';
import { lineVat } from './lineVat.js';

const seller = {
  legalName: 'Atelier Dupont',
  address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' },
  vatRegime: 'normal',
};
const line = {
  id: '1',
  label: 'Chaise',
  quantity: '4',
  unitCode: 'C62',
  unitPrice: '89.90',
  vat: { category: 'S', rate: '20' },
  nature: 'goods',
};
const draft = {
  id: 'doc-1',
  kind: 'invoice',
  status: 'draft',
  currency: 'EUR',
  seller,
  lines: [line],
};

type Schema = {
  safeParse: (input: unknown) => {
    success: boolean;
    error?: { issues: readonly { path: readonly PropertyKey[]; code: string }[] };
  };
};

function issues(schema: Schema, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return (result.error?.issues ?? []).map(
    (issue) =>
      `${issue.path.join('.')}:${(issue as { params?: { code?: string } }).params?.code ?? issue.code}`,
  );
}

describe('commercialDocumentSchema', () => {
  it('accepts a complete document', () => {
    const complete = {
      ...draft,
      status: 'issued',
      number: 'F-2026-000123',
      issueDate: '2026-03-02',
      customer: {
        id: 'C-1',
        kind: 'business',
        name: 'Client SAS',
        countryCode: 'FR',
        billingAddress: seller.address,
      },
      lines: [
        {
          ...line,
          itemReference: 'CH-1',
          description: 'Chêne',
          priceBaseQuantity: '1',
          grossPrice: '99.90',
          priceDiscount: '10.00',
          allowances: [{ percent: '5', baseAmount: '359.60', reason: 'Remise', reasonCode: '95' }],
          charges: [{ amount: '3.00', reasonCode: 'ABL' }],
          purchaseCost: '40',
          source: { documentId: 'order-1', lineId: '1' },
          period: { start: '2026-03-01', end: '2026-03-01' },
        },
        { ...line, id: '2', quantity: '-1', vat: lineVat('franchiseEnBase') },
      ],
      allowances: [{ amount: '10.00', reason: 'Remise', vat: { category: 'S', rate: '20' } }],
      charges: [
        { amount: '15.00', reason: 'Port', reasonCode: 'FC', vat: { category: 'S', rate: '20' } },
      ],
      validUntil: '2026-04-01',
      deliveryDate: '2026-03-01',
      dueDate: '2026-04-01',
      paymentTerm: { kind: 'netDays', days: 30, from: 'issue' },
      buyerReference: 'SERV-1',
      orderReference: 'PO-9',
      precedingInvoices: [{ number: 'F-2026-000100', issueDate: '2026-02-01' }],
      deductedDeposits: [
        {
          documentId: 'dep-1',
          number: 'FA-2026-000010',
          issueDate: '2026-02-01',
          amount: '100.00',
        },
      ],
      links: [{ documentId: 'order-1', relation: 'invoicedFrom' }],
      notes: ['Merci'],
      hash: 'a'.repeat(64),
      previousHash: 'b'.repeat(64),
    };
    expect(issues(commercialDocumentSchema, complete)).toEqual([]);
  });

  it('allows each kind its own statuses only', () => {
    for (const kind of DOCUMENT_KINDS) {
      for (const status of DOCUMENT_STATUSES[kind]) {
        expect(issues(commercialDocumentSchema, { ...draft, kind, status })).toEqual([]);
      }
    }
    expect(issues(commercialDocumentSchema, { ...draft, status: 'accepted' })).toEqual([
      'status:status_not_allowed',
    ]);
    expect(
      issues(commercialDocumentSchema, { ...draft, kind: 'supplierInvoice', status: 'draft' }),
    ).toEqual(['status:status_not_allowed']);
    expect(issues(commercialDocumentSchema, { ...draft, status: 'paid' })).toEqual([
      'status:invalid_value',
    ]);
    expect(documentStatusSchema.safeParse('sent').success).toBe(true);
  });

  it('allows negative quantities on invoice kinds only', () => {
    const negative = { ...draft, lines: [{ ...line, quantity: '-4' }] };
    for (const kind of ['invoice', 'depositInvoice', 'creditNote', 'supplierInvoice'] as const) {
      expect(
        issues(commercialDocumentSchema, { ...negative, kind, status: DOCUMENT_STATUSES[kind][0] }),
      ).toEqual([]);
    }
    for (const kind of [
      'quote',
      'salesOrder',
      'deliveryNote',
      'proForma',
      'supplierOrder',
      'goodsReceipt',
    ] as const) {
      expect(issues(commercialDocumentSchema, { ...negative, kind, status: 'draft' })).toEqual([
        'lines.0.quantity:negative_quantity_not_allowed',
      ]);
    }
  });

  it('holds the rules between lines: unique ids, one exemption per category and rate', () => {
    expect(issues(commercialDocumentSchema, { ...draft, lines: [line, line] })).toEqual([
      'lines.1.id:duplicate_line_id',
    ]);
    const exempt = {
      category: 'E',
      rate: '0',
      exemptionReason: 'Exonération, art. 261 4 4° du CGI',
    };
    expect(
      issues(commercialDocumentSchema, {
        ...draft,
        lines: [
          { ...line, vat: exempt },
          { ...line, id: '2', vat: { ...exempt, rate: '0.00' } },
        ],
        allowances: [{ amount: '1', vat: lineVat('franchiseEnBase') }],
      }),
    ).toEqual(['allowances.0.vat:conflicting_exemption']);
  });

  it('refuses unknown keys at every level and unknown VAT categories', () => {
    expect(issues(commercialDocumentSchema, { ...draft, total: '1' })).toEqual([
      ':unrecognized_keys',
    ]);
    expect(
      issues(commercialDocumentSchema, { ...draft, lines: [{ ...line, total: '1' }] }),
    ).toEqual(['lines.0:unrecognized_keys']);
    expect(
      issues(commercialDocumentSchema, {
        ...draft,
        lines: [{ ...line, vat: { category: 'T', rate: '20' } }],
      }),
    ).toEqual(['lines.0.vat.category:unknown_vat_category']);
    expect(issues(commercialDocumentSchema, { ...draft, currency: 'EURO' })).toEqual([
      'currency:invalid_currency',
    ]);
    expect(issues(commercialDocumentSchema, { ...draft, issueDate: '2026-02-30' })).toEqual([
      'issueDate:invalid_date',
    ]);
  });
});

describe('documentLineSchema', () => {
  it('checks the price fields and the period', () => {
    expect(issues(documentLineSchema, { ...line, priceBaseQuantity: '0' })).toEqual([
      'priceBaseQuantity:not_positive',
    ]);
    expect(issues(documentLineSchema, { ...line, priceBaseQuantity: '-1' })).toEqual([
      'priceBaseQuantity:negative_not_allowed',
    ]);
    expect(issues(documentLineSchema, { ...line, grossPrice: '99.90' })).toEqual([
      'unitPrice:net_price_mismatch',
    ]);
    expect(issues(documentLineSchema, { ...line, grossPrice: '89.90' })).toEqual([]);
    expect(
      issues(documentLineSchema, { ...line, grossPrice: '100', priceDiscount: '10.1' }),
    ).toEqual([]);
    expect(issues(documentLineSchema, { ...line, priceDiscount: '1' })).toEqual([
      'grossPrice:gross_price_missing',
    ]);
    expect(
      issues(documentLineSchema, { ...line, period: { start: '2026-02-01', end: '2026-01-31' } }),
    ).toEqual(['period:period_reversed']);
    expect(issues(documentLineSchema, { ...line, unitCode: 'piece' })).toEqual([
      'unitCode:invalid_format',
    ]);
    expect(issues(documentLineSchema, { ...line, quantity: '1.0000001' })).toEqual([
      'quantity:too_many_decimals',
    ]);
    expect(issues(documentLineSchema, { ...line, nature: 'services' })).toEqual([
      'nature:invalid_value',
    ]);
  });
});

describe('allowanceChargeSchema and documentAllowanceChargeSchema', () => {
  it('need an amount or a percent of a base, agreeing when all three are given', () => {
    expect(issues(allowanceChargeSchema, { amount: '1' })).toEqual([]);
    expect(issues(allowanceChargeSchema, { percent: '10', baseAmount: '10' })).toEqual([]);
    expect(
      issues(allowanceChargeSchema, { amount: '1.00', percent: '10', baseAmount: '10' }),
    ).toEqual([]);
    // 10 % of 10.05 = 1.005 → 1.01
    expect(
      issues(allowanceChargeSchema, { amount: '1.01', percent: '10', baseAmount: '10.05' }),
    ).toEqual([]);
    expect(
      issues(allowanceChargeSchema, { amount: '1.00', percent: '10', baseAmount: '10.05' }),
    ).toEqual(['amount:amount_mismatch']);
    expect(issues(allowanceChargeSchema, { amount: '1', percent: '10' })).toEqual([]);
    expect(issues(allowanceChargeSchema, { percent: '10' })).toEqual(['amount:amount_missing']);
    expect(issues(allowanceChargeSchema, { amount: '1', reasonCode: 'FREIGHT' })).toEqual([
      'reasonCode:invalid_format',
    ]);
    expect(
      issues(allowanceChargeSchema, { amount: '1', vat: { category: 'S', rate: '20' } }),
    ).toEqual([':unrecognized_keys']);
    expect(issues(documentAllowanceChargeSchema, { amount: '1' })).toEqual(['vat:invalid_type']);
  });
});

describe('itemSchema', () => {
  it('accepts a catalogue item and refuses a negative price', () => {
    const item = {
      reference: 'H-1',
      label: 'Heure',
      unitCode: 'HUR',
      unitPrice: '80',
      vat: { category: 'S', rate: '20' },
      nature: 'service',
    };
    expect(issues(itemSchema, item)).toEqual([]);
    expect(issues(itemSchema, { ...item, unitPrice: '-80' })).toEqual([
      'unitPrice:negative_not_allowed',
    ]);
    expect(
      issues(itemSchema, {
        ...item,
        vat: lineVat('franchiseEnBase'),
        purchaseCost: '20',
        description: 'Conseil',
      }),
    ).toEqual([]);
  });
});
