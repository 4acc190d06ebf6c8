import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isTpeError } from '@tpe/core';
import { PDFDocument, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCII } from '../cii/toCII.js';
import { readInvoice } from '../read/readInvoice.js';
import { toUBL } from '../ubl/toUBL.js';
import { plainInvoice, sampleNamed, writerOptionsOf } from '../validation/sampleInvoices.js';
import { attachFacturX } from './attachFacturX.js';
import { embedInvoiceFonts } from './internal/layout/InvoiceFonts.js';
import { inspectPdf, pdfText, xmpValue } from './testFiles.js';
import { toFacturXPdf } from './toFacturXPdf.js';

const FIXTURE = fileURLToPath(
  new URL(
    '../../../../tools/validators/artifacts/factur-x/tests/fixtures/pdf/invoice_EN16931.pdf',
    import.meta.url,
  ),
);

const multirate = sampleNamed('invoice-goods-multirate');
const xml = toCII(multirate.document, writerOptionsOf(multirate));

function sha(...parts: readonly (Uint8Array | string)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 32);
}

/** A one-page PDF drawn by pdf-lib with an embedded font, as an application renders its invoices. */
async function renderedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedInvoiceFonts(document);
  const page = document.addPage([595.28, 841.89]);
  page.drawText('Facture F2026-000101 — Atelier Dupont — 548,29 €', {
    x: 50,
    y: 780,
    size: 12,
    font: fonts.regular.font,
  });
  document.setTitle('Ma facture de mars');
  document.setCreator('Mon logiciel');
  document.setProducer('Mon logiciel');
  document.setCreationDate(new Date('2026-03-01T10:30:00Z'));
  return document.save();
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('The promise resolved');
}

let rendered: Uint8Array;
let attached: Uint8Array;

beforeAll(async () => {
  rendered = await renderedPdf();
  attached = await attachFacturX(rendered, xml);
});

