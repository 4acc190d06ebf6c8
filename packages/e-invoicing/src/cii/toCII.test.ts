import { deepFreeze } from '@tpe/core';
import { type CommercialDocument, computeDocumentTotals, type DocumentLine } from '@tpe/invoicing';
import type { LegalMention } from '@tpe/legal-fr';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { attributeOf, readXml, select, texts, type XmlNode } from '../validation/readXml.js';
import {
  companySeller,
  plainInvoice,
  sampleNamed,
  writerOptionsOf,
} from '../validation/sampleInvoices.js';
import { FACTUR_X_PROFILES } from './FacturXProfile.js';
import {
  AGREEMENT,
  BREAKDOWN,
  BUYER,
  DELIVERY,
  DOCUMENT,
  LINES,
  ROOT,
  SELLER,
  SETTLEMENT,
  SUMMATION,
} from './testFiles.js';
import { toCII } from './toCII.js';

function ciiOf(name: string): XmlNode {
  const found = sampleNamed(name);
  return readXml(toCII(found.document, writerOptionsOf(found)));
}

function agreedMentions(): readonly LegalMention[] {
  return sampleNamed('invoice-mixed-agreed-terms').mentions ?? [];
}

function one(node: XmlNode, path: string): string | undefined {
  const found = texts(node, path);
  expect(found, path).toHaveLength(1);
  return found[0];
}

function summation(node: XmlNode): Record<string, string | undefined> {
  const names = [
    'LineTotalAmount',
    'ChargeTotalAmount',
    'AllowanceTotalAmount',
    'TaxBasisTotalAmount',
    'TaxTotalAmount',
    'GrandTotalAmount',
    'TotalPrepaidAmount',
    'DuePayableAmount',
  ];
  return Object.fromEntries(
    names.map((name) => [name, texts(node, `${SUMMATION}/ram:${name}`)[0]]),
  );
}

function breakdown(node: XmlNode): readonly (readonly (string | undefined)[])[] {
  return select(node, BREAKDOWN).map((group) => [
    texts(group, 'ram:CategoryCode')[0],
    texts(group, 'ram:RateApplicablePercent')[0],
    texts(group, 'ram:BasisAmount')[0],
    texts(group, 'ram:CalculatedAmount')[0],
  ]);
}

