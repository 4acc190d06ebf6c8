import { createHash } from 'node:crypto';
import { isTpeError } from '@tpe/core';
import type { CommercialDocument } from '@tpe/invoicing';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACTUR_X_PROFILES, type FacturXProfile } from '../cii/FacturXProfile.js';
import { toCII } from '../cii/toCII.js';
import { readInvoice } from '../read/readInvoice.js';
import {
  plainInvoice,
  type SampleInvoice,
  sampleInvoices,
  sampleNamed,
  writerOptionsOf,
} from '../validation/sampleInvoices.js';
import {
  inspectPdf,
  longInvoice,
  type PdfInspection,
  pdfText,
  thousandsInvoice,
  xmpValue,
} from './testFiles.js';
import { toFacturXPdf } from './toFacturXPdf.js';

/** The PDF of every sample, written once. */
const pdfs = new Map<string, Uint8Array>();
const inspections = new Map<string, PdfInspection>();
const texts = new Map<string, string>();

beforeAll(async () => {
  for (const sample of sampleInvoices) {
    const pdf = await toFacturXPdf(sample.document, writerOptionsOf(sample));
    pdfs.set(sample.name, pdf);
    inspections.set(sample.name, await inspectPdf(pdf));
    texts.set(sample.name, pdfText(pdf));
  }
}, 120_000);

function textOf(name: string): string {
  const text = texts.get(name);
  if (text === undefined) throw new Error(`No PDF for ${name}`);
  return text;
}

function inspectionOf(name: string): PdfInspection {
  const inspection = inspections.get(name);
  if (inspection === undefined) throw new Error(`No PDF for ${name}`);
  return inspection;
}

/** A pattern for text laid out in columns: the words in order, any spacing between them. */
function columns(...parts: readonly string[]): RegExp {
  return new RegExp(
    parts
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
      .join('\\s+'),
  );
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('The promise resolved');
}

