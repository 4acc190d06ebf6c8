import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCII } from '../cii/toCII.js';
import { attachFacturX } from '../pdf/attachFacturX.js';
import { embedInvoiceFonts } from '../pdf/internal/layout/InvoiceFonts.js';
import { inspectPdf, longInvoice, thousandsInvoice } from '../pdf/testFiles.js';
import { toFacturXPdf } from '../pdf/toFacturXPdf.js';
import {
  ENGINE_FLAGS,
  JAVA_SAXON,
  runValidator,
  runValidatorScript,
  type ScriptRun,
  type ValidatorRun,
  writeTemporaryFiles,
} from './runValidator.js';
import { plainInvoice, sampleInvoices, sampleNamed, writerOptionsOf } from './sampleInvoices.js';

/**
 * Every Factur-X PDF the package writes, through the official structural
 * check vendored in tools/validators (`check-facturx-pdf.sh`: `qpdf --check`,
 * the XMP PDF/A and Factur-X properties and extension schema, the
 * `factur-x.xml` attachment, its relationship, MIME type and `/AF` entry,
 * the output intent, the XMP level against BT-24, the XSD of the extracted
 * XML). Needs poppler-utils, qpdf and xmllint. One run per PDF, three at a
 * time, with its schematron step left to one run of `validate-cii.sh` over
 * all the attached XMLs (the rules the script would pick, `-p auto`): a
 * schematron run per file would start Java twenty times.
 */

const REPOSITORY = fileURLToPath(new URL('../../../../', import.meta.url));
const FIXTURE = join(
  REPOSITORY,
  'tools/validators/artifacts/factur-x/tests/fixtures/pdf/invoice_EN16931.pdf',
);
const CONCURRENCY = 3;

/** Runs `check-facturx-pdf.sh` on one PDF, with the engines the validators use here. */
function checkPdf(path: string, flags: readonly string[]): Promise<ScriptRun> {
  return runValidatorScript('check-facturx-pdf.sh', [path, ...ENGINE_FLAGS, ...flags]);
}

/** A PDF an application renders itself: one page, an embedded font. */
async function renderedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedInvoiceFonts(document);
  document.addPage().drawText('Facture F2026-000120', {
    x: 50,
    y: 700,
    size: 12,
    font: fonts.regular.font,
  });
  return document.save();
}

/** The PDFs to check, by name (no spaces: the validator reports by file name). */
async function writtenPdfs(): Promise<ReadonlyMap<string, Uint8Array>> {
  const pdfs = new Map<string, Uint8Array>();
  for (const sample of sampleInvoices) {
    pdfs.set(sample.name, await toFacturXPdf(sample.document, writerOptionsOf(sample)));
  }
  for (const profile of ['MINIMUM', 'BASIC WL', 'BASIC', 'EXTENDED'] as const) {
    pdfs.set(`plain-${profile.replace(' ', '-')}`, await toFacturXPdf(plainInvoice, { profile }));
  }
  pdfs.set('alternative', await toFacturXPdf(plainInvoice, { relationship: 'Alternative' }));
  pdfs.set('thousands', await toFacturXPdf(thousandsInvoice));
  pdfs.set('long-invoice', await toFacturXPdf(longInvoice));
  const multirate = sampleNamed('invoice-goods-multirate');
  const xml = toCII(multirate.document, writerOptionsOf(multirate));
  pdfs.set('attached-to-rendered', await attachFacturX(await renderedPdf(), xml));
  pdfs.set('attached-to-fixture', await attachFacturX(new Uint8Array(readFileSync(FIXTURE)), xml));
  return pdfs;
}

/** The PDFs whose XML is EXTENDED. */
const EXTENDED = new Set(['plain-EXTENDED']);

const checks = new Map<string, ScriptRun>();
const rules = new Map<string, ValidatorRun>();
let names: readonly string[] = [];

beforeAll(async () => {
  const pdfs = await writtenPdfs();
  names = [...pdfs.keys()];
  const folder = mkdtempSync(join(tmpdir(), 'tpe-e-invoicing-pdf-'));
  const queue = [...pdfs];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const [name, pdf] = next;
      const path = join(folder, `${name}.pdf`);
      writeFileSync(path, pdf);
      checks.set(name, await checkPdf(path, ['--no-schematron']));
    }
  };
  const attached = new Map<string, string>();
  for (const [name, pdf] of pdfs) {
    const { attachments } = await inspectPdf(pdf);
    const xml = attachments.find((attachment) => attachment.name === 'factur-x.xml');
    attached.set(name, xml?.content ?? '');
  }
  const batch = (extended: boolean) =>
    new Map([...attached].filter(([name]) => EXTENDED.has(name) === extended));
  await Promise.all([
    ...Array.from({ length: CONCURRENCY }, worker),
    runValidator({ profile: 'auto' }, writeTemporaryFiles('pdf-xml', batch(false))).then((run) =>
      rules.set('others', run),
    ),
    // SaxonJS cannot run the Factur-X EXTENDED schematron: without Java, its XSD only.
    runValidator(
      { profile: 'auto', flags: JAVA_SAXON ? [] : ['--no-schematron'] },
      writeTemporaryFiles('pdf-xml-extended', batch(true)),
    ).then((run) => rules.set('extended', run)),
  ]);
}, 900_000);

describe('the official Factur-X PDF check (tools/validators/check-facturx-pdf.sh)', () => {
  it('passes every PDF the package writes', () => {
    expect(names.length).toBeGreaterThanOrEqual(sampleInvoices.length + 8);
    for (const name of names) {
      const check = checks.get(name);
      expect(check?.output, name).toContain('PDF RESULT: PASS');
      expect(check?.exitCode, `${name}\n${check?.output}`).toBe(0);
    }
  });

  it('passes the official rules on the XML attached to each of them', () => {
    const verdicts = new Map([
      ...(rules.get('others')?.verdicts ?? []),
      ...(rules.get('extended')?.verdicts ?? []),
    ]);
    expect(verdicts.size, rules.get('others')?.output).toBe(names.length);
    for (const [name, verdict] of verdicts) {
      expect(verdict.pass, `${name}\n${verdict.report}`).toBe(true);
    }
  });

  it('checked each profile, the attachment relationship and the other attachments', () => {
    const level = (name: string) =>
      /XMP fx: .* ConformanceLevel=(.+)$/m.exec(checks.get(name)?.output ?? '')?.[1];
    expect(level('invoice-goods-multirate')).toBe('EN 16931');
    expect(level('plain-MINIMUM')).toBe('MINIMUM');
    expect(level('plain-BASIC-WL')).toBe('BASIC WL');
    expect(level('plain-BASIC')).toBe('BASIC');
    expect(level('plain-EXTENDED')).toBe('EXTENDED');
    expect(checks.get('alternative')?.output).toContain(
      'AFRelationship of factur-x.xml = /Alternative',
    );
    expect(checks.get('attached-to-fixture')?.output).toContain('Bon_de_livraison.pdf');
    expect(checks.get('invoice-goods-multirate')?.output).toMatch(/XSD: +OK .*\n.*RESULT: PASS\n/);
  });
});
