import {
  compareMoney,
  formatMoney,
  isNegativeMoney,
  multiplyMoney,
  negateMoney,
  parseMoney,
  ROUNDING_MODES,
} from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import {
  type CheckInvoiceMentionsOptions,
  checkInvoiceMentions,
  type InvoiceMentionsCheck,
} from './checkInvoiceMentions.js';
import type { InvoiceForMentions } from './InvoiceForMentions.js';
import type { InvoiceMentionId } from './invoiceMentionIds.js';
import { legalMentions } from './legalMentions.js';

/** A complete B2B invoice issued after the e-invoicing reform mentions became due. */
const compliantInvoice: InvoiceForMentions = Object.freeze({
  number: 'F-2026-000123',
  issueDate: '2026-09-15',
  purchaseOrderIssued: true,
  purchaseOrderNumber: 'BC-7781',
  seller: {
    legalName: 'Atelier Dupont',
    legalForm: 'SARL',
    shareCapital: '10000',
    siren: '732829320',
    siret: '73282932000017',
    registration: { register: 'RCS', city: 'Lyon' },
    vatNumber: 'FR44732829320',
    address: '1 rue Neuve, 69001 Lyon',
    vatOnDebitsOption: true,
  },
  buyer: {
    name: 'Client SAS',
    kind: 'business',
    address: '2 place Bellecour, 69002 Lyon',
    siren: '542065479',
    vatNumber: 'FR82542065479',
    deliveredElsewhere: true,
    deliveryAddress: 'Entrepôt, 10 rue du Port, 69007 Lyon',
  },
  operationCategory: 'mixed',
  lines: [
    {
      label: 'Table chêne',
      quantity: '2',
      unitPriceExclVat: '450.00',
      vatRate: '20',
      nature: 'goods',
    },
    {
      label: 'Installation',
      quantity: '3',
      unitPriceExclVat: '85.50',
      vatRate: '20',
      nature: 'service',
    },
    { label: 'Livre', quantity: '4', unitPriceExclVat: '12.35', vatRate: '5.5', nature: 'goods' },
  ],
  totals: {
    totalExclVat: '1205.90',
    vatBreakdown: [
      { rate: '20', taxableAmount: '1156.50', vatAmount: '231.30' },
      { rate: '5.5', taxableAmount: '49.40', vatAmount: '2.72' },
    ],
    totalVat: '234.02',
    totalInclVat: '1439.92',
  },
  dueDate: '2026-10-15',
  escompteText: "Pas d'escompte pour paiement anticipé",
  penaltyRateText:
    "En cas de retard de paiement, des pénalités sont exigibles dès le jour suivant la date de paiement figurant sur la facture, sans qu'un rappel soit nécessaire, au taux annuel de 12,15 %.",
  recoveryIndemnityText:
    'Indemnité forfaitaire pour frais de recouvrement due en cas de retard de paiement : 40 €.',
  vatMentions: ["Option pour le paiement de la taxe d'après les débits"],
} satisfies InvoiceForMentions);

/** A writable deep copy of an invoice, with changes applied by `edit`. */
function editInvoice(
  invoice: InvoiceForMentions,
  edit: (copy: Mutable<InvoiceForMentions>) => void,
): InvoiceForMentions {
  const copy = structuredClone(invoice) as Mutable<InvoiceForMentions>;
  edit(copy);
  return copy;
}

/** Deeply writable. */
type Mutable<T> = T extends readonly (infer Item)[]
  ? Mutable<Item>[]
  : T extends object
    ? { -readonly [Key in keyof T]: Mutable<T[Key]> }
    : T;

// TESTS
const AS_OF = '2026-09-15';

function check(
  invoice: InvoiceForMentions,
  options: Partial<CheckInvoiceMentionsOptions> = {},
): InvoiceMentionsCheck {
  return checkInvoiceMentions(invoice, { asOf: AS_OF, ...options });
}

function ids(findings: InvoiceMentionsCheck['missing']): InvoiceMentionId[] {
  return findings.map((finding) => finding.mention);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** Each entry removes one mention from the compliant invoice. */
const REMOVALS: readonly (readonly [
  InvoiceMentionId,
  (copy: Mutable<InvoiceForMentions>) => void,
])[] = [
  ['sellerName', (c) => delete c.seller.legalName],
  ['sellerAddress', (c) => (c.seller.address = '  ')],
  ['sellerSiren', (c) => delete c.seller.siren],
  ['sellerVatNumber', (c) => delete c.seller.vatNumber],
  ['sellerLegalForm', (c) => delete c.seller.legalForm],
  ['sellerShareCapital', (c) => delete c.seller.shareCapital],
  ['sellerRegistration', (c) => delete c.seller.registration],
  ['buyerName', (c) => delete c.buyer.name],
  ['buyerAddress', (c) => (c.buyer.address = '')],
  ['buyerSiren', (c) => delete c.buyer.siren],
  ['deliveryAddress', (c) => delete c.buyer.deliveryAddress],
  ['invoiceNumber', (c) => delete c.number],
  ['issueDate', (c) => delete c.issueDate],
  ['purchaseOrderNumber', (c) => delete c.purchaseOrderNumber],
  ['operationCategory', (c) => delete c.operationCategory],
  ['lineDescription', (c) => delete c.lines![1]!.label],
  ['lineQuantity', (c) => delete c.lines![2]!.quantity],
  ['lineUnitPrice', (c) => delete c.lines![0]!.unitPriceExclVat],
  ['lineVatRate', (c) => delete c.lines![1]!.vatRate],
  ['totalExclVat', (c) => delete c.totals!.totalExclVat],
  ['vatBreakdown', (c) => delete c.totals!.vatBreakdown],
  ['vatTotal', (c) => delete c.totals!.totalVat],
  ['paymentDate', (c) => delete c.dueDate],
  ['escompteConditions', (c) => delete c.escompteText],
  ['latePenaltyRate', (c) => delete c.penaltyRateText],
  ['recoveryIndemnity', (c) => delete c.recoveryIndemnityText],
  ['vatOnDebitsMention', (c) => (c.vatMentions = [])],
];

describe('checkInvoiceMentions: a complete B2B invoice', () => {
  it('has no finding and risks no fine', () => {
    const result = check(compliantInvoice);
    expect(result.missing).toEqual([]);
    expect(result.invalid).toEqual([]);
    expect(result.fineRisk).toBe('0.00');
    expect(result.uncappedFine).toBe('0.00');
    expect(result.fineCap).toBe('359.98'); // 1439.92 / 4
    expect(result.commercialFineMax).toBeNull();
    expect(result.reformMentionsRequired).toBe(true);
  });

  it('computes the totals from the lines, VAT per rate on the base', () => {
    const step = check(compliantInvoice).trace.find((item) => item.rule === 'expectedTotals');
    expect(step?.values).toEqual({
      totalExclVat: '1205.90',
      totalVat: '234.02',
      totalInclVat: '1439.92',
    });
  });

  it('accepts identifiers printed with spaces and dots', () => {
    const spaced = editInvoice(compliantInvoice, (c) => {
      c.seller.siren = '732 829 320';
      c.seller.siret = '732 829 320 00017';
      c.seller.vatNumber = 'FR 44 732.829.320';
    });
    expect(check(spaced).invalid).toEqual([]);
  });

  it('is deterministic and does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(compliantInvoice));
    const first = check(frozen);
    expect(check(frozen)).toEqual(first);
    expect(frozen).toEqual(compliantInvoice);
  });
});