describe('attachFacturX on a PDF rendered with an embedded font', () => {
  it('attaches the XML byte for byte, text/xml, Data, in EmbeddedFiles and /AF', async () => {
    const { attachments, associatedFiles } = await inspectPdf(attached);
    expect(attachments).toEqual([
      {
        name: 'factur-x.xml',
        mimeType: 'text/xml',
        relationship: 'Data',
        modDate: 'D:20260302000000Z',
        content: xml,
      },
    ]);
    expect(associatedFiles).toEqual(['factur-x.xml']);
  });

  it('writes the XMP of a Factur-X PDF/A-3B from the document information, kept in the Info dictionary', async () => {
    const { xmp, info, outputIntents, fonts } = await inspectPdf(attached);
    expect(xmpValue(xmp, 'pdfaid:part')).toBe('3');
    expect(xmpValue(xmp, 'pdfaid:conformance')).toBe('B');
    expect(xmpValue(xmp, 'fx:ConformanceLevel')).toBe('EN 16931');
    expect(xmpValue(xmp, 'fx:DocumentFileName')).toBe('factur-x.xml');
    expect(info).toMatchObject({
      Title: 'Ma facture de mars',
      Creator: 'Mon logiciel',
      Producer: '@tpe/e-invoicing with pdf-lib',
      Author: 'Atelier Dupont',
      CreationDate: 'D:20260301103000Z',
      ModDate: 'D:20260302000000Z',
    });
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Ma facture de mars</rdf:li>');
    expect(xmpValue(xmp, 'xmp:CreatorTool')).toBe('Mon logiciel');
    expect(xmpValue(xmp, 'xmp:CreateDate')).toBe('2026-03-01T10:30:00Z');
    expect(xmpValue(xmp, 'xmp:ModifyDate')).toBe('2026-03-02T00:00:00Z');
    expect(outputIntents).toEqual([{ subtype: 'GTS_PDFA1', components: 3 }]);
    expect(fonts.every((font) => font.embedded)).toBe(true);
  });

  it('is read back as the invoice it carries, its page untouched', async () => {
    const received = await readInvoice(attached);
    expect([received.number, received.profile, received.totals.amountDue]).toEqual([
      'F2026-000101',
      'EN16931',
      '548.29',
    ]);
    expect(received.findings).toEqual([]);
    expect(pdfText(attached)).toContain('Facture F2026-000101 — Atelier Dupont — 548,29 €');
  });

  it('sets the trailer /ID from the input and the XML, and gives the same bytes for the same input', async () => {
    const { id } = await inspectPdf(attached);
    expect(id).toEqual([sha(rendered), sha(rendered, xml)]);
    const copy = Uint8Array.from(rendered);
    const again = await attachFacturX(copy, xml);
    expect(Buffer.from(again).equals(Buffer.from(attached))).toBe(true);
    expect(Buffer.from(copy).equals(Buffer.from(rendered))).toBe(true);
  });

  it('takes the date, the relationship and the profile asked for', async () => {
    const basic = toCII(plainInvoice, { profile: 'BASIC' });
    const pdf = await attachFacturX(rendered, new TextEncoder().encode(basic), {
      profile: 'BASIC',
      relationship: 'Alternative',
      date: '2026-03-05',
    });
    const { attachments, xmp, info } = await inspectPdf(pdf);
    expect(attachments.map(({ relationship, content }) => [relationship, content])).toEqual([
      ['Alternative', basic],
    ]);
    expect(xmpValue(xmp, 'fx:ConformanceLevel')).toBe('BASIC');
    expect(info.ModDate).toBe('D:20260305000000Z');
  });

  it('replaces its own factur-x.xml when attached again, keeping the first /ID', async () => {
    const basic = toCII(plainInvoice, { profile: 'BASIC' });
    const twice = await attachFacturX(attached, basic);
    const { attachments, associatedFiles, id, outputIntents } = await inspectPdf(twice);
    expect(attachments.map(({ name, content }) => [name, content])).toEqual([
      ['factur-x.xml', basic],
    ]);
    expect(associatedFiles).toEqual(['factur-x.xml']);
    expect(id[0]).toBe(sha(rendered));
    expect(outputIntents).toHaveLength(1);
    expect((await readInvoice(twice)).profile).toBe('BASIC');
  });

  it('also attaches to a PDF drawn with a standard font, which it leaves unembedded (not PDF/A)', async () => {
    const document = await PDFDocument.create();
    const font = await document.embedFont(StandardFonts.Helvetica);
    document.addPage().drawText('Facture', { x: 50, y: 700, size: 12, font });
    const pdf = await attachFacturX(await document.save(), xml);
    const { fonts, attachments } = await inspectPdf(pdf);
    expect(attachments.map((attachment) => attachment.name)).toEqual(['factur-x.xml']);
    expect(fonts).toEqual([{ baseFont: 'Helvetica', subtype: 'Type1', embedded: false }]);
  });
});

describe('attachFacturX on a real Factur-X PDF', () => {
  it('replaces its factur-x.xml, keeps the delivery note attached and its own output intent', async () => {
    const original = new Uint8Array(readFileSync(FIXTURE));
    const before = await inspectPdf(original);
    expect(before.attachments.map((attachment) => attachment.name)).toEqual([
      'Bon_de_livraison.pdf',
      'factur-x.xml',
    ]);
    const pdf = await attachFacturX(original, xml);
    const after = await inspectPdf(pdf);
    expect(
      after.attachments.map(({ name, mimeType, relationship }) => [name, mimeType, relationship]),
    ).toEqual([
      ['Bon_de_livraison.pdf', 'application/pdf', 'Unspecified'],
      ['factur-x.xml', 'text/xml', 'Data'],
    ]);
    expect(after.attachments[1]?.content).toBe(xml);
    expect([...after.associatedFiles].sort()).toEqual(['Bon_de_livraison.pdf', 'factur-x.xml']);
    expect(after.outputIntents).toEqual(before.outputIntents);
    expect(after.id[0]).toBe(before.id[0]);
    expect(after.info.Title).toBe(before.info.Title);
    const received = await readInvoice(pdf);
    expect([received.number, received.attachmentName, received.findings]).toEqual([
      'F2026-000101',
      'factur-x.xml',
      [],
    ]);
  });
});

