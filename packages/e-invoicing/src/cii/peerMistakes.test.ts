import type { CommercialDocument, DocumentLine } from '@tpe/invoicing';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { readInvoiceXml } from '../read/readInvoiceXml.js';
import { readXml, select, texts, type XmlNode } from '../validation/readXml.js';
import {
  plainInvoice,
  sampleInvoices,
  sampleNamed,
  writerOptionsOf,
} from '../validation/sampleInvoices.js';
import { FACTUR_X_PROFILES, type FacturXProfile } from './FacturXProfile.js';
import { AGREEMENT, DOCUMENT, SELLER, TRANSACTION } from './testFiles.js';
import { toCII } from './toCII.js';

/**
 * The mistakes a TypeScript e-invoice library (@e-invoice-eu/core 2.3.4) was
 * measured making on correct French invoices, each checked here against the
 * XML this package writes.
 */

const NOTES = `${DOCUMENT}/ram:IncludedNote`;

const PROFILES = Object.keys(FACTUR_X_PROFILES) as FacturXProfile[];

function xmlOf(name: string): string {
  const sample = sampleNamed(name);
  return toCII(sample.document, writerOptionsOf(sample));
}

/** Every sample in the EN 16931 profile, and the plain invoice in every profile. */
function everyWrittenXml(): readonly { readonly name: string; readonly xml: string }[] {
  return [
    ...sampleInvoices.map((sample) => ({
      name: sample.name,
      xml: toCII(sample.document, writerOptionsOf(sample)),
    })),
    ...PROFILES.map((profile) => ({ name: profile, xml: toCII(plainInvoice, { profile }) })),
  ];
}

function withFirstLine(document: CommercialDocument, change: Partial<DocumentLine>) {
  const [first, ...others] = document.lines;
  return { ...document, lines: [{ ...(first as DocumentLine), ...change }, ...others] };
}

