import { computeDocumentTotals } from '@tpe/invoicing';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { toCII } from '../cii/toCII.js';
import { attributeOf, readXml, select, texts, type XmlNode } from '../validation/readXml.js';
import { sampleInvoices, sampleNamed, writerOptionsOf } from '../validation/sampleInvoices.js';
import { toUBL } from './toUBL.js';

function ublOf(name: string): string {
  const found = sampleNamed(name);
  return toUBL(found.document, writerOptionsOf(found));
}

function monetaryTotal(root: XmlNode): readonly (string | undefined)[] {
  return [
    'LineExtensionAmount',
    'TaxExclusiveAmount',
    'TaxInclusiveAmount',
    'AllowanceTotalAmount',
    'ChargeTotalAmount',
    'PrepaidAmount',
    'PayableAmount',
  ].map((name) => texts(root, `cac:LegalMonetaryTotal/cbc:${name}`)[0]);
}

describe('toUBL', () => {
  describe('a commercial invoice with three VAT rates, allowances and charges', () => {
    const xml = ublOf('invoice-goods-multirate');
    const root = select(readXml(xml), 'Invoice')[0] as XmlNode;

    it('writes the totals and the VAT breakdown of computeDocumentTotals to the cent', () => {
      // As in CII: 464.95 lines − 10.00 + 15.00 = 469.95; VAT 78.34; 548.29
      expect(monetaryTotal(root)).toEqual([
        '464.95',
        '469.95',
        '548.29',
        '10.00',
        '15.00',
        '0.00',
        '548.29',
      ]);
      expect(texts(root, 'cac:TaxTotal/cbc:TaxAmount')).toEqual(['78.34']);
      expect(
        select(root, 'cac:TaxTotal/cac:TaxSubtotal').map((group) => [
          texts(group, 'cac:TaxCategory/cbc:ID')[0],
          texts(group, 'cac:TaxCategory/cbc:Percent')[0],
          texts(group, 'cbc:TaxableAmount')[0],
          texts(group, 'cbc:TaxAmount')[0],
        ]),
      ).toEqual([
        ['S', '5.5', '73.50', '4.04'],
        ['S', '10', '49.83', '4.98'],
        ['S', '20', '346.62', '69.32'],
      ]);
    });

    it('gives every amount its currency', () => {
      const amounts = xml.match(/<cbc:\w*Amount\b[^>]*>/g) ?? [];
      expect(amounts.length).toBeGreaterThan(20);
      expect(amounts.filter((tag) => !tag.includes('currencyID="EUR"'))).toEqual([]);
    });

    it('writes the header, the notes with their subject codes and the references', () => {
      expect(
        [
          'CustomizationID',
          'ProfileID',
          'ID',
          'IssueDate',
          'DueDate',
          'InvoiceTypeCode',
          'DocumentCurrencyCode',
        ].map((name) => texts(root, `cbc:${name}`)[0]),
      ).toEqual([
        'urn:cen.eu:en16931:2017',
        'B1',
        'F2026-000101',
        '2026-03-02',
        '2026-04-01',
        '380',
        'EUR',
      ]);
      expect(texts(root, 'cbc:Note').map((note) => note?.slice(0, 12))).toEqual([
        'Merci de vot',
        "#AAB#Pas d'e",
        '#PMD#En cas ',
        '#PMT#Indemni',
      ]);
      expect(texts(root, 'cac:OrderReference/cbc:ID')).toEqual(['PO-7781']);
      expect(texts(root, 'cac:PaymentTerms/cbc:Note')).toEqual([
        "Date d'échéance\u00a0: 01/04/2026",
      ]);
      expect(texts(root, 'cac:Delivery/cbc:ActualDeliveryDate')).toEqual(['2026-02-27']);
      expect(texts(root, 'cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:CityName')).toEqual([
        'Miribel',
      ]);
    });

    it('writes the parties with the French identifiers', () => {
      const seller = select(root, 'cac:AccountingSupplierParty/cac:Party')[0] as XmlNode;
      const endpoint = select(seller, 'cbc:EndpointID')[0];
      expect([texts(seller, 'cbc:EndpointID')[0], attributeOf(endpoint, 'schemeID')]).toEqual([
        '732829320',
        '0225',
      ]);
      const siret = select(seller, 'cac:PartyIdentification/cbc:ID')[0];
      expect([
        texts(seller, 'cac:PartyIdentification/cbc:ID')[0],
        attributeOf(siret, 'schemeID'),
      ]).toEqual(['73282932000017', '0009']);
      const siren = select(seller, 'cac:PartyLegalEntity/cbc:CompanyID')[0];
      expect([
        texts(seller, 'cac:PartyLegalEntity/cbc:CompanyID')[0],
        attributeOf(siren, 'schemeID'),
      ]).toEqual(['732829320', '0002']);
      expect(texts(seller, 'cac:PartyLegalEntity/cbc:RegistrationName')).toEqual([
        'Atelier Dupont',
      ]);
      expect(texts(seller, 'cac:PartyLegalEntity/cbc:CompanyLegalForm')).toEqual([
        'SARL au capital de 10\u202f000,00\u00a0€, RCS Lyon 732829320',
      ]);
      expect(texts(seller, 'cac:PartyTaxScheme/cbc:CompanyID')).toEqual(['FR44732829320']);
      const buyer = select(root, 'cac:AccountingCustomerParty/cac:Party')[0] as XmlNode;
      expect(texts(buyer, 'cac:PartyLegalEntity/cbc:CompanyID')).toEqual(['552100554']);
      expect(texts(root, 'cac:PaymentMeans/cbc:PaymentMeansCode')).toEqual(['58']);
      expect(texts(root, 'cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID')).toEqual([
        'FR7630006000011234567890189',
      ]);
      expect(
        texts(
          root,
          'cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID',
        ),
      ).toEqual(['AGRIFRPP']);
    });

    it('writes the lines with their allowances, charges, price and item', () => {
      const lines = select(root, 'cac:InvoiceLine');
      expect(lines.map((line) => texts(line, 'cbc:LineExtensionAmount')[0])).toEqual([
        '341.62',
        '73.50',
        '49.83',
      ]);
      const chair = lines[0] as XmlNode;
      expect(texts(chair, 'cac:AllowanceCharge/cbc:MultiplierFactorNumeric')).toEqual(['5']);
      expect(texts(chair, 'cac:AllowanceCharge/cbc:Amount')).toEqual(['17.98']);
      expect(texts(chair, 'cac:Price/cbc:PriceAmount')).toEqual(['89.9']);
      expect(texts(chair, 'cac:Price/cac:AllowanceCharge/cbc:BaseAmount')).toEqual(['99.9']);
      expect(texts(chair, 'cac:Item/cac:SellersItemIdentification/cbc:ID')).toEqual(['CHAISE-01']);
      expect(texts(chair, 'cac:Item/cac:ClassifiedTaxCategory/cbc:Percent')).toEqual(['20']);
      expect(texts(lines[2] as XmlNode, 'cbc:InvoicedQuantity')).toEqual(['2.5']);
    });
  });

  it('writes a credit note as a CreditNote referring to the invoice it corrects', () => {
    const document = readXml(ublOf('credit-note'));
    expect(select(document, 'Invoice')).toEqual([]);
    const root = select(document, 'CreditNote')[0] as XmlNode;
    expect(texts(root, 'cbc:CreditNoteTypeCode')).toEqual(['381']);
    expect(texts(root, 'cbc:DueDate')).toEqual([]);
    expect(texts(root, 'cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID')).toEqual([
      'F2026-000101',
    ]);
    expect(texts(root, 'cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate')).toEqual([
      '2026-03-02',
    ]);
    expect(texts(root, 'cac:CreditNoteLine/cbc:CreditedQuantity')).toEqual(['1']);
    expect(monetaryTotal(root)).toEqual([
      '89.90',
      '89.90',
      '107.88',
      '0.00',
      '0.00',
      '0.00',
      '107.88',
    ]);
  });

  it('writes the paid amount of a final invoice and the frame M4', () => {
    const root = select(readXml(ublOf('final-invoice-after-deposit')), 'Invoice')[0] as XmlNode;
    expect(texts(root, 'cbc:ProfileID')).toEqual(['M4']);
    // 689.60 + 137.92 = 827.52 − 360.00 = 467.52
    expect(monetaryTotal(root)).toEqual([
      '689.60',
      '689.60',
      '827.52',
      '0.00',
      '0.00',
      '360.00',
      '467.52',
    ]);
    expect(
      texts(
        select(readXml(ublOf('deposit-invoice')), 'Invoice')[0] as XmlNode,
        'cbc:InvoiceTypeCode',
      ),
    ).toEqual(['386']);
  });

  it('states VAT on debits with description code 3 (BT-8)', () => {
    const root = select(readXml(ublOf('invoice-services-vat-on-debits')), 'Invoice')[0] as XmlNode;
    expect(texts(root, 'cac:InvoicePeriod/cbc:DescriptionCode')).toEqual(['3']);
    expect(texts(root, 'cbc:Note').at(-1)).toBe(
      "#TXD#Option pour le paiement de la taxe d'après les débits",
    );
  });

  it('writes exemptions, the FC registration of a seller without VAT number, and no rate outside the scope of VAT', () => {
    const franchise = select(readXml(ublOf('franchise-en-base')), 'Invoice')[0] as XmlNode;
    expect(
      texts(franchise, 'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReasonCode'),
    ).toEqual(['VATEX-FR-FRANCHISE']);
    expect(
      texts(
        franchise,
        'cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:ID',
      ),
    ).toEqual(['FC']);
    const outOfScope = select(readXml(ublOf('out-of-scope-indemnity')), 'Invoice')[0] as XmlNode;
    expect(texts(outOfScope, 'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent')).toEqual(
      [],
    );
    expect(select(outOfScope, 'cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme')).toEqual(
      [],
    );
  });

  it('writes the same totals as computeDocumentTotals and as toCII for every sample', () => {
    for (const { name, document } of sampleInvoices) {
      const totals = computeDocumentTotals(document);
      const parsed = readXml(ublOf(name));
      const root = (select(parsed, 'Invoice')[0] ?? select(parsed, 'CreditNote')[0]) as XmlNode;
      expect(monetaryTotal(root), name).toEqual([
        totals.lineNetTotal,
        totals.taxExclusiveAmount,
        totals.taxInclusiveAmount,
        totals.allowanceTotal,
        totals.chargeTotal,
        totals.prepaidAmount,
        totals.amountDue,
      ]);
      const cii = readXml(toCII(document, writerOptionsOf(sampleNamed(name))));
      expect(
        texts(
          cii,
          'rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:DuePayableAmount',
        ),
      ).toEqual([totals.amountDue]);
    }
  });

  it('refuses other documents and unknown options', () => {
    const { document } = sampleNamed('invoice-goods-multirate');
    expect(
      caughtTpeError(() => toUBL({ ...document, kind: 'salesOrder', status: 'confirmed' })).code,
    ).toBe('NOT_AN_INVOICE');
    expect(
      caughtTpeError(() => toUBL(document, { profile: 'BASIC' } as never)).issues[0],
    ).toMatchObject({
      path: ['options'],
      code: 'unrecognized_keys',
    });
    expect(caughtTpeError(() => toUBL({ ...document, currency: 'EURO' })).code).toBe(
      'INVALID_INPUT',
    );
  });
});
