import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import type { InvoiceFinding } from './InvoiceFinding.js';
import { FRENCH_SELLER, frenchUblInvoice, validatorText } from './internal/testFiles.js';
import { readInvoiceXml } from './readInvoiceXml.js';

function summary(findings: readonly InvoiceFinding[]) {
  return findings.map(({ code, rule, path, severity, declared, expected }) => ({
    code,
    rule,
    path: path.join('.'),
    severity,
    declared,
    expected,
  }));
}

function findingsOf(xml: string, options?: Parameters<typeof readInvoiceXml>[1]) {
  return summary(readInvoiceXml(xml, options).findings);
}

/** Two lines at 20 %: 12 × 41.50 = 498.00 and 3 × 10.00 = 30.00. */
const LINES = [
  { quantity: '12', price: '41.50', amount: '498.00', rate: '20' },
  { quantity: '3', price: '10.00', amount: '30.00', rate: '20' },
] as const;

describe('readInvoiceXml', () => {
  it('reads a right French UBL invoice without any finding', () => {
    const invoice = readInvoiceXml(frenchUblInvoice());
    expect(invoice).toMatchObject({
      syntax: 'UBL',
      container: 'xml',
      number: 'FA-2026-0042',
      issueDate: '2026-03-02',
      dueDate: '2026-04-01',
      currency: 'EUR',
      references: { orderReference: 'PO-2026-007', buyerReference: 'SERVICE-ACHATS' },
      seller: { name: 'Grossiste SA', siren: '732829320', vatNumber: 'FR44732829320' },
      buyer: { name: 'Atelier Dupont', siren: '383474814' },
      paymentMeans: [{ typeCode: '58', iban: 'FR7630006000011234567890189' }],
    });
    expect(invoice.lines.map((line) => [line.sellerItemId, line.quantity, line.netPrice])).toEqual([
      ['REF-1', '12', '41.5'],
      ['REF-2', '3', '10'],
    ]);
    expect(invoice.findings).toEqual([]);
  });

  it('reports a VAT amount one cent off its base × rate (BR-CO-17)', () => {
    // 528.00 × 20 % = 105.60, declared 105.61 (the totals follow it).
    const xml = frenchUblInvoice({
      breakdown: [{ base: '528.00', vat: '105.61', rate: '20' }],
      totals: { net: '528.00', vat: '105.61', gross: '633.61', due: '633.61' },
    });
    expect(findingsOf(xml)).toEqual([
      {
        code: 'VAT_AMOUNT_MISMATCH',
        rule: 'BR-CO-17',
        path: 'vatBreakdown.0.vatAmount',
        severity: 'error',
        declared: '105.61',
        expected: '105.60',
      },
    ]);
  });

  it('computes VAT on the sum of the lines, not line by line (GC-19)', () => {
    // 3 × 1.13 = 3.39; 3.39 × 20 % = 0.678 → 0.68; line by line 0.226 → 0.23, × 3 = 0.69.
    const line = { quantity: '1', price: '1.13', amount: '1.13', rate: '20' };
    const xml = frenchUblInvoice({
      lines: [line, line, line],
      breakdown: [{ base: '3.39', vat: '0.69', rate: '20' }],
      totals: { net: '3.39', vat: '0.69', gross: '4.08', due: '4.08' },
    });
    expect(findingsOf(xml)).toEqual([
      {
        code: 'VAT_AMOUNT_MISMATCH',
        rule: 'BR-CO-17',
        path: 'vatBreakdown.0.vatAmount',
        severity: 'error',
        declared: '0.69',
        expected: '0.68',
      },
    ]);
  });

  it('rounds a VAT amount half away from zero, as the official rule does', () => {
    // 0.25 × 10 % = 0.025 → 0.03; −0.25 × 10 % = −0.025 → −0.03.
    const invoiceOf = (sign: '' | '-', vat: string) =>
      frenchUblInvoice({
        lines: [{ quantity: `${sign}1`, price: '0.25', amount: `${sign}0.25`, rate: '10' }],
        breakdown: [{ base: `${sign}0.25`, vat, rate: '10' }],
        totals: {
          net: `${sign}0.25`,
          vat,
          gross: sign === '' ? '0.28' : '-0.28',
          due: sign === '' ? '0.28' : '-0.28',
        },
      });
    expect(findingsOf(invoiceOf('', '0.03'))).toEqual([]);
    expect(findingsOf(invoiceOf('-', '-0.03'))).toEqual([]);
    // Declared −0.02: BR-CO-17 wants −0.03, and BR-CO-15 −0.25 − 0.02 = −0.27 (−0.28 declared).
    expect(
      findingsOf(invoiceOf('-', '-0.02')).map((finding) => [finding.rule, finding.expected]),
    ).toEqual([
      ['BR-CO-17', '-0.03'],
      ['BR-CO-15', '-0.27'],
    ]);
  });

  it('reports totals that do not add up to the lines (BR-CO-10, BR-CO-13)', () => {
    // Lines 498.00 + 30.00 = 528.00, declared 528.01 as BT-106 and BT-109.
    const xml = frenchUblInvoice({
      totals: { net: '528.01', vat: '105.60', gross: '633.61', due: '633.61' },
    });
    expect(findingsOf(xml)).toEqual([
      {
        code: 'LINE_NET_TOTAL_MISMATCH',
        rule: 'BR-CO-10',
        path: 'totals.lineNetTotal',
        severity: 'error',
        declared: '528.01',
        expected: '528.00',
      },
      {
        code: 'TAX_EXCLUSIVE_TOTAL_MISMATCH',
        rule: 'BR-CO-13',
        path: 'totals.taxExclusiveAmount',
        severity: 'error',
        declared: '528.01',
        expected: '528.00',
      },
    ]);
  });

  it('warns of a line net amount that is not quantity × price', () => {
    // 12 × 41.50 = 498.00, declared 498.10; the rest follows the declared amount:
    // 528.10 × 20 % = 105.62, 528.10 + 105.62 = 633.72.
    const xml = frenchUblInvoice({
      lines: [{ ...LINES[0], amount: '498.10' }, LINES[1]],
      breakdown: [{ base: '528.10', vat: '105.62', rate: '20' }],
      totals: { net: '528.10', vat: '105.62', gross: '633.72', due: '633.72' },
    });
    expect(findingsOf(xml)).toEqual([
      {
        code: 'LINE_NET_AMOUNT_MISMATCH',
        rule: undefined,
        path: 'lines.0.netAmount',
        severity: 'warning',
        declared: '498.10',
        expected: '498.00',
      },
    ]);
  });

  it('reports a VAT breakdown whose base is not its lines, and a rate without breakdown', () => {
    // Line 2 at 10 %: the 20 % base is 498.00 only, and 30.00 at 10 % has no breakdown.
    const xml = frenchUblInvoice({ lines: [LINES[0], { ...LINES[1], rate: '10' }] });
    expect(findingsOf(xml)).toEqual([
      {
        code: 'VAT_BASE_MISMATCH',
        rule: 'BR-S-08',
        path: 'vatBreakdown.0.taxableAmount',
        severity: 'error',
        declared: '528.00',
        expected: '498.00',
      },
      {
        code: 'VAT_BREAKDOWN_MISSING',
        rule: 'BR-S-08',
        path: 'vatBreakdown',
        severity: 'error',
        declared: undefined,
        expected: '30.00',
      },
    ]);
  });

  it('reports an amount with more than 2 decimals (BR-DEC) and keeps it exact', () => {
    const xml = frenchUblInvoice({
      totals: { net: '528.00', vat: '105.60', gross: '633.60', due: '633.601' },
    });
    expect(readInvoiceXml(xml).totals.amountDue).toBe('633.601');
    expect(findingsOf(xml)).toEqual([
      {
        code: 'TOO_MANY_DECIMALS',
        rule: 'BR-DEC-18',
        path: 'totals.amountDue',
        severity: 'error',
        declared: '633.601',
        expected: undefined,
      },
      {
        code: 'AMOUNT_DUE_MISMATCH',
        rule: 'BR-CO-16',
        path: 'totals.amountDue',
        severity: 'error',
        declared: '633.601',
        expected: '633.60',
      },
    ]);
  });

  it('reports a VAT rate unknown in France on the issue date, for a seller charging French VAT', () => {
    // 528.00 × 19.6 % = 103.488 → 103.49: the arithmetic is right, the rate is not (since 2014).
    const parts = {
      lines: LINES.map((line) => ({ ...line, rate: '19.6' })),
      breakdown: [{ base: '528.00', vat: '103.49', rate: '19.6' }],
      totals: { net: '528.00', vat: '103.49', gross: '631.49', due: '631.49' },
    };
    expect(findingsOf(frenchUblInvoice(parts))).toEqual([
      {
        code: 'UNKNOWN_VAT_RATE',
        rule: undefined,
        path: 'lines.0.vat.rate',
        severity: 'error',
        declared: '19.6',
        expected: undefined,
      },
    ]);
    // Before the first day of the rate table, rates are not checked.
    expect(findingsOf(frenchUblInvoice({ ...parts, issueDate: '2013-12-31' }))).toEqual([]);
  });

  it('checks the rates of the territory asked for', () => {
    // 528.00 × 8.5 % = 44.88
    const parts = {
      lines: LINES.map((line) => ({ ...line, rate: '8.5' })),
      breakdown: [{ base: '528.00', vat: '44.88', rate: '8.5' }],
      totals: { net: '528.00', vat: '44.88', gross: '572.88', due: '572.88' },
    };
    expect(findingsOf(frenchUblInvoice(parts), { vatTerritory: 'reunion' })).toEqual([]);
    expect(findingsOf(frenchUblInvoice(parts)).map((finding) => finding.code)).toEqual([
      'UNKNOWN_VAT_RATE',
    ]);
  });

  it('does not check the rates of a seller charging another country’s VAT', () => {
    const invoice = readInvoiceXml(
      validatorText('artifacts/en16931-cii/cii/examples/CII_example4.xml'),
    );
    expect(invoice.vatBreakdown.map((entry) => entry.rate)).toEqual(['25', '12']);
    expect(invoice.findings).toEqual([]);
  });

  it('reports a French seller without SIREN, and a buyer without one as a warning', () => {
    const seller = FRENCH_SELLER.replace(
      '<cbc:CompanyID schemeID="0002">732829320</cbc:CompanyID>',
      '',
    );
    const xml = frenchUblInvoice({ sellerParty: seller }).replace(
      '<cbc:CompanyID schemeID="0002">383474814</cbc:CompanyID>',
      '',
    );
    expect(findingsOf(xml)).toEqual([
      {
        code: 'SIREN_MISSING',
        rule: 'BR-FR-10',
        path: 'seller.siren',
        severity: 'error',
        declared: undefined,
        expected: undefined,
      },
      {
        code: 'SIREN_MISSING',
        rule: 'BR-FR-11',
        path: 'buyer.siren',
        severity: 'warning',
        declared: undefined,
        expected: undefined,
      },
    ]);
  });

  it('reports wrong French identifiers', () => {
    const seller = FRENCH_SELLER.replace('>732829320<', '>732829321<')
      .replace('FR44732829320', 'FR45732829320')
      .replace(
        '<cac:PostalAddress>',
        '<cac:PartyIdentification><cbc:ID schemeID="0009">12345678200077</cbc:ID></cac:PartyIdentification><cac:PostalAddress>',
      );
    expect(
      findingsOf(frenchUblInvoice({ sellerParty: seller })).map((finding) => [
        finding.code,
        finding.rule,
        finding.declared,
      ]),
    ).toEqual([
      ['SIREN_INVALID', 'BR-FR-10', '732829321'],
      ['SIRET_INVALID', 'BR-FR-09', '12345678200077'],
      ['VAT_NUMBER_INVALID', undefined, 'FR45732829320'],
    ]);
  });

  it('reads a SIREN written with spaces, or without a scheme for a French party', () => {
    const spaced = FRENCH_SELLER.replace('>732829320<', '>732 829 320<');
    expect(readInvoiceXml(frenchUblInvoice({ sellerParty: spaced })).seller.siren).toBe(
      '732829320',
    );
    const bare = FRENCH_SELLER.replace(' schemeID="0002"', '');
    const invoice = readInvoiceXml(frenchUblInvoice({ sellerParty: bare }));
    expect([invoice.seller.siren, invoice.findings]).toEqual(['732829320', []]);
  });

  it('reports a seller without the VAT identifier its standard-rated lines need (BR-S-02)', () => {
    const seller = FRENCH_SELLER.replace(/<cac:PartyTaxScheme>.*<\/cac:PartyTaxScheme>/, '');
    expect(findingsOf(frenchUblInvoice({ sellerParty: seller }))).toEqual([
      {
        code: 'VAT_NUMBER_MISSING',
        rule: 'BR-S-02',
        path: 'seller.vatNumber',
        severity: 'error',
        declared: undefined,
        expected: undefined,
      },
    ]);
  });

  it('reports what is missing: due date, lines, a named profile', () => {
    const noDueDate = frenchUblInvoice().replace('<cbc:DueDate>2026-04-01</cbc:DueDate>', '');
    expect(findingsOf(noDueDate).map((finding) => [finding.code, finding.rule])).toEqual([
      ['PAYMENT_DUE_DATE_MISSING', 'BR-CO-25'],
    ]);
    const noLines = frenchUblInvoice({ lines: [] });
    expect(findingsOf(noLines).map((finding) => finding.code)).toContain('NO_LINES');
    const unknown = frenchUblInvoice().replace('urn:cen.eu:en16931:2017', 'urn:example:invoice');
    expect(findingsOf(unknown).map((finding) => [finding.code, finding.severity])).toEqual([
      ['UNKNOWN_PROFILE', 'warning'],
    ]);
  });

  it('reads the subject code of a UBL note', () => {
    const invoice = readInvoiceXml(
      frenchUblInvoice({ notes: ['#PMT#Indemnité forfaitaire : 40 €', 'Merci'] }),
    );
    expect(invoice.notes).toEqual([
      { text: 'Indemnité forfaitaire : 40 €', subjectCode: 'PMT' },
      { text: 'Merci' },
    ]);
  });

  it('decodes the bytes by their declared encoding or byte order mark', () => {
    const xml = frenchUblInvoice({ notes: ['Réglé à l’été'] });
    const latin1 = xml
      .replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
      .replace('l’été', 'l été');
    expect(readInvoiceXml(Buffer.from(latin1, 'latin1')).notes).toEqual([
      { text: 'Réglé à l été' },
    ]);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(xml.replace('UTF-8', 'UTF-16'), 'utf16le'),
    ]);
    expect(readInvoiceXml(utf16).notes).toEqual([{ text: 'Réglé à l’été' }]);
    expect(readInvoiceXml(`\uFEFF${xml}`).number).toBe('FA-2026-0042');
  });

  it('refuses an invoice without its mandatory elements, naming each', () => {
    const xml = frenchUblInvoice()
      .replace('<cbc:ID>FA-2026-0042</cbc:ID>', '')
      .replace(
        '<cbc:IssueDate>2026-03-02</cbc:IssueDate>',
        '<cbc:IssueDate>2026-02-30</cbc:IssueDate>',
      )
      .replace(
        '<cbc:PayableAmount currencyID="EUR">633.60<',
        '<cbc:PayableAmount currencyID="EUR">12x34<',
      )
      .replace(
        '<cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>',
        '<cbc:ID>X</cbc:ID></cac:ClassifiedTaxCategory>',
      );
    const error = caughtTpeError(() => readInvoiceXml(xml));
    expect(error.code).toBe('INVALID_INVOICE');
    expect(
      (error.issues as readonly { path: readonly unknown[]; code: string }[]).map((issue) => [
        issue.path.join('.'),
        issue.code,
      ]),
    ).toEqual([
      ['number', 'missing'],
      ['issueDate', 'invalid_date'],
      ['lines.0.vat.category', 'unknown_vat_category'],
      ['totals.amountDue', 'invalid_decimal'],
    ]);
  });

  it('refuses a CII date in another format than 102', () => {
    const xml = validatorText('artifacts/en16931-cii/cii/examples/CII_example4.xml').replace(
      '<udt:DateTimeString format="102">20130410</udt:DateTimeString>',
      '<udt:DateTimeString format="610">201304</udt:DateTimeString>',
    );
    const error = caughtTpeError(() => readInvoiceXml(xml));
    expect(error.code).toBe('INVALID_INVOICE');
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ['issueDate'], code: 'unsupported_date_format' }),
    ]);
  });

  it('refuses XML that is not a CII or UBL invoice', () => {
    const order =
      '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID>1</ID></Order>';
    expect(caughtTpeError(() => readInvoiceXml(order))).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      details: { root: 'Order', namespace: 'urn:oasis:names:specification:ubl:schema:xsd:Order-2' },
    });
    const bare = frenchUblInvoice().replace(
      ' xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"',
      '',
    );
    expect(caughtTpeError(() => readInvoiceXml(bare))).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      details: { root: 'Invoice', namespace: undefined },
    });
    const zugferd1 =
      '<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"/>';
    expect(caughtTpeError(() => readInvoiceXml(zugferd1)).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses arguments of the wrong kind', () => {
    expect(caughtTpeError(() => readInvoiceXml(42 as never)).code).toBe('INVALID_INPUT');
    expect(caughtTpeError(() => readInvoiceXml(frenchUblInvoice(), { maxXmlBytes: 0 })).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('gives the same result on each call, as new objects', () => {
    const xml = frenchUblInvoice();
    const first = readInvoiceXml(xml);
    const second = readInvoiceXml(xml);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second.lines).not.toBe(first.lines);
  });
});