describe('attachFacturX: bad input', () => {
  async function codeOf(promise: Promise<unknown>): Promise<unknown> {
    const error = await rejection(promise);
    expect(isTpeError(error), String(error)).toBe(true);
    return error;
  }

  it('refuses what is not a readable PDF: MALFORMED_PDF', async () => {
    const encrypted = await PDFDocument.create();
    encrypted.addPage();
    encrypted.context.trailerInfo.Encrypt = encrypted.context.register(
      encrypted.context.obj({ Filter: 'Standard', V: 2, R: 3, Length: PDFNumber.of(128) }),
    );
    const cases: readonly [Uint8Array, Record<string, unknown>][] = [
      [new TextEncoder().encode('Hello, this is not a PDF'), { encrypted: false }],
      [new Uint8Array(0), { encrypted: false }],
      [new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog'), { encrypted: false }],
      [await encrypted.save(), { encrypted: true }],
    ];
    for (const [pdf, details] of cases) {
      expect(await codeOf(attachFacturX(pdf, xml))).toMatchObject({
        code: 'MALFORMED_PDF',
        details,
      });
    }
  });

  it('refuses an XML that is not a Factur-X CII invoice', async () => {
    const xrechnung = xml.replace(
      'urn:cen.eu:en16931:2017</ram:ID>',
      'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>',
    );
    expect(xrechnung).not.toBe(xml);
    const cases: readonly [string, object][] = [
      ['not XML at all', { code: 'MALFORMED_XML' }],
      ['<?xml version="1.0"?><order/>', { code: 'UNSUPPORTED_FORMAT' }],
      [
        toUBL(multirate.document, writerOptionsOf(multirate)),
        { code: 'NOT_FACTUR_X_XML', details: { syntax: 'UBL' } },
      ],
      [xrechnung, { code: 'NOT_FACTUR_X_XML', details: { syntax: 'CII' } }],
      [
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
        { code: 'FORBIDDEN_XML_CONSTRUCT' },
      ],
    ];
    for (const [text, expected] of cases) {
      expect(await codeOf(attachFacturX(rendered, text))).toMatchObject(expected);
    }
  });

  it('refuses a profile other than the expected one, and a relationship MINIMUM does not allow', async () => {
    expect(await codeOf(attachFacturX(rendered, xml, { profile: 'BASIC' }))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['options', 'profile'], code: 'profile_mismatch' }],
      details: { profile: 'EN16931', expected: 'BASIC' },
    });
    const minimum = toCII(plainInvoice, { profile: 'MINIMUM' });
    expect(
      await codeOf(attachFacturX(rendered, minimum, { relationship: 'Source' })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['options', 'relationship'], code: 'relationship_not_allowed' }],
    });
  });

  it('refuses arguments of the wrong kind with INVALID_INPUT and their path', async () => {
    const cases: readonly [unknown, unknown, unknown, string][] = [
      ['%PDF-1.7', xml, undefined, 'pdf'],
      [rendered, 42, undefined, 'xml'],
      [rendered, xml, { date: '02/03/2026' }, 'options'],
      [rendered, xml, { relationship: 'Supplement' }, 'options'],
      [rendered, xml, { lang: 'fr' }, 'options'],
    ];
    for (const [pdf, text, options, path] of cases) {
      const error = await codeOf(
        attachFacturX(pdf as Uint8Array, text as string, options as undefined),
      );
      expect(error).toMatchObject({ code: 'INVALID_INPUT' });
      expect((error as { issues: { path: unknown[] }[] }).issues[0]?.path[0]).toBe(path);
    }
  });

  it('gives the catalog of a generated PDF no second /AF entry for the same file', async () => {
    const pdf = await toFacturXPdf(multirate.document, writerOptionsOf(multirate));
    const document = await PDFDocument.load(await attachFacturX(pdf, xml));
    expect(document.catalog.lookup(PDFName.of('AF'))?.toString()).toMatch(/^\[ \d+ 0 R \]$/);
  });
});