describe('checkInvoiceMentions: each mention removed one at a time', () => {
  it.each(REMOVALS)('reports exactly %s', (mention, remove) => {
    const result = check(editInvoice(compliantInvoice, remove));
    expect(ids(result.missing)).toEqual([mention]);
    expect(result.invalid).toEqual([]);
    expect(result.missing[0]?.fine).toBe('15.00');
    expect(result.fineRisk).toBe('15.00');
  });

  it('gives the path and the article of the finding', () => {
    const [finding] = check(
      editInvoice(compliantInvoice, (c) => delete c.lines![2]!.quantity),
    ).missing;
    expect(finding).toEqual({
      mention: 'lineQuantity',
      article: 'CGI ann. II art. 242 nonies A 8°',
      message: 'Line 3: the quantity is missing',
      fine: '15.00',
      path: ['lines', 2, 'quantity'],
    });
    const [siren] = check(editInvoice(compliantInvoice, (c) => delete c.buyer.siren)).missing;
    expect(siren?.article).toBe('CGI ann. II art. 242 nonies A 1° (décret 2022-1299)');
    expect(siren?.path).toEqual(['buyer', 'siren']);
  });

  it('reports exactly the removed mentions, fined 15 € each up to a quarter of 1439.92 €', () => {
    fc.assert(
      fc.property(fc.subarray([...REMOVALS]), (removals) => {
        const invoice = editInvoice(compliantInvoice, (copy) => {
          for (const [, remove] of removals) remove(copy);
        });
        const result = check(invoice);
        expect(ids(result.missing).sort()).toEqual(removals.map(([mention]) => mention).sort());
        expect(result.invalid).toEqual([]);
        const cents = Math.min(1500 * removals.length, 35998);
        expect(result.fineRisk).toBe(
          `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
        );
        expect(result.commercialFineMax === null).toBe(
          !removals.some(([mention]) =>
            [
              'purchaseOrderNumber',
              'paymentDate',
              'escompteConditions',
              'latePenaltyRate',
              'recoveryIndemnity',
            ].includes(mention),
          ),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('caps the fine of all 27 removals at 359.98 €', () => {
    const invoice = editInvoice(compliantInvoice, (copy) => {
      for (const [, remove] of REMOVALS) remove(copy);
    });
    const result = check(invoice);
    expect(result.missing).toHaveLength(27);
    expect(result.uncappedFine).toBe('405.00');
    expect(result.fineRisk).toBe('359.98');
    expect(result.commercialFineMax).toEqual({
      naturalPerson: '75000.00',
      legalPerson: '375000.00',
    });
  });
});

describe('checkInvoiceMentions: e-invoicing reform mentions (reference 4.2)', () => {
  const withoutReformMentions = editInvoice(compliantInvoice, (c) => {
    c.issueDate = '2026-08-31';
    c.dueDate = '2026-09-30';
    delete c.buyer.siren;
    delete c.buyer.deliveryAddress;
    delete c.operationCategory;
    c.vatMentions = [];
  });

  it('are not due on an invoice issued before 1 Sep 2026, whatever asOf', () => {
    for (const asOf of ['2026-08-31', '2027-12-31']) {
      const result = check(withoutReformMentions, { asOf });
      expect(result.missing).toEqual([]);
      expect(result.reformMentionsRequired).toBe(false);
    }
  });

  it('are all four due on an invoice issued on 1 Sep 2026', () => {
    const result = check(editInvoice(withoutReformMentions, (c) => (c.issueDate = '2026-09-01')));
    expect(ids(result.missing)).toEqual([
      'buyerSiren',
      'deliveryAddress',
      'operationCategory',
      'vatOnDebitsMention',
    ]);
    expect(result.fineRisk).toBe('60.00');
  });

  it('follow the reformMentionsFrom option (an SME from 1 Sep 2027)', () => {
    const issued = editInvoice(withoutReformMentions, (c) => (c.issueDate = '2027-08-31'));
    expect(check(issued, { reformMentionsFrom: '2027-09-01' }).missing).toEqual([]);
    const later = editInvoice(withoutReformMentions, (c) => (c.issueDate = '2027-09-01'));
    expect(check(later, { reformMentionsFrom: '2027-09-01' }).missing).toHaveLength(4);
  });

  it('use asOf only when the issue date is missing', () => {
    const undated = editInvoice(withoutReformMentions, (c) => delete c.issueDate);
    expect(ids(check(undated, { asOf: '2026-08-31' }).missing)).toEqual(['issueDate']);
    expect(ids(check(undated, { asOf: '2026-09-01' }).missing)).toEqual([
      'buyerSiren',
      'deliveryAddress',
      'issueDate',
      'operationCategory',
      'vatOnDebitsMention',
    ]);
  });

  it('report a VAT-on-debits statement without the option, even before the reform (CE 2014)', () => {
    const result = check(
      editInvoice(withoutReformMentions, (c) => {
        c.seller.vatOnDebitsOption = false;
        c.vatMentions = ["Option pour le paiement de la taxe d'après les débits"];
      }),
    );
    expect(ids(result.invalid)).toEqual(['vatOnDebitsMention']);
    expect(result.invalid[0]?.article).toContain('CE 21 May 2014 n° 364610');
  });

  it('do not ask a buyer SIREN of a consumer or of a buyer established abroad', () => {
    const foreign = editInvoice(compliantInvoice, (c) => {
      delete c.buyer.siren;
      delete c.buyer.vatNumber;
      c.buyer.countryCode = 'BE';
    });
    expect(check(foreign).missing).toEqual([]);
  });

  it('check the printed operation category against the lines', () => {
    const result = check(editInvoice(compliantInvoice, (c) => (c.operationCategory = 'goods')));
    expect(ids(result.invalid)).toEqual(['operationCategory']);
    expect(result.invalid[0]?.message).toBe('The operations are "mixed", the invoice says "goods"');
  });
});

describe('checkInvoiceMentions: GC-19 EN 16931 VAT rounding', () => {
  const gc19 = (vatAmount: string, totalInclVat: string): InvoiceForMentions =>
    editInvoice(compliantInvoice, (c) => {
      c.operationCategory = 'goods';
      c.lines = [1, 2, 3].map(() => ({
        label: 'Article',
        quantity: '1',
        unitPriceExclVat: '1.13',
        vatRate: '20',
        nature: 'goods' as const,
      }));
      c.totals = {
        totalExclVat: '3.39',
        vatBreakdown: [{ rate: '20', taxableAmount: '3.39', vatAmount }],
        totalVat: vatAmount,
        totalInclVat,
      };
    });

  it('accepts 0.68 € of VAT and 4.07 € including VAT', () => {
    const result = check(gc19('0.68', '4.07'));
    expect(result.invalid).toEqual([]);
    expect(result.fineCap).toBe('1.01');
  });

  it('reports the per-line rounding 0.69 € as inaccurate, fine capped at a quarter of 4.07 €', () => {
    const result = check(gc19('0.69', '4.08'));
    expect(ids(result.invalid)).toEqual(['vatBreakdown', 'vatTotal', 'totalInclVat']);
    expect(result.invalid[0]?.message).toBe(
      'The VAT at 20 % should be 0.68 (computed on the base, not line by line), not 0.69',
    );
    expect(result.invalid[0]?.path).toEqual(['totals', 'vatBreakdown', 0, 'vatAmount']);
    expect(result.uncappedFine).toBe('45.00');
    expect(result.fineCap).toBe('1.01'); // 4.07 / 4 = 1.0175, rounded down
    expect(result.fineRisk).toBe('1.01');
    expect(check(gc19('0.69', '4.08'), { capRounding: 'halfUp' }).fineRisk).toBe('1.02');
    const cap = result.trace.find((step) => step.rule === 'fineCap');
    expect(cap?.values).toEqual({
      capBase: 'totalInclVat',
      amount: '4.07',
      cap: '1.01',
      fineRisk: '1.01',
    });
  });

  it('does not check amounts with checkAmounts: false', () => {
    expect(check(gc19('0.69', '4.08'), { checkAmounts: false }).invalid).toEqual([]);
  });
});

describe('checkInvoiceMentions: GC-20 invoice amounts and the fine cap (CGI art. 1737 II)', () => {
  const bare = (price: string, vat: string, total: string): InvoiceForMentions => ({
    issueDate: '2026-03-02',
    seller: {},
    buyer: { kind: 'business' },
    lines: [
      {
        label: 'Prestation',
        quantity: '1',
        unitPriceExclVat: price,
        vatRate: '20',
        nature: 'service',
      },
    ],
    totals: {
      totalExclVat: price,
      vatBreakdown: [{ rate: '20', taxableAmount: price, vatAmount: vat }],
      totalVat: vat,
      totalInclVat: total,
    },
  });
  const expectedMissing: InvoiceMentionId[] = [
    'sellerName',
    'sellerAddress',
    'sellerSiren',
    'sellerVatNumber',
    'sellerLegalForm',
    'sellerShareCapital',
    'sellerRegistration',
    'buyerName',
    'buyerAddress',
    'invoiceNumber',
    'paymentDate',
    'escompteConditions',
    'latePenaltyRate',
    'recoveryIndemnity',
  ];

  it('1,000.00 € + 200.00 € VAT: 14 missing mentions, 210.00 € under the 300.00 € cap', () => {
    const result = check(bare('1000.00', '200.00', '1200.00'));
    expect(ids(result.missing)).toEqual(expectedMissing);
    expect(result.invalid).toEqual([]);
    expect(result.uncappedFine).toBe('210.00');
    expect(result.fineCap).toBe('300.00');
    expect(result.fineRisk).toBe('210.00');
  });

  it('400.00 € + 80.00 € VAT: 210.00 € capped at 120.00 € (incl. VAT) or 100.00 € (excl. VAT)', () => {
    const invoice = bare('400.00', '80.00', '480.00');
    expect(check(invoice).fineRisk).toBe('120.00');
    const exclVat = check(invoice, { capBase: 'totalExclVat' });
    expect(exclVat.fineCap).toBe('100.00');
    expect(exclVat.fineRisk).toBe('100.00');
  });

  it('caps on the amount that should have been shown when the printed total is wrong', () => {
    const result = check(bare('400.00', '80.00', '4800.00'));
    expect(ids(result.invalid)).toEqual(['totalInclVat']);
    expect(result.fineCap).toBe('120.00');
  });

  it('cannot cap without any amount', () => {
    const result = check({ issueDate: '2026-03-02', seller: {}, buyer: { kind: 'business' } });
    expect(result.fineCap).toBeNull();
    expect(result.fineRisk).toBe(result.uncappedFine);
    expect(ids(result.missing)).toEqual([
      ...expectedMissing.slice(0, 10),
      'lines',
      'totalExclVat',
      'vatBreakdown',
      'vatTotal',
      ...expectedMissing.slice(10),
    ]);
    expect(result.fineRisk).toBe('270.00'); // 18 × 15 €, uncapped
  });
});

describe('checkInvoiceMentions: consumer invoices', () => {
  const consumerInvoice = editInvoice(compliantInvoice, (c) => {
    c.buyer = { name: 'Jeanne Martin', kind: 'consumer', address: '5 rue des Lilas, 69003 Lyon' };
    delete c.purchaseOrderIssued;
    delete c.purchaseOrderNumber;
    delete c.dueDate;
    delete c.escompteText;
    delete c.penaltyRateText;
    delete c.recoveryIndemnityText;
  });

  it('need neither the L441-9 payment mentions nor the 40 € indemnity', () => {
    const result = check(consumerInvoice);
    expect(result.missing).toEqual([]);
    expect(result.invalid).toEqual([]);
  });

  it('must not print the 40 € indemnity', () => {
    const result = check(
      editInvoice(
        consumerInvoice,
        (c) => (c.recoveryIndemnityText = compliantInvoice.recoveryIndemnityText),
      ),
    );
    expect(ids(result.invalid)).toEqual(['recoveryIndemnity']);
    expect(result.invalid[0]?.article).toBe('C. com. L441-10 II; D441-5');
    expect(result.commercialFineMax).toBeNull();
  });

  it('need the payment mentions with paymentMentionsForConsumers', () => {
    const result = check(consumerInvoice, { paymentMentionsForConsumers: true });
    expect(ids(result.missing)).toEqual(['paymentDate', 'escompteConditions', 'latePenaltyRate']);
  });
});

describe('checkInvoiceMentions: public buyers', () => {
  it('need the payment mentions and the 40 € indemnity (CCP D2192-35)', () => {
    const publicInvoice = editInvoice(compliantInvoice, (c) => {
      c.buyer.kind = 'publicBuyer';
      c.buyer.siren = '130025265';
      c.buyer.vatNumber = 'FR07130025265';
    });
    expect(check(publicInvoice).missing).toEqual([]);
    const [finding] = check(
      editInvoice(publicInvoice, (c) => delete c.recoveryIndemnityText),
    ).missing;
    expect(finding?.mention).toBe('recoveryIndemnity');
    expect(finding?.article).toBe('C. com. L441-9 I; CCP D2192-35');
  });
});

describe('checkInvoiceMentions: exempt intra-EU supply of goods (CGI art. 262 ter I)', () => {
  const intraEu = editInvoice(compliantInvoice, (c) => {
    c.buyer = {
      name: 'Kunde GmbH',
      kind: 'business',
      countryCode: 'DE',
      address: 'Hauptstraße 1, 10115 Berlin',
      vatNumber: 'DE123456789',
    };
    c.vatTreatment = 'intraCommunitySupplyOfGoods';
    c.operationCategory = 'goods';
    c.lines = [
      {
        label: 'Table chêne',
        quantity: '2',
        unitPriceExclVat: '450.00',
        vatRate: '0',
        nature: 'goods',
      },
    ];
    c.totals = {
      totalExclVat: '900.00',
      vatBreakdown: [{ rate: '0', taxableAmount: '900.00', vatAmount: '0.00' }],
      totalVat: '0.00',
      totalInclVat: '900.00',
    };
    c.vatMentions = ['Exonération de TVA, article 262 ter I du CGI'];
  });

  it('is complete with its exemption mention and both VAT numbers', () => {
    const result = check(intraEu);
    expect(result.missing).toEqual([]);
    expect(result.invalid).toEqual([]);
  });

  it('misses its exemption mention', () => {
    const result = check(editInvoice(intraEu, (c) => (c.vatMentions = [])));
    expect(ids(result.missing)).toEqual(['vatExemptionMention']);
    expect(result.missing[0]?.article).toBe(
      'CGI art. 262 ter I; CGI ann. II art. 242 nonies A 12°',
    );
    expect(result.missing[0]?.message).toBe(
      'The exemption mention is missing ("Exonération de TVA, article 262 ter I du CGI")',
    );
    expect(result.fineRisk).toBe('15.00');
  });

  it('is not excused by the 150 € tolerance', () => {
    const small = editInvoice(intraEu, (c) => {
      c.vatMentions = [];
      c.lines = [
        { label: 'Vis', quantity: '1', unitPriceExclVat: '100', vatRate: '0', nature: 'goods' },
      ];
      c.totals = { totalExclVat: '100.00', totalInclVat: '100.00' };
    });
    expect(ids(check(small, { smallInvoiceExemptionTolerance: true }).missing)).toEqual([
      'vatExemptionMention',
    ]);
  });

  it('accepts the directive reference or a plain exemption statement', () => {
    for (const text of [
      'Exonération de TVA, article 138 de la directive 2006/112/CE',
      'Exonération de TVA',
    ]) {
      expect(check(editInvoice(intraEu, (c) => (c.vatMentions = [text]))).missing).toEqual([]);
    }
  });

  it('reports the export article printed instead', () => {
    const result = check(
      editInvoice(intraEu, (c) => (c.vatMentions = ['Exonération de TVA, article 262 I du CGI'])),
    );
    expect(ids(result.invalid)).toEqual(['vatExemptionMention']);
    expect(result.missing).toEqual([]);
  });

  it("needs the buyer's VAT number, well formed", () => {
    const without = check(editInvoice(intraEu, (c) => delete c.buyer.vatNumber));
    expect(ids(without.missing)).toEqual(['buyerVatNumber']);
    expect(without.missing[0]?.article).toBe('CGI ann. II art. 242 nonies A 3°');
    expect(ids(check(editInvoice(intraEu, (c) => (c.buyer.vatNumber = 'DE-1'))).invalid)).toEqual([
      'buyerVatNumber',
    ]);
  });
});

describe('checkInvoiceMentions: export (CGI art. 262 I)', () => {
  const exportInvoice = (price: string, mentions: string[]): InvoiceForMentions =>
    editInvoice(compliantInvoice, (c) => {
      c.buyer = {
        name: 'Kunde AG',
        kind: 'business',
        countryCode: 'CH',
        address: 'Bahnhofstrasse 1, 8001 Zürich',
      };
      c.vatTreatment = 'export';
      c.operationCategory = 'goods';
      c.lines = [{ label: 'Table chêne', quantity: '1', unitPriceExclVat: price, nature: 'goods' }];
      c.totals = { totalExclVat: price, totalInclVat: price };
      c.vatMentions = mentions;
    });

  it('needs "Exonération de TVA, article 262 I du CGI"', () => {
    expect(
      check(exportInvoice('450.00', ['Exonération de TVA, article 262 I du CGI'])).missing,
    ).toEqual([]);
    expect(ids(check(exportInvoice('450.00', [])).missing)).toEqual(['vatExemptionMention']);
    expect(
      ids(check(exportInvoice('450.00', ['Exonération de TVA, article 262 ter I du CGI'])).invalid),
    ).toEqual(['vatExemptionMention']);
  });

  it('cites the export article and asks for its wording', () => {
    const [finding] = check(exportInvoice('450.00', [])).missing;
    expect(finding?.article).toBe('CGI art. 262 I; CGI ann. II art. 242 nonies A 12°');
    expect(finding?.message).toBe(
      'The exemption mention is missing ("Exonération de TVA, article 262 I du CGI")',
    );
  });

  it('may omit it at most 150 € excl. VAT with smallInvoiceExemptionTolerance', () => {
    expect(
      check(exportInvoice('150.00', []), { smallInvoiceExemptionTolerance: true }).missing,
    ).toEqual([]);
    expect(
      ids(check(exportInvoice('150.01', []), { smallInvoiceExemptionTolerance: true }).missing),
    ).toEqual(['vatExemptionMention']);
    expect(ids(check(exportInvoice('150.00', [])).missing)).toEqual(['vatExemptionMention']);
  });
});

describe('checkInvoiceMentions: reverse charge', () => {
  const reverse = editInvoice(compliantInvoice, (c) => {
    c.buyer = {
      name: 'Bau GmbH',
      kind: 'business',
      countryCode: 'DE',
      address: 'Hauptstraße 1, 10115 Berlin',
      vatNumber: 'DE123456789',
    };
    c.vatTreatment = 'reverseCharge';
    c.operationCategory = 'services';
    c.lines = [
      { label: 'Installation', quantity: '3', unitPriceExclVat: '85.50', nature: 'service' },
    ];
    c.totals = { totalExclVat: '256.50', totalInclVat: '256.50' };
    c.vatMentions = ['Autoliquidation'];
  });

  it('is complete with "Autoliquidation" and the buyer VAT number (no VAT-on-debits statement needed)', () => {
    const result = check(reverse);
    expect(result.missing).toEqual([]);
    expect(result.invalid).toEqual([]);
  });

  it('misses "Autoliquidation" or the buyer VAT number', () => {
    expect(ids(check(editInvoice(reverse, (c) => (c.vatMentions = []))).missing)).toEqual([
      'reverseChargeMention',
    ]);
    const without = check(editInvoice(reverse, (c) => delete c.buyer.vatNumber)).missing;
    expect(ids(without)).toEqual(['buyerVatNumber']);
    expect(without[0]?.article).toBe('CGI ann. II art. 242 nonies A 4°');
    const [finding] = check(editInvoice(reverse, (c) => (c.vatMentions = []))).missing;
    expect(finding?.article).toBe('CGI art. 283-2; CGI ann. II art. 242 nonies A 13°');
    expect(finding?.message).toBe('The mention "Autoliquidation" is missing');
  });

  it('reports "Autoliquidation" on a taxed invoice', () => {
    const result = check(
      editInvoice(compliantInvoice, (c) => c.vatMentions?.push('Autoliquidation')),
    );
    expect(ids(result.invalid)).toEqual(['reverseChargeMention']);
  });
});

describe('checkInvoiceMentions: franchise en base (CGI art. 293 B)', () => {
  const franchise = editInvoice(compliantInvoice, (c) => {
    c.seller = {
      legalName: 'Marie Durand EI',
      legalStatus: 'individualEntrepreneur',
      siren: '443061841',
      address: '3 rue Mercière, 69002 Lyon',
      registrationNotRequired: true,
      franchiseEnBase: true,
    };
    delete c.buyer.deliveredElsewhere;
    delete c.buyer.deliveryAddress;
    c.operationCategory = 'services';
    c.lines = [
      { label: 'Cours de guitare', quantity: '10', unitPriceExclVat: '30', nature: 'service' },
    ];
    c.totals = { totalExclVat: '300.00', totalInclVat: '300.00' };
    c.vatMentions = ['TVA non applicable, art. 293 B du CGI'];
  });

  it('is complete without VAT number, VAT rate or VAT total', () => {
    const result = check(franchise);
    expect(result.missing).toEqual([]);
    expect(result.invalid).toEqual([]);
  });

  it('misses "TVA non applicable, art. 293 B du CGI"', () => {
    const result = check(editInvoice(franchise, (c) => (c.vatMentions = [])));
    expect(ids(result.missing)).toEqual(['vatFranchiseMention']);
    expect(result.missing[0]?.article).toBe('CGI art. 293 B; CGI ann. II art. 242 nonies A 12°');
    expect(result.missing[0]?.message).toBe(
      'The mention "TVA non applicable, art. 293 B du CGI" is missing',
    );
  });

  it("reads vatTreatment 'franchiseEnBase' as the seller's flag", () => {
    const byTreatment = editInvoice(franchise, (c) => {
      delete c.seller.franchiseEnBase;
      c.vatTreatment = 'franchiseEnBase';
    });
    const withoutValues = (result: InvoiceMentionsCheck) => ({
      ...result,
      trace: result.trace.map(({ values: _values, ...step }) => step),
    });
    // Same findings, same trace but for the treatment given in the values of the VAT step.
    expect(withoutValues(check(byTreatment))).toEqual(withoutValues(check(franchise)));
    expect(check(byTreatment).trace.find((step) => step.rule === 'vatTreatment')).toEqual({
      rule: 'vatTreatment',
      article: 'CGI art. 293 B; CGI ann. II art. 242 nonies A 12°',
      message: 'VAT: franchiseEnBase, mention "TVA non applicable, art. 293 B du CGI"',
      values: { treatment: 'franchiseEnBase', franchiseEnBase: 'true' },
    });
    const both = editInvoice(franchise, (c) => (c.vatTreatment = 'franchiseEnBase'));
    expect(check(both).missing).toEqual([]);
    expect(ids(check(editInvoice(byTreatment, (c) => (c.vatMentions = []))).missing)).toEqual([
      'vatFranchiseMention',
    ]);
    expect(
      ids(
        check(
          editInvoice(byTreatment, (c) => {
            c.lines![0]!.vatRate = '20';
          }),
        ).invalid,
      ),
    ).toEqual(['lineVatRate']);
  });

  it("refuses vatTreatment 'franchiseEnBase' for a seller said not to be under it", () => {
    const error = caughtTpeError(() =>
      check(
        editInvoice(franchise, (c) => {
          c.seller.franchiseEnBase = false;
          c.vatTreatment = 'franchiseEnBase';
        }),
      ),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ['vatTreatment'], code: 'conflicting_fields' }),
    ]);
  });

  it('reports VAT charged under the franchise', () => {
    const result = check(
      editInvoice(franchise, (c) => {
        c.lines![0]!.vatRate = '20';
        c.totals!.totalVat = '60.00';
      }),
    );
    expect(ids(result.invalid)).toEqual(['lineVatRate', 'vatTotal']);
  });

  it('reports "293 B" printed by a seller who charges VAT', () => {
    const result = check(
      editInvoice(compliantInvoice, (c) =>
        c.vatMentions?.push('TVA non applicable, art. 293 B du CGI'),
      ),
    );
    expect(ids(result.invalid)).toEqual(['vatFranchiseMention']);
  });

  it('asks an individual entrepreneur for "EI" (option individualEntrepreneurMention)', () => {
    const noEi = editInvoice(franchise, (c) => (c.seller.legalName = 'Marie Durand'));
    expect(ids(check(noEi).missing)).toEqual(['sellerLegalForm']);
    expect(check(noEi, { individualEntrepreneurMention: false }).missing).toEqual([]);
    const spelled = editInvoice(noEi, (c) => (c.seller.legalForm = 'Entrepreneur individuel'));
    expect(check(spelled).missing).toEqual([]);
  });
});

describe('checkInvoiceMentions: outside the scope of VAT (CGI art. 256)', () => {
  // An invoice of late-payment penalties and the 40 € indemnity: no VAT, no VAT mention.
  const penalties = editInvoice(compliantInvoice, (c) => {
    c.vatTreatment = 'outOfScope';
    c.seller.vatOnDebitsOption = false;
    c.operationCategory = 'services';
    c.lines = [
      { label: 'Pénalités de retard', quantity: '1', unitPriceExclVat: '36.45', nature: 'service' },
      { label: 'Indemnité forfaitaire', quantity: '1', unitPriceExclVat: '40', nature: 'service' },
    ];
    c.totals = { totalExclVat: '76.45', totalInclVat: '76.45' };
    c.vatMentions = [];
    delete c.buyer.deliveredElsewhere;
    delete c.buyer.deliveryAddress;
  });

  it('needs no VAT mention, VAT rate or VAT total', () => {
    const result = check(penalties);
    expect(result.missing).toEqual([]);
    expect(result.invalid).toEqual([]);
    const step = result.trace.find((item) => item.rule === 'vatTreatment');
    expect(step?.article).toBe('CGI art. 256');
    expect(step?.message).toBe('VAT: outOfScope, no VAT mention due');
  });

  it('still reports a reverse-charge or franchise mention printed wrongly', () => {
    expect(
      ids(check(editInvoice(penalties, (c) => (c.vatMentions = ['Autoliquidation']))).invalid),
    ).toEqual(['reverseChargeMention']);
    expect(
      ids(
        check(
          editInvoice(
            penalties,
            (c) => (c.vatMentions = ['TVA non applicable, art. 293 B du CGI']),
          ),
        ).invalid,
      ),
    ).toEqual(['vatFranchiseMention']);
  });
});

describe('checkInvoiceMentions: credit notes (CGI art. 289 I 5)', () => {
  const creditNote = editInvoice(compliantInvoice, (c) => {
    c.documentType = 'creditNote';
    c.number = 'AV-2026-000007';
    c.issueDate = '2026-09-20';
    c.dueDate = '2026-09-20';
    c.originalInvoice = { number: 'F-2026-000123', issueDate: '2026-09-15' };
    for (const line of c.lines ?? []) line.quantity = `-${line.quantity}`;
    c.totals = {
      totalExclVat: '-1205.90',
      vatBreakdown: [
        { rate: '20', taxableAmount: '-1156.50', vatAmount: '-231.30' },
        { rate: '5.5', taxableAmount: '-49.40', vatAmount: '-2.72' },
      ],
      totalVat: '-234.02',
      totalInclVat: '-1439.92',
    };
  });

  it('is complete when it refers to the original invoice', () => {
    const result = check(creditNote);
    expect(result.missing).toEqual([]);
    expect(result.invalid).toEqual([]);
    expect(result.fineCap).toBe('359.98');
  });

  it('needs the number and the date of the original invoice', () => {
    const result = check(editInvoice(creditNote, (c) => delete c.originalInvoice));
    expect(ids(result.missing)).toEqual(['originalInvoiceReference', 'originalInvoiceReference']);
    expect(result.missing.map((finding) => finding.path)).toEqual([
      ['originalInvoice', 'number'],
      ['originalInvoice', 'issueDate'],
    ]);
    expect(result.fineRisk).toBe('30.00');
  });

  it('reports an original invoice dated after the credit note', () => {
    const result = check(
      editInvoice(creditNote, (c) => (c.originalInvoice!.issueDate = '2026-09-21')),
    );
    expect(ids(result.invalid)).toEqual(['originalInvoiceReference']);
  });
});

describe('checkInvoiceMentions: inaccurate mentions', () => {
  const invalidIds = (edit: (copy: Mutable<InvoiceForMentions>) => void): InvoiceMentionId[] =>
    ids(check(editInvoice(compliantInvoice, edit)).invalid);

  it('checks SIREN, SIRET and VAT numbers and their agreement', () => {
    expect(invalidIds((c) => (c.seller.siren = '732829321'))).toEqual(['sellerSiren']);
    expect(invalidIds((c) => (c.seller.siret = '73282932000018'))).toEqual(['sellerSiret']);
    expect(invalidIds((c) => (c.seller.siret = '54206547900017'))).toEqual(['sellerSiret']);
    expect(invalidIds((c) => (c.seller.vatNumber = 'FR45732829320'))).toEqual(['sellerVatNumber']);
    expect(invalidIds((c) => (c.seller.vatNumber = 'FR82542065479'))).toEqual(['sellerVatNumber']);
    expect(invalidIds((c) => (c.buyer.siren = '542065478'))).toEqual(['buyerSiren']);
    expect(invalidIds((c) => (c.buyer.vatNumber = 'FR44732829320'))).toEqual(['buyerVatNumber']);
  });

  it('checks the penalty and indemnity sentences', () => {
    expect(invalidIds((c) => (c.penaltyRateText = 'Pénalités de retard applicables'))).toEqual([
      'latePenaltyRate',
    ]);
    expect(
      invalidIds((c) => (c.penaltyRateText = 'Pénalités : taux BCE majoré de 10 points')),
    ).toEqual([]);
    expect(
      invalidIds(
        (c) => (c.recoveryIndemnityText = 'Indemnité forfaitaire prévue à l’article D441-5'),
      ),
    ).toEqual(['recoveryIndemnity']);
    expect(invalidIds((c) => (c.recoveryIndemnityText = 'Indemnité forfaitaire de 140 €'))).toEqual(
      ['recoveryIndemnity'],
    );
    expect(
      invalidIds((c) => (c.recoveryIndemnityText = 'Indemnité forfaitaire de 40,00 euros')),
    ).toEqual([]);
  });

  it('checks the payment date', () => {
    expect(invalidIds((c) => (c.dueDate = '2026-09-14'))).toEqual(['paymentDate']);
    const onReceipt = editInvoice(compliantInvoice, (c) => {
      delete c.dueDate;
      c.paymentOnReceipt = true;
    });
    expect(check(onReceipt).missing).toEqual([]);
  });

  it('reports an exemption statement on a taxed invoice', () => {
    expect(
      invalidIds((c) => c.vatMentions?.push('Exonération de TVA, article 262 ter I du CGI')),
    ).toEqual(['vatExemptionMention']);
  });

  it('checks the totals against lines, rebates and allowances', () => {
    const withRebates = editInvoice(compliantInvoice, (c) => {
      c.lines![0]!.discount = '50.00';
      c.allowances = [{ label: 'Remise fidélité', amount: '100.00', vatRate: '20' }];
      c.totals = {
        totalExclVat: '1055.90',
        vatBreakdown: [
          { rate: '20', taxableAmount: '1006.50', vatAmount: '201.30' },
          { rate: '5.5', taxableAmount: '49.40', vatAmount: '2.72' },
        ],
        totalVat: '204.02',
        totalInclVat: '1259.92',
      };
    });
    expect(check(withRebates).invalid).toEqual([]);
    const forgotten = check(editInvoice(withRebates, (c) => delete c.allowances)).invalid;
    expect(ids(forgotten)).toEqual([
      'totalExclVat',
      'vatBreakdown',
      'vatBreakdown',
      'vatTotal',
      'totalInclVat',
    ]);
  });

  it('reports a rate missing from the breakdown, or one no line uses', () => {
    // the VAT payable (234.02) stays right: only the breakdown is incomplete
    expect(invalidIds((c) => c.totals!.vatBreakdown!.pop())).toEqual(['vatBreakdown']);
    expect(
      invalidIds((c) =>
        c.totals!.vatBreakdown!.push({ rate: '10', taxableAmount: '1.00', vatAmount: '0.10' }),
      ),
    ).toEqual(['vatBreakdown']);
  });
});

describe('checkInvoiceMentions: commercial identification (C. com. R123-237)', () => {
  it('asks the RCS city, not for the RM, and nothing when no registration is required', () => {
    const rcs = check(
      editInvoice(compliantInvoice, (c) => (c.seller.registration = { register: 'RCS' })),
    );
    expect(rcs.missing[0]?.path).toEqual(['seller', 'registration', 'city']);
    expect(
      check(editInvoice(compliantInvoice, (c) => (c.seller.registration = { register: 'RM' })))
        .missing,
    ).toEqual([]);
    const none = editInvoice(compliantInvoice, (c) => {
      delete c.seller.registration;
      c.seller.registrationNotRequired = true;
    });
    expect(check(none).missing).toEqual([]);
  });

  it('needs no share capital for a company with variable capital', () => {
    const variable = editInvoice(compliantInvoice, (c) => {
      delete c.seller.shareCapital;
      c.seller.variableCapital = true;
    });
    expect(check(variable).missing).toEqual([]);
  });

  it('needs the purchase order number only when a purchase order was issued', () => {
    const none = editInvoice(compliantInvoice, (c) => {
      delete c.purchaseOrderNumber;
      c.purchaseOrderIssued = false;
    });
    expect(check(none).missing).toEqual([]);
  });
});

describe('checkInvoiceMentions with legalMentions', () => {
  it('accepts the sentences legalMentions writes', () => {
    const cases = [
      { kind: 'business' as const, invoice: compliantInvoice },
      {
        kind: 'publicBuyer' as const,
        invoice: editInvoice(compliantInvoice, (c) => {
          c.buyer.kind = 'publicBuyer';
          c.buyer.siren = '130025265';
          c.buyer.vatNumber = 'FR07130025265';
        }),
      },
    ];
    for (const { kind, invoice } of cases) {
      const sentences = legalMentions({
        customerKind: kind,
        dueDate: '2026-10-15',
        latePenaltyRate: '12.15',
        escompte: { rate: '2', withinDays: 10 },
        vatOnDebitsOption: true,
      });
      const text = (id: InvoiceMentionId): string =>
        sentences.find((mention) => mention.id === id)?.text ?? '';
      const printed = editInvoice(invoice, (c) => {
        c.escompteText = text('escompteConditions');
        c.penaltyRateText = text('latePenaltyRate');
        c.recoveryIndemnityText = text('recoveryIndemnity');
        c.vatMentions = [text('vatOnDebitsMention')];
      });
      const result = check(printed);
      expect(result.missing).toEqual([]);
      expect(result.invalid).toEqual([]);
    }
  });

  it('accepts its VAT sentences for every treatment', () => {
    const treatments = [
      { vatTreatment: 'intraCommunitySupplyOfGoods' as const, buyerVat: 'DE123456789' },
      { vatTreatment: 'export' as const, buyerVat: undefined },
      { vatTreatment: 'reverseCharge' as const, buyerVat: 'DE123456789' },
      { vatTreatment: 'otherExemption' as const, buyerVat: undefined },
      { vatTreatment: 'outOfScope' as const, buyerVat: undefined },
      { vatTreatment: 'franchiseEnBase' as const, buyerVat: undefined },
    ];
    for (const { vatTreatment, buyerVat } of treatments) {
      const vatMentions = legalMentions({
        customerKind: 'consumer',
        vatTreatment,
        otherExemptionText: 'Exonération de TVA, article 261 4 4° du CGI',
      }).map((mention) => mention.text);
      const invoice = editInvoice(compliantInvoice, (c) => {
        c.buyer = { name: 'Foreign Ltd', kind: 'business', countryCode: 'DE', address: 'Berlin' };
        if (buyerVat !== undefined) c.buyer.vatNumber = buyerVat;
        c.vatTreatment = vatTreatment;
        c.operationCategory = 'goods';
        c.lines = [{ label: 'Table', quantity: '1', unitPriceExclVat: '450', nature: 'goods' }];
        c.totals = { totalExclVat: '450.00', totalInclVat: '450.00' };
        c.vatMentions = vatMentions;
      });
      const result = check(invoice);
      expect(result.missing).toEqual([]);
      expect(result.invalid).toEqual([]);
    }
  });
});

describe('checkInvoiceMentions: bad input', () => {
  it('refuses amounts given as numbers, with their path', () => {
    const error = caughtTpeError(() =>
      check(
        editInvoice(
          compliantInvoice,
          (c) => ((c.totals as Record<string, unknown>).totalExclVat = 1205.9),
        ),
      ),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ['totals', 'totalExclVat'], code: 'invalid_type' }),
    ]);
  });

  it('refuses malformed decimals, dates and unknown kinds', () => {
    const error = caughtTpeError(() =>
      check({
        issueDate: '2026-02-30',
        seller: { shareCapital: '-1' },
        buyer: { kind: 'company' },
        lines: [{ quantity: '1,5', vatRate: '20%' }],
        vatTreatment: 'exempt',
      } as never),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['issueDate', 'invalid_date'],
      ['seller.shareCapital', 'negative_not_allowed'],
      ['buyer.kind', 'invalid_value'],
      ['lines.0.quantity', 'invalid_decimal'],
      ['lines.0.vatRate', 'invalid_decimal'],
      ['vatTreatment', 'invalid_value'],
    ]);
  });

  it('refuses a missing buyer, a non-object and oversized texts', () => {
    expect(caughtTpeError(() => check({ seller: {} } as never)).issues[0]?.path).toEqual(['buyer']);
    expect(caughtTpeError(() => check(null as never)).code).toBe('INVALID_INPUT');
    const huge = editInvoice(compliantInvoice, (c) => (c.seller.legalName = 'x'.repeat(5000)));
    expect(caughtTpeError(() => check(huge)).issues[0]?.path).toEqual(['seller', 'legalName']);
  });

  it('refuses bad options', () => {
    expect(
      caughtTpeError(() => checkInvoiceMentions(compliantInvoice, {} as never)).issues[0]?.path,
    ).toEqual(['asOf']);
    expect(
      caughtTpeError(() => check(compliantInvoice, { asOf: '2026-13-01' })).issues[0]?.code,
    ).toBe('invalid_date');
    expect(
      caughtTpeError(() => check(compliantInvoice, { capBase: 'net' as never })).issues[0]?.path,
    ).toEqual(['capBase']);
    expect(
      caughtTpeError(() => check(compliantInvoice, { capRounding: 'nearest' as never })).code,
    ).toBe('INVALID_INPUT');
    expect(
      caughtTpeError(() => check(compliantInvoice, { reformFrom: '2027-09-01' } as never)).issues[0]
        ?.code,
    ).toBe('unrecognized_keys');
  });
});

describe('checkInvoiceMentions: documented example', () => {
  it('finds the missing 40 € indemnity', () => {
    const result = checkInvoiceMentions(
      {
        number: 'F-2026-000042',
        issueDate: '2026-03-02',
        seller: {
          legalName: 'Atelier Dupont',
          legalForm: 'SARL',
          shareCapital: '10000',
          siren: '732829320',
          vatNumber: 'FR44732829320',
          registration: { register: 'RCS', city: 'Lyon' },
          address: '1 rue Neuve, 69001 Lyon',
        },
        buyer: { name: 'Client SAS', kind: 'business', address: '2 place Bellecour, 69002 Lyon' },
        lines: [
          {
            label: 'Chaise',
            quantity: '2',
            unitPriceExclVat: '50',
            vatRate: '20',
            nature: 'goods',
          },
        ],
        totals: {
          totalExclVat: '100.00',
          vatBreakdown: [{ rate: '20', taxableAmount: '100.00', vatAmount: '20.00' }],
          totalVat: '20.00',
          totalInclVat: '120.00',
        },
        dueDate: '2026-04-01',
        escompteText: "Pas d'escompte pour paiement anticipé",
        penaltyRateText: 'Pénalités de retard au taux annuel de 12,15 %',
      },
      { asOf: '2026-03-02' },
    );
    expect(ids(result.missing)).toEqual(['recoveryIndemnity']);
    expect(result.fineRisk).toBe('15.00');
  });
});

describe('checkInvoiceMentions: the fine on integer cents', () => {
  it('caps the fine at the quarter of the amount, rounded as asked, as decimal Money does', () => {
    const cents = fc.bigInt({ min: -(10n ** 17n) + 1n, max: 10n ** 17n - 1n });
    const text = (units: bigint): string => {
      const digits = String(units < 0n ? -units : units).padStart(3, '0');
      return `${units < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
    };
    fc.assert(
      fc.property(cents, fc.constantFrom(...ROUNDING_MODES), (units, capRounding) => {
        const total = text(units);
        // No line: the cap base is the printed total; no seller name etc.: many findings.
        const result = checkInvoiceMentions(
          { seller: {}, buyer: { kind: 'business' }, totals: { totalInclVat: total } },
          { asOf: '2026-03-02', capRounding },
        );
        const amount = parseMoney(total);
        const positive = isNegativeMoney(amount) ? negateMoney(amount) : amount;
        const cap = multiplyMoney(positive, '0.25', { rounding: capRounding });
        const uncapped = multiplyMoney(
          parseMoney('15.00'),
          String(result.missing.length + result.invalid.length),
        );
        expect(result.fineCap).toBe(formatMoney(cap));
        expect(result.uncappedFine).toBe(formatMoney(uncapped));
        expect(result.fineRisk).toBe(formatMoney(compareMoney(cap, uncapped) < 0 ? cap : uncapped));
      }),
    );
  });
});