describe('the mistakes of the TypeScript peer, which toCII does not make', () => {
  it('writes ApplicableHeaderTradeDelivery on a service invoice, as the CII schema requires', () => {
    // services only, no delivery date, no delivery address: the element is empty but present,
    // between the agreement and the settlement (the XSD sequence)
    for (const name of [
      'invoice-services-vat-on-debits',
      'franchise-en-base',
      'reverse-charge-subcontracting',
      'out-of-scope-indemnity',
    ]) {
      expect(xmlOf(name), name).toContain(
        '</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery></ram:ApplicableHeaderTradeDelivery><ram:ApplicableHeaderTradeSettlement>',
      );
    }
    for (const { name, xml } of everyWrittenXml()) {
      expect(
        select(readXml(xml), `${TRANSACTION}/ram:ApplicableHeaderTradeDelivery`),
        name,
      ).toHaveLength(1);
    }
  });

  it('puts currencyID on the VAT total only, never on line allowances and charges (CII-DT-031)', () => {
    for (const { name, xml } of everyWrittenXml()) {
      const carriers = [...xml.matchAll(/<ram:(\w+)[^>]*\scurrencyID="/g)].map((match) => match[1]);
      expect(carriers, name).toEqual(['TaxTotalAmount']);
    }
    // the line allowance of the chair: 5 % of 4 × 89.90 = 359.60 → 17.98, without currency
    expect(xmlOf('invoice-goods-multirate')).toContain(
      '<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator><ram:CalculationPercent>5</ram:CalculationPercent><ram:BasisAmount>359.60</ram:BasisAmount><ram:ActualAmount>17.98</ram:ActualAmount><ram:ReasonCode>95</ram:ReasonCode><ram:Reason>Remise quantité</ram:Reason></ram:SpecifiedTradeAllowanceCharge>',
    );
  });

  it('gives the payment sentences their subject codes PMT, PMD and AAB (BR-FR-05)', () => {
    for (const sample of sampleInvoices.filter((entry) => entry.frenchB2b)) {
      const codes = texts(readXml(xmlOf(sample.name)), `${NOTES}/ram:SubjectCode`);
      expect(codes, sample.name).toEqual(expect.arrayContaining(['AAB', 'PMD', 'PMT']));
    }
    const xml = xmlOf('invoice-goods-multirate');
    expect(xml).toContain(
      "<ram:IncludedNote><ram:Content>Pas d'escompte pour paiement anticipé</ram:Content><ram:SubjectCode>AAB</ram:SubjectCode></ram:IncludedNote>",
    );
    expect(xml).toContain(
      '<ram:IncludedNote><ram:Content>Indemnité forfaitaire pour frais de recouvrement due en cas de retard de paiement\u00a0: 40\u00a0€.</ram:Content><ram:SubjectCode>PMT</ram:SubjectCode></ram:IncludedNote>',
    );
  });

  it('writes each note in its own IncludedNote, with one Content and at most one SubjectCode (FX-SCH-A-000160)', () => {
    for (const { name, xml } of everyWrittenXml()) {
      for (const note of select(readXml(xml), NOTES)) {
        expect(select(note, 'ram:Content'), name).toHaveLength(1);
        expect(select(note, 'ram:SubjectCode').length, name).toBeLessThanOrEqual(1);
      }
    }
    // the free note, then AAB, PMD, PMT: four notes, four elements
    const notes = select(readXml(xmlOf('invoice-goods-multirate')), NOTES);
    expect(
      notes.map((note: XmlNode) => [
        texts(note, 'ram:SubjectCode')[0],
        texts(note, 'ram:Content')[0]?.slice(0, 25),
      ]),
    ).toEqual([
      [undefined, 'Merci de votre confiance.'],
      ['AAB', "Pas d'escompte pour paiem"],
      ['PMD', 'En cas de retard de paiem'],
      ['PMT', 'Indemnité forfaitaire pou'],
    ]);
  });

  it("keeps the seller's SIRET (BT-29) under scheme 0009", () => {
    const xml = xmlOf('invoice-goods-multirate');
    expect(xml).toContain(
      '<ram:SellerTradeParty><ram:GlobalID schemeID="0009">73282932000017</ram:GlobalID><ram:Name>Atelier Dupont</ram:Name>',
    );
    expect(texts(readXml(xml), `${SELLER}/ram:GlobalID`)).toEqual(['73282932000017']);
  });

  it("keeps the seller's legal information (BT-33): its own term in EN16931, a REG note in BASIC", () => {
    // SARL, share capital 10,000 €, RCS Lyon and the SIREN (C. com. R123-237)
    expect(texts(readXml(xmlOf('invoice-goods-multirate')), `${SELLER}/ram:Description`)).toEqual([
      'SARL au capital de 10\u202f000,00\u00a0€, RCS Lyon 732829320',
    ]);
    expect(toCII(plainInvoice, { profile: 'BASIC' })).toContain(
      '<ram:IncludedNote><ram:Content>SAS au capital de 5\u202f000,00\u00a0€, RCS Lyon 383474814</ram:Content><ram:SubjectCode>REG</ram:SubjectCode></ram:IncludedNote>',
    );
  });

  it('keeps the order reference (BT-13) in the Factur-X XML of every profile', () => {
    expect(
      texts(
        readXml(xmlOf('invoice-goods-multirate')),
        `${AGREEMENT}/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID`,
      ),
    ).toEqual(['PO-7781']);
    const ordered = { ...plainInvoice, orderReference: 'PO-2026-118' };
    for (const profile of PROFILES) {
      expect(toCII(ordered, { profile }), profile).toContain(
        '<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>PO-2026-118</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument></ram:ApplicableHeaderTradeAgreement>',
      );
    }
  });

  it('writes unit prices with all their decimals, not rounded to 2', () => {
    // the varnish: 2.5 l at 18.333333 € = 45.8333325 → 45.83, + 4.00 packing = 49.83
    const xml = xmlOf('invoice-goods-multirate');
    expect(xml).toContain(
      '<ram:NetPriceProductTradePrice><ram:ChargeAmount>18.333333</ram:ChargeAmount><ram:BasisQuantity unitCode="LTR">1</ram:BasisQuantity></ram:NetPriceProductTradePrice>',
    );
    expect(xml).toContain('<ram:LineTotalAmount>49.83</ram:LineTotalAmount>');
    // 1,000 screws at 0.0375 € gross less 0.0025 € = 0.035 € net: 35.00
    const screws = toCII(
      withFirstLine(plainInvoice, {
        quantity: '1000',
        unitPrice: '0.035',
        grossPrice: '0.0375',
        priceDiscount: '0.0025',
      }),
    );
    expect(screws).toContain(
      '<ram:GrossPriceProductTradePrice><ram:ChargeAmount>0.0375</ram:ChargeAmount><ram:AppliedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>0.0025</ram:ActualAmount></ram:AppliedTradeAllowanceCharge></ram:GrossPriceProductTradePrice><ram:NetPriceProductTradePrice><ram:ChargeAmount>0.035</ram:ChargeAmount></ram:NetPriceProductTradePrice>',
    );
    expect(screws).toContain('<ram:LineTotalAmount>35.00</ram:LineTotalAmount>');
  });

  it('refuses "12x34" as a price, a quantity or an amount (INVALID_INPUT at its path), and in a received invoice', () => {
    const { document } = sampleNamed('invoice-goods-multirate');
    const refused = (invoice: CommercialDocument) => {
      const error = caughtTpeError(() => toCII(invoice));
      return [error.code, error.issues[0]?.path];
    };
    expect(refused(withFirstLine(document, { unitPrice: '12x34' }))).toEqual([
      'INVALID_INPUT',
      ['invoice', 'lines', 0, 'unitPrice'],
    ]);
    expect(refused(withFirstLine(document, { quantity: '12x34' }))).toEqual([
      'INVALID_INPUT',
      ['invoice', 'lines', 0, 'quantity'],
    ]);
    expect(
      refused({
        ...document,
        charges: [{ amount: '12x34', reason: 'Port', vat: { category: 'S', rate: '20' } }],
      }),
    ).toEqual(['INVALID_INPUT', ['invoice', 'charges', 0, 'amount']]);
    // a received invoice with "12x34" as its grand total cannot be read
    const received = xmlOf('invoice-goods-multirate').replace(
      '<ram:GrandTotalAmount>548.29</ram:GrandTotalAmount>',
      '<ram:GrandTotalAmount>12x34</ram:GrandTotalAmount>',
    );
    const error = caughtTpeError(() => readInvoiceXml(received));
    expect([error.code, error.issues]).toEqual([
      'INVALID_INVOICE',
      [
        {
          path: ['totals', 'taxInclusiveAmount'],
          code: 'invalid_decimal',
          message: 'Not a decimal number for the total with VAT (BT-112): "12x34"',
        },
      ],
    ]);
  });

  it('computes every total itself and refuses figures that disagree', () => {
    const { document } = sampleNamed('invoice-goods-multirate');
    // the model holds no totals: a document stating its own is refused, not copied
    const stated = caughtTpeError(() =>
      toCII({ ...document, totals: { amountDue: '1.00' } } as never),
    );
    expect([stated.code, stated.issues[0]?.code]).toEqual(['INVALID_INPUT', 'unrecognized_keys']);
    // 5 % of 359.60 is 17.98, not 20.00
    const allowance = caughtTpeError(() =>
      toCII(
        withFirstLine(document, {
          allowances: [{ percent: '5', baseAmount: '359.60', amount: '20.00', reason: 'Remise' }],
        }),
      ),
    );
    expect([allowance.code, allowance.issues[0]?.path]).toEqual([
      'INVALID_INPUT',
      ['invoice', 'lines', 0, 'allowances', 0, 'amount'],
    ]);
    // 99.90 − 10.00 is 89.90, not 85.00
    const price = caughtTpeError(() => toCII(withFirstLine(document, { unitPrice: '85.00' })));
    expect([price.code, price.issues[0]?.path]).toEqual([
      'INVALID_INPUT',
      ['invoice', 'lines', 0, 'unitPrice'],
    ]);
    // one more chair: 5 × 89.90 = 449.50 − 5 % of 449.50 (22.48) = 427.02; the totals follow
    const more = toCII(
      withFirstLine(document, {
        quantity: '5',
        allowances: [{ percent: '5', baseAmount: '449.50', reason: 'Remise quantité' }],
      }),
    );
    // BT-106 = 427.02 + 73.50 + 49.83 = 550.35
    expect(more).toContain('<ram:LineTotalAmount>550.35</ram:LineTotalAmount>');
  });

  it('reports a received invoice whose declared total is wrong, with the expected amount', () => {
    // 469.95 + 78.34 = 548.29, declared 558.29; the amount due, 548.29, then differs from it
    const received = readInvoiceXml(
      xmlOf('invoice-goods-multirate').replace(
        '<ram:GrandTotalAmount>548.29</ram:GrandTotalAmount>',
        '<ram:GrandTotalAmount>558.29</ram:GrandTotalAmount>',
      ),
    );
    expect(received.totals.taxInclusiveAmount).toBe('558.29');
    expect(
      received.findings.map((finding) => [
        finding.code,
        finding.rule,
        finding.path,
        finding.declared,
        finding.expected,
      ]),
    ).toEqual([
      [
        'TAX_INCLUSIVE_TOTAL_MISMATCH',
        'BR-CO-15',
        ['totals', 'taxInclusiveAmount'],
        '558.29',
        '548.29',
      ],
      ['AMOUNT_DUE_MISMATCH', 'BR-CO-16', ['totals', 'amountDue'], '548.29', '558.29'],
    ]);
  });
});