describe('toCII', () => {
  describe('a commercial invoice with three VAT rates, allowances and charges', () => {
    const xml = ciiOf('invoice-goods-multirate');

    it('writes the totals of computeDocumentTotals to the cent (BT-106 to BT-115)', () => {
      // Line 1: 4 × 89.90 = 359.60 − 5 % (17.98) = 341.62 at 20 %
      // Line 2: 3 × 24.50 = 73.50 at 5.5 %
      // Line 3: 2.5 × 18.333333 = 45.8333325 + 4.00 charge = 49.83 at 10 %
      // BT-106 = 341.62 + 73.50 + 49.83 = 464.95; BT-109 = 464.95 − 10.00 + 15.00 = 469.95
      // VAT: 20 % of 346.62 = 69.32; 10 % of 49.83 = 4.98; 5.5 % of 73.50 = 4.04; BT-110 = 78.34
      expect(summation(xml)).toEqual({
        LineTotalAmount: '464.95',
        ChargeTotalAmount: '15.00',
        AllowanceTotalAmount: '10.00',
        TaxBasisTotalAmount: '469.95',
        TaxTotalAmount: '78.34',
        GrandTotalAmount: '548.29',
        TotalPrepaidAmount: '0.00',
        DuePayableAmount: '548.29',
      });
      expect(attributeOf(select(xml, `${SUMMATION}/ram:TaxTotalAmount`)[0], 'currencyID')).toBe(
        'EUR',
      );
      expect(breakdown(xml)).toEqual([
        ['S', '5.5', '73.50', '4.04'],
        ['S', '10', '49.83', '4.98'],
        ['S', '20', '346.62', '69.32'],
      ]);
    });

    it('writes every line with its net amount, its exact net price and its shortest quantity', () => {
      const lines = select(xml, LINES);
      expect(
        lines.map(
          (line) =>
            texts(
              line,
              'ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount',
            )[0],
        ),
      ).toEqual(['341.62', '73.50', '49.83']);
      const varnish = lines[2] as XmlNode;
      expect(
        texts(
          varnish,
          'ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount',
        ),
      ).toEqual(['18.333333']);
      const quantity = select(varnish, 'ram:SpecifiedLineTradeDelivery/ram:BilledQuantity')[0];
      expect([
        texts(varnish, 'ram:SpecifiedLineTradeDelivery/ram:BilledQuantity')[0],
        attributeOf(quantity, 'unitCode'),
      ]).toEqual(['2.5', 'LTR']);
      const chair = lines[0] as XmlNode;
      expect(texts(chair, 'ram:SpecifiedTradeProduct/ram:SellerAssignedID')).toEqual(['CHAISE-01']);
      expect(texts(chair, 'ram:SpecifiedTradeProduct/ram:Description')).toEqual([
        'Chaise en chêne massif, assise paillée',
      ]);
      expect(
        texts(
          chair,
          'ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:ChargeAmount',
        ),
      ).toEqual(['99.9']);
      expect(
        texts(
          chair,
          'ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:ActualAmount',
        ),
      ).toEqual(['10']);
      const allowance = select(
        chair,
        'ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge',
      )[0] as XmlNode;
      expect([
        texts(allowance, 'ram:ChargeIndicator/udt:Indicator')[0],
        texts(allowance, 'ram:CalculationPercent')[0],
        texts(allowance, 'ram:BasisAmount')[0],
        texts(allowance, 'ram:ActualAmount')[0],
        texts(allowance, 'ram:ReasonCode')[0],
        texts(allowance, 'ram:Reason')[0],
      ]).toEqual(['false', '5', '359.60', '17.98', '95', 'Remise quantité']);
      // CII-DT-031: no currencyID on line amounts
      expect(attributeOf(select(allowance, 'ram:ActualAmount')[0], 'currencyID')).toBeUndefined();
    });

    it('writes the document allowance and charge with their reasons and VAT', () => {
      const entries = select(xml, `${SETTLEMENT}/ram:SpecifiedTradeAllowanceCharge`);
      expect(
        entries.map((entry) => [
          texts(entry, 'ram:ChargeIndicator/udt:Indicator')[0],
          texts(entry, 'ram:ActualAmount')[0],
          texts(entry, 'ram:ReasonCode')[0],
          texts(entry, 'ram:Reason')[0],
          texts(entry, 'ram:CategoryTradeTax/ram:CategoryCode')[0],
          texts(entry, 'ram:CategoryTradeTax/ram:RateApplicablePercent')[0],
        ]),
      ).toEqual([
        ['false', '10.00', '95', 'Remise fidélité', 'S', '20'],
        ['true', '15.00', 'FC', 'Frais de port', 'S', '20'],
      ]);
    });

    it('writes the French reform data: SIREN 0002, SIRET 0009, electronic addresses, frame, legal information', () => {
      expect(
        one(
          xml,
          `${ROOT}/rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID`,
        ),
      ).toBe('B1');
      expect(
        one(
          xml,
          `${ROOT}/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID`,
        ),
      ).toBe('urn:cen.eu:en16931:2017');
      const siren = select(xml, `${SELLER}/ram:SpecifiedLegalOrganization/ram:ID`)[0];
      expect([
        one(xml, `${SELLER}/ram:SpecifiedLegalOrganization/ram:ID`),
        attributeOf(siren, 'schemeID'),
      ]).toEqual(['732829320', '0002']);
      const siret = select(xml, `${SELLER}/ram:GlobalID`)[0];
      expect([one(xml, `${SELLER}/ram:GlobalID`), attributeOf(siret, 'schemeID')]).toEqual([
        '73282932000017',
        '0009',
      ]);
      expect(one(xml, `${SELLER}/ram:Description`)).toBe(
        'SARL au capital de 10\u202f000,00\u00a0€, RCS Lyon 732829320',
      );
      expect(one(xml, `${SELLER}/ram:SpecifiedLegalOrganization/ram:TradingBusinessName`)).toBe(
        'Dupont Mobilier',
      );
      const sellerAddress = select(xml, `${SELLER}/ram:URIUniversalCommunication/ram:URIID`)[0];
      expect([
        one(xml, `${SELLER}/ram:URIUniversalCommunication/ram:URIID`),
        attributeOf(sellerAddress, 'schemeID'),
      ]).toEqual(['732829320', '0225']);
      expect(one(xml, `${SELLER}/ram:SpecifiedTaxRegistration/ram:ID`)).toBe('FR44732829320');
      expect(
        one(xml, `${SELLER}/ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID`),
      ).toBe('facturation@dupont-mobilier.fr');
      expect(
        one(
          xml,
          `${SELLER}/ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/ram:CompleteNumber`,
        ),
      ).toBe('04 78 00 00 00');
      expect(texts(xml, `${SELLER}/ram:PostalTradeAddress/ram:LineTwo`)).toEqual(['Bâtiment B']);
      const buyerSiren = select(xml, `${BUYER}/ram:SpecifiedLegalOrganization/ram:ID`)[0];
      expect([
        one(xml, `${BUYER}/ram:SpecifiedLegalOrganization/ram:ID`),
        attributeOf(buyerSiren, 'schemeID'),
      ]).toEqual(['552100554', '0002']);
      expect(one(xml, `${BUYER}/ram:GlobalID`)).toBe('55210055400013');
      expect(one(xml, `${BUYER}/ram:URIUniversalCommunication/ram:URIID`)).toBe('552100554');
      expect(one(xml, `${BUYER}/ram:SpecifiedTaxRegistration/ram:ID`)).toBe('FR96552100554');
    });

    it('writes each note in its own element: the free note, then AAB, PMD, PMT', () => {
      const notes = select(xml, `${DOCUMENT}/ram:IncludedNote`);
      expect(
        notes.map((note) => [texts(note, 'ram:SubjectCode')[0], texts(note, 'ram:Content')[0]]),
      ).toEqual([
        [undefined, 'Merci de votre confiance.'],
        ['AAB', "Pas d'escompte pour paiement anticipé"],
        [
          'PMD',
          "En cas de retard de paiement, des pénalités sont exigibles dès le jour suivant la date de paiement figurant sur la facture, sans qu'un rappel soit nécessaire, au taux annuel de 12,15\u00a0%.",
        ],
        [
          'PMT',
          'Indemnité forfaitaire pour frais de recouvrement due en cas de retard de paiement\u00a0: 40\u00a0€.',
        ],
      ]);
      expect(one(xml, `${SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:Description`)).toBe(
        "Date d'échéance\u00a0: 01/04/2026",
      );
      expect(
        one(
          xml,
          `${SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString`,
        ),
      ).toBe('20260401');
    });

    it('writes the order reference, the delivery date and address, and the payment by SEPA transfer', () => {
      expect(one(xml, `${AGREEMENT}/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID`)).toBe(
        'PO-7781',
      );
      expect(
        one(
          xml,
          `${DELIVERY}/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString`,
        ),
      ).toBe('20260227');
      expect(one(xml, `${DELIVERY}/ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CityName`)).toBe(
        'Miribel',
      );
      const means = `${SETTLEMENT}/ram:SpecifiedTradeSettlementPaymentMeans`;
      expect([
        one(xml, `${means}/ram:TypeCode`),
        one(xml, `${means}/ram:PayeePartyCreditorFinancialAccount/ram:IBANID`),
        one(xml, `${means}/ram:PayeePartyCreditorFinancialAccount/ram:AccountName`),
        one(xml, `${means}/ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID`),
        one(xml, `${SETTLEMENT}/ram:PaymentReference`),
      ]).toEqual([
        '58',
        'FR7630006000011234567890189',
        'Atelier Dupont',
        'AGRIFRPP',
        'F2026-000101',
      ]);
    });
  });

  it('writes a credit note (381) with the invoice it corrects and no payment means', () => {
    const xml = ciiOf('credit-note');
    expect(one(xml, `${DOCUMENT}/ram:TypeCode`)).toBe('381');
    expect(one(xml, `${SETTLEMENT}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID`)).toBe(
      'F2026-000101',
    );
    expect(
      one(
        xml,
        `${SETTLEMENT}/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString`,
      ),
    ).toBe('20260302');
    expect(select(xml, `${SETTLEMENT}/ram:SpecifiedTradeSettlementPaymentMeans`)).toEqual([]);
    // 1 × 89.90; VAT 20 % = 17.98
    expect(summation(xml)).toMatchObject({
      TaxBasisTotalAmount: '89.90',
      TaxTotalAmount: '17.98',
      GrandTotalAmount: '107.88',
      DuePayableAmount: '107.88',
    });
  });

  it('writes a deposit invoice (386) and the final invoice deducting it (BT-113, frame 4)', () => {
    const deposit = ciiOf('deposit-invoice');
    expect(one(deposit, `${DOCUMENT}/ram:TypeCode`)).toBe('386');
    // 300.00 + 20 % = 360.00
    expect(summation(deposit)).toMatchObject({
      GrandTotalAmount: '360.00',
      DuePayableAmount: '360.00',
    });
    const final = ciiOf('final-invoice-after-deposit');
    expect(one(final, `${DOCUMENT}/ram:TypeCode`)).toBe('380');
    expect(
      one(
        final,
        `${ROOT}/rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID`,
      ),
    ).toBe('M4');
    // 4 × 89.90 + 6 × 55 = 689.60; VAT 137.92; 827.52 − 360.00 paid = 467.52
    expect(summation(final)).toMatchObject({
      TaxBasisTotalAmount: '689.60',
      TaxTotalAmount: '137.92',
      GrandTotalAmount: '827.52',
      TotalPrepaidAmount: '360.00',
      DuePayableAmount: '467.52',
    });
    expect(one(final, `${SETTLEMENT}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID`)).toBe(
      'F2026-000090',
    );
  });

  it('states VAT on debits: VAT point date code 5 on every VAT breakdown and the TXD note', () => {
    const xml = ciiOf('invoice-services-vat-on-debits');
    expect(texts(xml, `${BREAKDOWN}/ram:DueDateTypeCode`)).toEqual(['5']);
    expect(
      one(
        xml,
        `${ROOT}/rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID`,
      ),
    ).toBe('S1');
    const notes = select(xml, `${DOCUMENT}/ram:IncludedNote`);
    expect(notes.map((note) => texts(note, 'ram:SubjectCode')[0])).toEqual([
      'AAB',
      'PMD',
      'PMT',
      'TXD',
    ]);
    expect(texts(notes[3] as XmlNode, 'ram:Content')).toEqual([
      "Option pour le paiement de la taxe d'après les débits",
    ]);
    expect(texts(ciiOf('invoice-goods-multirate'), `${BREAKDOWN}/ram:DueDateTypeCode`)).toEqual([]);
    // the service lines keep their period (BG-26)
    expect(
      texts(
        xml,
        `${LINES}/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString`,
      ),
    ).toEqual(['20260216']);
    // a service invoice still has its (empty) delivery element, which the schema requires
    expect(select(xml, DELIVERY)).toHaveLength(1);
  });

  it('writes the exemptions with their reasons and VATEX codes', () => {
    const exemption = (name: string) => {
      const xml = ciiOf(name);
      return [
        one(xml, `${BREAKDOWN}/ram:CategoryCode`),
        texts(xml, `${BREAKDOWN}/ram:RateApplicablePercent`)[0],
        one(xml, `${BREAKDOWN}/ram:ExemptionReasonCode`),
        texts(xml, `${BREAKDOWN}/ram:ExemptionReason`)[0],
        one(xml, `${BREAKDOWN}/ram:CalculatedAmount`),
      ];
    };
    expect(exemption('franchise-en-base')).toEqual([
      'E',
      '0',
      'VATEX-FR-FRANCHISE',
      'TVA non applicable, art. 293 B du CGI',
      '0.00',
    ]);
    expect(exemption('intra-eu-supply')).toEqual([
      'K',
      '0',
      'VATEX-EU-IC',
      'Exonération de TVA, article 262 ter I du CGI',
      '0.00',
    ]);
    expect(exemption('export')).toEqual([
      'G',
      '0',
      'VATEX-EU-G',
      'Exonération de TVA, article 262 I du CGI',
      '0.00',
    ]);
    expect(exemption('reverse-charge-subcontracting')).toEqual([
      'AE',
      '0',
      'VATEX-EU-AE',
      'Autoliquidation',
      '0.00',
    ]);
    expect(exemption('out-of-scope-indemnity')).toEqual([
      'O',
      undefined,
      'VATEX-EU-O',
      undefined,
      '0.00',
    ]);
  });

  it('gives a seller without VAT number its SIREN as tax registration (BT-32), as exempt invoices need', () => {
    const xml = ciiOf('franchise-en-base');
    const registration = select(xml, `${SELLER}/ram:SpecifiedTaxRegistration/ram:ID`);
    expect([
      texts(xml, `${SELLER}/ram:SpecifiedTaxRegistration/ram:ID`),
      attributeOf(registration[0], 'schemeID'),
    ]).toEqual([['443061841'], 'FC']);
    expect(one(xml, `${SELLER}/ram:Description`)).toBe('EI, RM Lyon 443061841');
  });

  it('states no VAT number on an invoice outside the scope of VAT (BR-O-02)', () => {
    const xml = ciiOf('out-of-scope-indemnity');
    expect(select(xml, `${SELLER}/ram:SpecifiedTaxRegistration`)).toEqual([]);
    expect(select(xml, `${BUYER}/ram:SpecifiedTaxRegistration`)).toEqual([]);
    expect(
      texts(
        xml,
        `${LINES}/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:RateApplicablePercent`,
      ),
    ).toEqual([]);
  });

  it('ships an intra-EU supply to the buyer address when no other is given (BR-IC-12)', () => {
    const xml = ciiOf('intra-eu-supply');
    expect(one(xml, `${DELIVERY}/ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID`)).toBe(
      'DE',
    );
    const address = select(xml, `${BUYER}/ram:URIUniversalCommunication/ram:URIID`)[0];
    expect(attributeOf(address, 'schemeID')).toBe('EM');
  });

  it("writes a public buyer's service code (BT-10), engagement number (BT-13) and moratory interest", () => {
    const xml = ciiOf('public-buyer');
    expect(one(xml, `${AGREEMENT}/ram:BuyerReference`)).toBe('SERV-NUM-01');
    expect(one(xml, `${AGREEMENT}/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID`)).toBe(
      'EJ-2026-000123',
    );
    // ECB 2.15 % + 8 points
    expect(texts(xml, `${DOCUMENT}/ram:IncludedNote/ram:Content`)).toContain(
      "En cas de retard de paiement, des intérêts moratoires sont dus de plein droit, sans qu'une demande soit nécessaire, au taux annuel de 10,15\u00a0%.",
    );
  });

  it('writes the payment sentences given (agreed penalty rate and escompte)', () => {
    const xml = ciiOf('invoice-mixed-agreed-terms');
    const notes = select(xml, `${DOCUMENT}/ram:IncludedNote`);
    expect(notes.map((note) => texts(note, 'ram:Content')[0])).toEqual(
      agreedMentions()
        .filter((mention) => mention.id !== 'paymentDate')
        .map((mention) => mention.text),
    );
    expect(texts(xml, `${DOCUMENT}/ram:IncludedNote/ram:Content`)[0]).toBe(
      'Escompte de 2\u00a0% pour paiement dans les 10 jours suivant la date de facture.',
    );
    expect(
      one(
        xml,
        `${ROOT}/rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID`,
      ),
    ).toBe('M1');
  });

  describe('profiles', () => {
    it('writes BASIC with simple lines', () => {
      const xml = readXml(toCII(plainInvoice, { profile: 'BASIC' }));
      expect(
        one(
          xml,
          `${ROOT}/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID`,
        ),
      ).toBe(FACTUR_X_PROFILES.BASIC.guidelineId);
      expect(select(xml, LINES)).toHaveLength(2);
      // 73.50 + 330.00 = 403.50; − 2 % of 330.00 (6.60) = 396.90
      // VAT: 5.5 % of 73.50 = 4.04; 20 % of 323.40 = 64.68; 396.90 + 68.72 = 465.62
      expect(summation(xml)).toMatchObject({
        LineTotalAmount: '403.50',
        AllowanceTotalAmount: '6.60',
        TaxBasisTotalAmount: '396.90',
        TaxTotalAmount: '68.72',
        GrandTotalAmount: '465.62',
      });
    });

    it('writes BASIC WL without lines but with the VAT breakdown and notes', () => {
      const xml = readXml(toCII(plainInvoice, { profile: 'BASIC WL' }));
      expect(select(xml, LINES)).toEqual([]);
      expect(breakdown(xml)).toEqual([
        ['S', '5.5', '73.50', '4.04'],
        ['S', '20', '323.40', '64.68'],
      ]);
      expect(texts(xml, `${DOCUMENT}/ram:IncludedNote/ram:SubjectCode`)).toEqual([
        'AAB',
        'PMD',
        'PMT',
        'REG',
      ]);
      // the seller's legal information (BT-33) has no term of its own in BASIC WL: a REG note
      expect(texts(xml, `${DOCUMENT}/ram:IncludedNote/ram:Content`).at(-1)).toBe(
        'SAS au capital de 5\u202f000,00\u00a0€, RCS Lyon 383474814',
      );
      expect(select(xml, `${SELLER}/ram:Description`)).toEqual([]);
    });

    it('writes MINIMUM with the header and the totals only', () => {
      const xml = readXml(toCII(plainInvoice, { profile: 'MINIMUM' }));
      expect(select(xml, LINES)).toEqual([]);
      expect(select(xml, `${DOCUMENT}/ram:IncludedNote`)).toEqual([]);
      expect(select(xml, BREAKDOWN)).toEqual([]);
      expect(summation(xml)).toEqual({
        LineTotalAmount: undefined,
        ChargeTotalAmount: undefined,
        AllowanceTotalAmount: undefined,
        TaxBasisTotalAmount: '396.90',
        TaxTotalAmount: '68.72',
        GrandTotalAmount: '465.62',
        TotalPrepaidAmount: undefined,
        DuePayableAmount: '465.62',
      });
      expect(select(xml, DELIVERY)).toHaveLength(1);
    });

    it('writes EXTENDED as EN16931 under its own identifier', () => {
      const { document } = sampleNamed('invoice-goods-multirate');
      const extended = toCII(document, { profile: 'EXTENDED' });
      expect(extended).toBe(
        toCII(document).replace(
          FACTUR_X_PROFILES.EN16931.guidelineId,
          FACTUR_X_PROFILES.EXTENDED.guidelineId,
        ),
      );
    });

    it('refuses data a profile cannot carry (PROFILE_NOT_SUFFICIENT)', () => {
      const basic = caughtTpeError(() =>
        toCII(sampleNamed('invoice-goods-multirate').document, { profile: 'BASIC' }),
      );
      expect(basic.code).toBe('PROFILE_NOT_SUFFICIENT');
      expect(basic.details).toEqual({
        profile: 'BASIC',
        terms: ['BT-42', 'BT-43', 'BT-58', 'BT-85', 'BT-86', 'BT-154', 'BT-155'],
      });
      expect(basic.issues[0]).toMatchObject({
        path: ['invoice', 'seller', 'phone'],
        code: 'not_carried',
      });
      expect(basic.issues.at(-1)).toMatchObject({ path: ['invoice', 'lines', 0, 'itemReference'] });
      const wl = caughtTpeError(() =>
        toCII({ ...plainInvoice, seller: companySeller }, { profile: 'BASIC WL' }),
      );
      expect(wl.details).toEqual({
        profile: 'BASIC WL',
        terms: ['BT-42', 'BT-43', 'BT-85', 'BT-86'],
      });
      const minimum = caughtTpeError(() =>
        toCII(sampleNamed('final-invoice-after-deposit').document, { profile: 'MINIMUM' }),
      );
      expect(minimum.details).toEqual({ profile: 'MINIMUM', terms: ['BT-113', 'BG-3'] });
      // what MINIMUM leaves out by design is not an error
      expect(() =>
        toCII(sampleNamed('invoice-goods-multirate').document, { profile: 'MINIMUM' }),
      ).not.toThrow();
    });
  });

  describe('bad input', () => {
    const { document } = sampleNamed('invoice-goods-multirate');

    it('refuses a document that is not an invoice (NOT_AN_INVOICE)', () => {
      expect(caughtTpeError(() => toCII({ ...document, kind: 'quote', status: 'sent' })).code).toBe(
        'NOT_AN_INVOICE',
      );
      expect(caughtTpeError(() => toCII({ ...document, kind: 'deliveryNote' })).code).toBe(
        'NOT_AN_INVOICE',
      );
      const supplier = caughtTpeError(() =>
        toCII({ ...document, kind: 'supplierInvoice', status: 'received' }),
      );
      expect([supplier.code, supplier.details]).toEqual([
        'NOT_AN_INVOICE',
        { kind: 'supplierInvoice' },
      ]);
    });

    it('refuses malformed figures and fields with their paths (INVALID_INPUT)', () => {
      const [first, ...others] = document.lines;
      const badPrice = caughtTpeError(() =>
        toCII({ ...document, lines: [{ ...first, unitPrice: '12x34' } as never, ...others] }),
      );
      expect(badPrice.code).toBe('INVALID_INPUT');
      expect(badPrice.issues[0]?.path).toEqual(['invoice', 'lines', 0, 'unitPrice']);
      for (const input of [null, 'invoice', 42, [], {}]) {
        expect(caughtTpeError(() => toCII(input as never)).code).toBe('INVALID_INPUT');
      }
      const options = caughtTpeError(() => toCII(document, { profile: 'COMFORT' as never }));
      expect([options.code, options.issues[0]?.path]).toEqual([
        'INVALID_INPUT',
        ['options', 'profile'],
      ]);
      const twice = caughtTpeError(() =>
        toCII(document, { mentions: [...agreedMentions(), ...agreedMentions()] }),
      );
      expect(twice.issues[0]).toMatchObject({ code: 'duplicate_mention' });
    });

    it('refuses a draft without number, issue date or customer (required)', () => {
      const { number: _number, issueDate: _issueDate, customer: _customer, ...draft } = document;
      const error = caughtTpeError(() =>
        toCII({ ...draft, status: 'draft' } as CommercialDocument),
      );
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
        [['invoice', 'number'], 'required'],
        [['invoice', 'issueDate'], 'required'],
        [['invoice', 'customer'], 'required'],
      ]);
    });

    it('refuses what EN 16931 requires and the model leaves optional', () => {
      const error = caughtTpeError(() =>
        toCII({
          ...document,
          allowances: [{ amount: '10.00', vat: { category: 'S', rate: '20' } }],
          lines: [{ ...(document.lines[1] as DocumentLine), vat: { category: 'E', rate: '0' } }],
        }),
      );
      expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
        [['invoice', 'allowances', 0, 'reason'], 'reason_required'],
        [['invoice', 'lines', 0, 'vat', 'exemptionReason'], 'exemption_reason_required'],
      ]);
      expect(caughtTpeError(() => toCII({ ...document, lines: [] })).issues[0]).toMatchObject({
        path: ['invoice', 'lines'],
        code: 'required',
      });
      // BR-IC-11: an intra-EU supply without its delivery date
      const { deliveryDate: _deliveryDate, ...undated } = sampleNamed('intra-eu-supply').document;
      const intraEu = caughtTpeError(() => toCII(undated));
      expect(intraEu.issues.map((issue) => [issue.path, issue.code])).toEqual([
        [['invoice', 'deliveryDate'], 'required'],
      ]);
    });
  });

  it('is pure: same output twice, input neither mutated nor needed mutable', () => {
    const { document } = sampleNamed('final-invoice-after-deposit');
    const copy = structuredClone(document);
    const frozen = deepFreeze(structuredClone(document));
    expect(toCII(frozen)).toBe(toCII(document));
    expect(document).toEqual(copy);
  });

  it('escapes text and leaves out characters XML forbids', () => {
    const { document } = sampleNamed('invoice-goods-multirate');
    const [first, ...others] = document.lines;
    const xml = toCII({
      ...document,
      lines: [{ ...(first as DocumentLine), label: 'Vis <M6> & écrous "inox"\u0007' }, ...others],
    });
    expect(xml).toContain('<ram:Name>Vis &lt;M6&gt; &amp; écrous &quot;inox&quot;</ram:Name>');
    expect(texts(readXml(xml), `${LINES}/ram:SpecifiedTradeProduct/ram:Name`)[0]).toBe(
      'Vis <M6> & écrous "inox"',
    );
  });

  it('writes, for any invoice, the totals of computeDocumentTotals, which add up (property)', () => {
    const amount = (max: number) =>
      fc.integer({ min: 1, max }).map((cents) => (cents / 100).toFixed(2));
    const lineArbitrary = fc.record({
      quantity: fc.integer({ min: 1, max: 5000 }).map((units) => String(units / 10)),
      unitPrice: amount(1_000_000),
      rate: fc.constantFrom('20', '10', '5.5', '2.1'),
      allowance: fc.option(amount(500), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(lineArbitrary, { minLength: 1, maxLength: 8 }), (drawn) => {
        const document: CommercialDocument = {
          ...plainInvoice,
          allowances: undefined,
          lines: drawn.map((line, index) => ({
            id: String(index + 1),
            label: `Article ${index + 1}`,
            quantity: line.quantity,
            unitCode: 'C62',
            unitPrice: line.unitPrice,
            ...(line.allowance === undefined
              ? {}
              : { allowances: [{ amount: line.allowance, reason: 'Remise' }] }),
            vat: { category: 'S', rate: line.rate },
            nature: 'goods',
          })),
        };
        const totals = computeDocumentTotals(document);
        const xml = readXml(toCII(document));
        const cents = (value: string | undefined) => Math.round(Number(value) * 100);
        const lineCents = texts(
          xml,
          `${LINES}/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount`,
        ).map(cents);
        const sum = summation(xml);
        expect(lineCents.reduce((total, value) => total + value, 0)).toBe(
          cents(sum.LineTotalAmount),
        ); // BR-CO-10
        expect(cents(sum.TaxBasisTotalAmount) + cents(sum.TaxTotalAmount)).toBe(
          cents(sum.GrandTotalAmount),
        ); // BR-CO-15
        expect(sum).toEqual({
          LineTotalAmount: totals.lineNetTotal,
          ChargeTotalAmount: totals.chargeTotal,
          AllowanceTotalAmount: totals.allowanceTotal,
          TaxBasisTotalAmount: totals.taxExclusiveAmount,
          TaxTotalAmount: totals.vatTotal,
          GrandTotalAmount: totals.taxInclusiveAmount,
          TotalPrepaidAmount: totals.prepaidAmount,
          DuePayableAmount: totals.amountDue,
        });
        expect(breakdown(xml)).toEqual(
          totals.vatBreakdown.map((group) => [
            group.category,
            group.rate,
            group.taxableAmount,
            group.vatAmount,
          ]),
        );
      }),
    );
  });
});