describe('toFacturXPdf: the Factur-X structure', () => {
  it('attaches exactly toCII of the invoice as factur-x.xml, text/xml, Data, dated the issue date', () => {
    for (const sample of sampleInvoices) {
      const { attachments, associatedFiles } = inspectionOf(sample.name);
      expect(attachments).toEqual([
        {
          name: 'factur-x.xml',
          mimeType: 'text/xml',
          relationship: 'Data',
          modDate: `D:${sample.document.issueDate?.replaceAll('-', '')}000000Z`,
          content: toCII(sample.document, writerOptionsOf(sample)),
        },
      ]);
      expect(associatedFiles).toEqual(['factur-x.xml']);
    }
  });

  it('writes the PDF/A-3B identification and the Factur-X properties in the XMP metadata', () => {
    const { xmp, info } = inspectionOf('invoice-goods-multirate');
    expect(xmpValue(xmp, 'pdfaid:part')).toBe('3');
    expect(xmpValue(xmp, 'pdfaid:conformance')).toBe('B');
    expect(xmpValue(xmp, 'fx:DocumentType')).toBe('INVOICE');
    expect(xmpValue(xmp, 'fx:DocumentFileName')).toBe('factur-x.xml');
    expect(xmpValue(xmp, 'fx:Version')).toBe('1.0');
    expect(xmpValue(xmp, 'fx:ConformanceLevel')).toBe('EN 16931');
    expect(xmp).toContain(
      '<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>',
    );
    expect(xmp).toContain('xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"');
    // The Info dictionary and the XMP say the same.
    expect(info.Title).toBe('Facture F2026-000101');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Facture F2026-000101</rdf:li>');
    expect(info.Author).toBe('Atelier Dupont');
    expect(xmp).toContain(
      '<dc:creator><rdf:Seq><rdf:li>Atelier Dupont</rdf:li></rdf:Seq></dc:creator>',
    );
    expect(info.Producer).toBe('@tpe/e-invoicing with pdf-lib');
    expect(xmpValue(xmp, 'pdf:Producer')).toBe(info.Producer);
    expect(xmpValue(xmp, 'pdf:Keywords')).toBe(info.Keywords);
    expect(xmpValue(xmp, 'xmp:CreatorTool')).toBe(info.Creator);
    // Dates from the invoice, never the clock: 2026-03-02 in both places.
    expect(info.CreationDate).toBe('D:20260302000000Z');
    expect(info.ModDate).toBe('D:20260302000000Z');
    expect(xmpValue(xmp, 'xmp:CreateDate')).toBe('2026-03-02T00:00:00Z');
    expect(xmpValue(xmp, 'xmp:ModifyDate')).toBe('2026-03-02T00:00:00Z');
  });

  it('has the sRGB output intent, embedded fonts only, French language, no encryption, JavaScript or transparency', () => {
    for (const sample of sampleInvoices) {
      const inspection = inspectionOf(sample.name);
      expect(inspection.outputIntents).toEqual([{ subtype: 'GTS_PDFA1', components: 3 }]);
      expect(inspection.fonts.map((font) => font.baseFont).sort()).toEqual([
        'TPEINB+Inter-Bold',
        'TPEINR+Inter-Regular',
        'TPEINT+Inter-Regular',
      ]);
      expect(inspection.fonts.every((font) => font.subtype === 'Type0' && font.embedded)).toBe(
        true,
      );
      expect(inspection.lang).toBe('fr-FR');
      expect(inspection.marked).toBe(false);
      expect(inspection.encrypted).toBe(false);
      expect(inspection.javaScript).toBe(false);
      expect(inspection.transparency).toBe(false);
    }
  });

  it('takes its trailer /ID from the SHA-256 of the XML, and gives the same bytes for the same input', async () => {
    const sample = sampleNamed('invoice-goods-multirate');
    const xml = toCII(sample.document, writerOptionsOf(sample));
    const hash = createHash('sha256').update(xml, 'utf8').digest('hex').slice(0, 32);
    expect(inspectionOf(sample.name).id).toEqual([hash, hash]);
    const again = await toFacturXPdf(sample.document, writerOptionsOf(sample));
    expect(Buffer.from(again).equals(Buffer.from(pdfs.get(sample.name) ?? []))).toBe(true);
    const other = await toFacturXPdf(sample.document, {
      ...writerOptionsOf(sample),
      relationship: 'Alternative',
    });
    expect(Buffer.from(other).equals(Buffer.from(again))).toBe(false);
  });

  it('announces the profile of the XML: MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED', async () => {
    const profiles: readonly FacturXProfile[] = [
      'MINIMUM',
      'BASIC WL',
      'BASIC',
      'EN16931',
      'EXTENDED',
    ];
    for (const profile of profiles) {
      const pdf = await toFacturXPdf(plainInvoice, { profile });
      const { xmp, attachments } = await inspectPdf(pdf);
      expect(xmpValue(xmp, 'fx:ConformanceLevel')).toBe(
        FACTUR_X_PROFILES[profile].conformanceLevel,
      );
      expect(attachments[0]?.content).toBe(toCII(plainInvoice, { profile }));
      expect((await readInvoice(pdf)).profile).toBe(profile);
    }
  });

  it('attaches with the relationship asked for, Data only for MINIMUM and BASIC WL', async () => {
    const alternative = await inspectPdf(
      await toFacturXPdf(plainInvoice, { relationship: 'Alternative' }),
    );
    expect(alternative.attachments[0]?.relationship).toBe('Alternative');
    const source = await inspectPdf(
      await toFacturXPdf(plainInvoice, { profile: 'BASIC', relationship: 'Source' }),
    );
    expect(source.attachments[0]?.relationship).toBe('Source');
    for (const profile of ['MINIMUM', 'BASIC WL'] as const) {
      const error = await rejection(
        toFacturXPdf(plainInvoice, { profile, relationship: 'Alternative' }),
      );
      expect(error).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ path: ['options', 'relationship'], code: 'relationship_not_allowed' }],
      });
    }
  });
});

