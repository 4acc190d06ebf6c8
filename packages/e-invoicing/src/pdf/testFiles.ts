import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommercialDocument, DocumentLine } from '@tpe/invoicing';
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import { businessCustomer, companySeller } from '../validation/sampleInvoices.js';

/**
 * Invoices and tools for the tests of the Factur-X PDF writers (not
 * shipped): a one-line invoice whose total is 1 234,56 €, a long invoice
 * that takes several pages, and `pdftotext` of poppler-utils.
 */

const base = {
  kind: 'invoice',
  status: 'issued',
  currency: 'EUR',
  issueDate: '2026-03-02',
  dueDate: '2026-04-01',
  seller: companySeller,
  customer: businessCustomer,
} as const;

/** One line of 1 028,80 € at 20 %: VAT 205,76 €, total 1 234,56 € (1028.80 × 1.2 = 1234.56). */
export const thousandsInvoice: CommercialDocument = {
  ...base,
  id: 'inv-1234',
  number: 'F2026-000300',
  lines: [
    {
      id: '1',
      itemReference: 'TABLE-07',
      label: 'Table de ferme en chêne, plateau 220 × 90 cm',
      quantity: '1',
      unitCode: 'C62',
      unitPrice: '1028.80',
      vat: { category: 'S', rate: '20' },
      nature: 'goods',
    },
  ],
};

/** A line of the long invoice: a label long enough to wrap, prices in cents. */
function longLine(index: number): DocumentLine {
  return {
    id: String(index),
    itemReference: `REF-${String(index).padStart(3, '0')}`,
    label: `Article n° ${index} — étagère murale sur mesure en frêne huilé, fixations invisibles et chevilles fournies`,
    description: index % 3 === 0 ? 'Finition à l’huile dure, teinte « naturel »' : undefined,
    quantity: String((index % 4) + 1),
    unitCode: 'C62',
    unitPrice: `${10 + index}.50`,
    vat: { category: 'S', rate: index % 2 === 0 ? '20' : '10' },
    nature: 'goods',
  };
}

/** 40 lines at two VAT rates, long labels: four pages. */
export const longInvoice: CommercialDocument = {
  ...base,
  id: 'inv-long',
  number: 'F2026-000301',
  lines: Array.from({ length: 40 }, (_, index) => longLine(index + 1)),
};

/** The text of a PDF as `pdftotext -layout` reads it (poppler-utils), pages separated by form feeds. */
export function pdfText(pdf: Uint8Array): string {
  const folder = mkdtempSync(join(tmpdir(), 'tpe-e-invoicing-pdf-'));
  const path = join(folder, 'invoice.pdf');
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** An attachment of a PDF as the tests read it back. */
export interface AttachmentInspection {
  readonly name: string;
  readonly mimeType: string | undefined;
  readonly relationship: string | undefined;
  readonly modDate: string | undefined;
  readonly content: string;
}

/** A font dictionary of a PDF, and whether its program is embedded. */
export interface FontInspection {
  readonly baseFont: string;
  readonly subtype: string;
  readonly embedded: boolean;
}

/** What the tests check in a Factur-X PDF, read back with pdf-lib. */
export interface PdfInspection {
  /** The files of the `EmbeddedFiles` name tree, in its order. */
  readonly attachments: readonly AttachmentInspection[];
  /** The file names the catalog's `/AF` refers to. */
  readonly associatedFiles: readonly string[];
  readonly xmp: string;
  readonly outputIntents: readonly {
    readonly subtype: string | undefined;
    readonly components: number | undefined;
  }[];
  readonly fonts: readonly FontInspection[];
  readonly info: Readonly<Record<string, string>>;
  /** The trailer `/ID`, hexadecimal. */
  readonly id: readonly string[];
  readonly lang: string | undefined;
  readonly marked: boolean | undefined;
  readonly encrypted: boolean;
  /** Whether any object is a JavaScript action or the catalog has a JavaScript name tree. */
  readonly javaScript: boolean;
  /** Whether any object sets an opacity, a soft mask or a transparency group. */
  readonly transparency: boolean;
  readonly pageCount: number;
}

function textOfObject(object: PDFObject | undefined): string | undefined {
  if (object instanceof PDFString || object instanceof PDFHexString) return object.decodeText();
  if (object instanceof PDFName) {
    return object
      .decodeText()
      .replace(/#([0-9a-f]{2})/gi, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
  }
  return undefined;
}

function fileSpecName(spec: PDFObject | undefined): string | undefined {
  return spec instanceof PDFDict
    ? (textOfObject(spec.lookup(PDFName.of('UF'))) ?? textOfObject(spec.lookup(PDFName.of('F'))))
    : undefined;
}

function attachmentOf(name: string, spec: PDFObject | undefined): AttachmentInspection {
  const dict = spec instanceof PDFDict ? spec : undefined;
  const embedded = dict?.lookup(PDFName.of('EF'));
  const stream = embedded instanceof PDFDict ? embedded.lookup(PDFName.of('F')) : undefined;
  const params =
    stream instanceof PDFRawStream ? stream.dict.lookup(PDFName.of('Params')) : undefined;
  return {
    name,
    mimeType:
      stream instanceof PDFRawStream
        ? textOfObject(stream.dict.get(PDFName.of('Subtype')))
        : undefined,
    relationship: textOfObject(dict?.get(PDFName.of('AFRelationship'))),
    modDate:
      params instanceof PDFDict ? textOfObject(params.lookup(PDFName.of('ModDate'))) : undefined,
    content:
      stream instanceof PDFRawStream
        ? new TextDecoder().decode(decodePDFRawStream(stream).decode())
        : '',
  };
}

function fontOf(dict: PDFDict): FontInspection {
  const subtype = textOfObject(dict.get(PDFName.of('Subtype'))) ?? '';
  const descendants = dict.lookup(PDFName.of('DescendantFonts'));
  const program = descendants instanceof PDFArray ? descendants.lookup(0) : dict;
  const descriptor =
    program instanceof PDFDict ? program.lookup(PDFName.of('FontDescriptor')) : undefined;
  return {
    baseFont: textOfObject(dict.get(PDFName.of('BaseFont'))) ?? '',
    subtype,
    embedded:
      descriptor instanceof PDFDict &&
      ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key))),
  };
}