describe('toFacturXPdf: what the page shows', () => {
  it('shows every mention of the multi-rate invoice with its exact figures', () => {
    const text = textOf('invoice-goods-multirate');
    const expected: readonly (string | RegExp)[] = [
      'FACTURE',
      'N° F2026-000101',
      // Seller: name, trade name, address, identifiers, legal form, capital, register.
      'Atelier Dupont',
      'Dupont Mobilier',
      '12 rue des Lilas',
      '69003 Lyon',
      'SIREN 732 829 320 · SIRET 732 829 320 00017',
      'N° TVA intracommunautaire FR44732829320',
      'SARL au capital de 10 000,00 €, RCS Lyon 732829320',
      // Customer: billing address, identifiers; delivery address apart.
      'FACTURÉ À',
      'Client SAS',
      '2 place Bellecour',
      'SIREN 552 100 554 · SIRET 552 100 554 00013',
      'N° TVA intracommunautaire FR96552100554',
      'ADRESSE DE LIVRAISON',
      'ZI des Échets',
      '01700 Miribel',
      // Dates, order, category of the operations.
      columns("Date d'émission", '02/03/2026'),
      columns('Date de livraison', '27/02/2026'),
      columns('Échéance', '01/04/2026'),
      columns('Commande n°', 'PO-7781'),
      columns('Opération', 'Livraison de biens'),
      // Lines: reference, designation, quantity, unit, unit price excl. VAT, VAT rate, net amount.
      columns('CHAISE-01', 'Chaise en chêne', '4', 'u', '89,90 €', '20 %', '341,62 €'),
      'Chaise en chêne massif, assise paillée',
      'Prix brut 99,90 €, remise 10,00 €',
      'Remise quantité (5 % de 359,60 €) : −17,98 €',
      columns('Livre « Le bois »', '3', 'u', '24,50 €', '5,5 %', '73,50 €'),
      columns('Vernis (litre)', '2,5', 'l', '18,333333 €', '10 %', '49,83 €'),
      'Conditionnement : +4,00 €',
      // Document allowances and charges.
      columns('Remise fidélité', '20 %', '−10,00 €'),
      columns('Frais de port', '20 %', '+15,00 €'),
      // VAT breakdown per rate: 73.50 × 5.5 % = 4.0425 → 4.04; 49.83 × 10 % = 4.98; 346.62 × 20 % = 69.324 → 69.32.
      columns('TVA 5,5 %', '73,50 €', '4,04 €'),
      columns('TVA 10 %', '49,83 €', '4,98 €'),
      columns('TVA 20 %', '346,62 €', '69,32 €'),
      // Totals: 464.95 − 10 + 15 = 469.95; + 78.34 = 548.29.
      columns('Total HT des lignes', '464,95 €'),
      columns('Total HT', '469,95 €'),
      columns('Total TVA', '78,34 €'),
      columns('Total TTC', '548,29 €'),
      columns('Net à payer', '548,29 €'),
      // Payment.
      "Date d'échéance : 01/04/2026",
      'Règlement par virement SEPA : IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP',
      'Référence à rappeler : F2026-000101',
      // Payment sentences.
      "Pas d'escompte pour paiement anticipé",
      'au taux annuel de 12,15 %.',
      'Indemnité forfaitaire pour frais de recouvrement due en cas de retard de paiement : 40 €.',
      'Merci de votre confiance.',
      // Footer.
      columns('Facture n° F2026-000101', 'Page 1/1'),
    ];
    for (const mention of expected) {
      if (typeof mention === 'string') expect(text).toContain(mention);
      else expect(text).toMatch(mention);
    }
  });

  it('writes amounts the French way with thousands apart: 1 234,56 €', async () => {
    const text = pdfText(await toFacturXPdf(thousandsInvoice));
    // 1028.80 × 20 % = 205.76; 1028.80 + 205.76 = 1234.56.
    expect(text).toMatch(columns('TVA 20 %', '1 028,80 €', '205,76 €'));
    expect(text).toMatch(columns('Total TTC', '1 234,56 €'));
    expect(text).toMatch(columns('Net à payer', '1 234,56 €'));
    expect(text).toContain('Table de ferme en chêne, plateau 220 ×');
    expect(text).not.toContain('?');
  });

  it('titles a credit note Avoir with the invoice it corrects, a deposit invoice Facture d’acompte', () => {
    const credit = textOf('credit-note');
    expect(credit).toContain('AVOIR');
    expect(credit).toContain('Avoir se rapportant à la facture n° F2026-000101 du 02/03/2026');
    expect(credit).toMatch(columns("Montant de l'avoir", '107,88 €'));
    expect(credit).toContain('Avoir n° AV2026-000007');
    expect(textOf('deposit-invoice')).toContain("FACTURE D'ACOMPTE");
  });

  it('shows the deposit deducted from a final invoice and the amount left to pay', () => {
    const text = textOf('final-invoice-after-deposit');
    expect(text).toContain('Acompte déduit : facture n° F2026-000090 du 02/02/2026, 360,00 € TTC');
    expect(text).toMatch(columns('Acomptes déjà versés', '−360,00 €'));
    // 827.52 including VAT − 360.00 paid = 467.52 due.
    expect(text).toMatch(columns('Total TTC', '827,52 €'));
    expect(text).toMatch(columns('Net à payer', '467,52 €'));
  });

  it('prints the VAT exemption reasons, VAT on debits, the category of services and their period', () => {
    expect(textOf('franchise-en-base')).toContain('TVA non applicable, art. 293 B du CGI');
    expect(textOf('franchise-en-base')).toContain('EI, RM Lyon 443061841');
    expect(textOf('reverse-charge-subcontracting')).toMatch(
      columns('Autoliquidation', '330,00 €', '0,00 €'),
    );
    expect(textOf('intra-eu-supply')).toContain('Exonération de TVA, article 262 ter I du CGI');
    expect(textOf('intra-eu-supply')).toContain('N° TVA intracommunautaire DE123456789');
    expect(textOf('intra-eu-supply')).toContain('Allemagne');
    expect(textOf('export')).toContain('Exonération de TVA, article 262 I du CGI');
    expect(textOf('export')).toContain('Suisse');
    const debits = textOf('invoice-services-vat-on-debits');
    expect(debits).toContain("Option pour le paiement de la taxe d'après les débits");
    expect(debits).toMatch(columns('Opération', 'Prestation de services'));
    expect(debits).toContain('Période du 16/02/2026 au 20/02/2026');
    expect(textOf('invoice-mixed-agreed-terms')).toContain(
      'Escompte de 2 % pour paiement dans les 10 jours suivant la date de facture.',
    );
  });

  it('keeps the VAT numbers on the page of an operation outside the scope of VAT, which the XML leaves out', () => {
    const text = textOf('out-of-scope-indemnity');
    expect(text).toMatch(columns('Hors champ de la TVA', '40,00 €', '0,00 €'));
    expect(text).toMatch(columns('1', 'u', '40,00 €', 'Hors champ', '40,00 €'));
    expect(text).toContain('N° TVA intracommunautaire FR44732829320');
    expect(inspectionOf('out-of-scope-indemnity').attachments[0]?.content).not.toContain(
      'FR44732829320',
    );
  });

  it('shows a public buyer’s service code and engagement number, and no B2B mentions to a consumer', () => {
    const publicBuyer = textOf('public-buyer');
    expect(publicBuyer).toMatch(columns('Code service', 'SERV-NUM-01'));
    expect(publicBuyer).toMatch(columns("N° d'engagement", 'EJ-2026-000123'));
    const consumer = textOf('consumer');
    expect(consumer).toContain('Paul Bernard');
    expect(consumer).not.toContain('Indemnité forfaitaire');
  });

  it('breaks a long invoice across pages, the number, the header row and Page i/n on each', async () => {
    const pdf = await toFacturXPdf(longInvoice);
    const { pageCount } = await inspectPdf(pdf);
    const pages = pdfText(pdf)
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pageCount).toBeGreaterThanOrEqual(3);
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1}/${pageCount}`);
      expect(page).toContain('Facture n° F2026-000301');
      if (index > 0) expect(page).toContain('Facture n° F2026-000301 (suite)');
    });
    // The lines table spans every page but the last: its header row is on each of them.
    const withHeader = pages.filter((page) => /Désignation\s+Qté\s+Unité\s+P\.U\. HT/.test(page));
    expect(withHeader.length).toBeGreaterThanOrEqual(pageCount - 1);
    // Every line is there once, its long label wrapped.
    for (let line = 1; line <= 40; line++) {
      expect(
        pages.join('').match(new RegExp(`REF-${String(line).padStart(3, '0')}\\b`, 'g')),
      ).toHaveLength(1);
    }
  });
});

describe('toFacturXPdf: round trip', () => {
  it('reads back what the XML alone reads: numbers, parties, lines, totals, no error', async () => {
    for (const sample of sampleInvoices) {
      const received = await readInvoice(pdfs.get(sample.name) ?? new Uint8Array());
      const xml = await readInvoice(toCII(sample.document, writerOptionsOf(sample)));
      const { container, attachmentName, ...fromPdf } = received;
      expect([container, attachmentName]).toEqual(['pdf', 'factur-x.xml']);
      const { container: _xmlContainer, attachmentName: _none, ...fromXml } = xml;
      expect(fromPdf).toEqual(fromXml);
      expect(received.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      expect(received.number).toBe(sample.document.number);
      expect(received.seller.siren).toBe(sample.document.seller.siren);
      expect(received.buyer.name).toBe(sample.document.customer?.name);
      expect(received.lines.map((line) => line.name)).toEqual(
        sample.document.lines.map((line) => line.label),
      );
    }
  });

  it('gives the totals of the multi-rate invoice to the cent', async () => {
    const received = await readInvoice(pdfs.get('invoice-goods-multirate') ?? new Uint8Array());
    expect(received.totals).toMatchObject({
      lineNetTotal: '464.95',
      taxExclusiveAmount: '469.95',
      vatTotal: '78.34',
      taxInclusiveAmount: '548.29',
      amountDue: '548.29',
    });
    expect(received.lines.map((line) => line.netAmount)).toEqual(['341.62', '73.50', '49.83']);
  });
});

describe('toFacturXPdf: input', () => {
  const sample: SampleInvoice = sampleNamed('invoice-goods-multirate');

  it('does not change the invoice nor the options', async () => {
    const invoice = structuredClone(sample.document) as CommercialDocument;
    const options = { ...writerOptionsOf(sample), profile: 'EN16931' as const };
    const before = JSON.stringify([invoice, options]);
    await toFacturXPdf(invoice, options);
    expect(JSON.stringify([invoice, options])).toBe(before);
  });

  it('refuses what is not an issued invoice with the codes of toCII', async () => {
    const cases: readonly [unknown, unknown, string][] = [
      [null, undefined, 'INVALID_INPUT'],
      ['invoice', undefined, 'INVALID_INPUT'],
      [{ ...sample.document, lines: 'none' }, undefined, 'INVALID_INPUT'],
      [sample.document, { lang: 'en' }, 'INVALID_INPUT'],
      [sample.document, { profile: 'COMFORT' }, 'INVALID_INPUT'],
      [sample.document, { relationship: 'Supplement' }, 'INVALID_INPUT'],
      [sample.document, { unknown: true }, 'INVALID_INPUT'],
      [{ ...sample.document, kind: 'quote', status: 'sent' }, undefined, 'NOT_AN_INVOICE'],
      [{ ...sample.document, number: undefined }, undefined, 'INVALID_INPUT'],
      [
        { ...sample.document, seller: { ...sample.document.seller, phone: '04 78 00 00 00' } },
        { profile: 'BASIC' },
        'PROFILE_NOT_SUFFICIENT',
      ],
    ];
    for (const [invoice, options, code] of cases) {
      const error = await rejection(
        toFacturXPdf(invoice as CommercialDocument, options as undefined),
      );
      expect(isTpeError(error), String(error)).toBe(true);
      expect(error).toMatchObject({ code });
    }
  });
});