/** Reads back the structure of a PDF that the Factur-X checks look at. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const { catalog, context } = document;
  const names = catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('EmbeddedFiles')) : undefined;
  const leaf = tree instanceof PDFDict ? tree.lookup(PDFName.of('Names')) : undefined;
  const attachments: AttachmentInspection[] = [];
  if (leaf instanceof PDFArray) {
    for (let index = 0; index + 1 < leaf.size(); index += 2) {
      attachments.push(
        attachmentOf(textOfObject(leaf.lookup(index)) ?? '', leaf.lookup(index + 1)),
      );
    }
  }
  const associated = catalog.lookup(PDFName.of('AF'));
  const associatedFiles: string[] = [];
  if (associated instanceof PDFArray) {
    for (let index = 0; index < associated.size(); index++) {
      associatedFiles.push(fileSpecName(associated.lookup(index)) ?? '');
    }
  }
  const metadata = catalog.lookup(PDFName.of('Metadata'));
  const intents = catalog.lookup(PDFName.of('OutputIntents'));
  const outputIntents = [];
  if (intents instanceof PDFArray) {
    for (let index = 0; index < intents.size(); index++) {
      const intent = intents.lookup(index);
      const profile =
        intent instanceof PDFDict ? intent.lookup(PDFName.of('DestOutputProfile')) : undefined;
      const components =
        profile instanceof PDFRawStream ? profile.dict.lookup(PDFName.of('N')) : undefined;
      outputIntents.push({
        subtype: intent instanceof PDFDict ? textOfObject(intent.get(PDFName.of('S'))) : undefined,
        components: components instanceof PDFNumber ? components.asNumber() : undefined,
      });
    }
  }
  const fonts: FontInspection[] = [];
  let javaScript = names instanceof PDFDict && names.has(PDFName.of('JavaScript'));
  let transparency = false;
  for (const [, object] of context.enumerateIndirectObjects()) {
    const dict =
      object instanceof PDFDict ? object : object instanceof PDFRawStream ? object.dict : undefined;
    if (dict === undefined) continue;
    const subtype = dict.get(PDFName.of('Subtype'));
    const descendant =
      subtype === PDFName.of('CIDFontType0') || subtype === PDFName.of('CIDFontType2');
    if (dict.get(PDFName.of('Type')) === PDFName.of('Font') && !descendant) {
      fonts.push(fontOf(dict));
    }
    if (dict.get(PDFName.of('S')) === PDFName.of('JavaScript') || dict.has(PDFName.of('JS')))
      javaScript = true;
    if (['CA', 'ca', 'SMask', 'Group'].some((key) => dict.has(PDFName.of(key))))
      transparency = true;
  }
  const infoDict = context.lookup(context.trailerInfo.Info);
  const info: Record<string, string> = {};
  if (infoDict instanceof PDFDict) {
    for (const [key, value] of infoDict.entries()) {
      const text = textOfObject(value instanceof PDFRef ? context.lookup(value) : value);
      if (text !== undefined) info[key.decodeText()] = text;
    }
  }
  const ids = context.lookup(context.trailerInfo.ID);
  const id: string[] = [];
  if (ids instanceof PDFArray) {
    for (let index = 0; index < ids.size(); index++) {
      const part = ids.lookup(index);
      if (part instanceof PDFHexString) id.push(part.asString().toLowerCase());
    }
  }
  const markInfo = catalog.lookup(PDFName.of('MarkInfo'));
  const marked = markInfo instanceof PDFDict ? markInfo.lookup(PDFName.of('Marked')) : undefined;
  return {
    attachments,
    associatedFiles,
    xmp:
      metadata instanceof PDFRawStream
        ? new TextDecoder().decode(decodePDFRawStream(metadata).decode())
        : '',
    outputIntents,
    fonts,
    info,
    id,
    lang: textOfObject(catalog.lookup(PDFName.of('Lang'))),
    marked: marked instanceof PDFBool ? marked.asBoolean() : undefined,
    encrypted: context.trailerInfo.Encrypt !== undefined,
    javaScript,
    transparency,
    pageCount: document.getPageCount(),
  };
}

/** The text of an XMP property, `<prefix:Name>value</prefix:Name>`. */
export function xmpValue(xmp: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xmp)?.[1];
}
