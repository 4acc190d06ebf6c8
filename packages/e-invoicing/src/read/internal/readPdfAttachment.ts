import {
  decodePDFRawStream,
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';
import { containsBytes } from './containsBytes.js';
import { decodeXmlBytes } from './decodeXmlBytes.js';
import { parseXml } from './parseXml.js';
import { readError } from './readError.js';
import { children, type XmlValue } from './xmlNode.js';

/** The invoice XML found in a Factur-X / ZUGFeRD PDF. */
export interface PdfAttachment {
  /** The attachment's name, as written. */
  readonly name: string;
  /** Its bytes. */
  readonly xml: Uint8Array;
  /** The `fx:ConformanceLevel` of the PDF's XMP metadata, when there is one. */
  readonly conformanceLevel?: string | undefined;
}

/** The names of the invoice attachment, in order of preference (compared in lower case). */
const INVOICE_NAMES: readonly string[] = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml'];

/** How far from the end `%%EOF` must be found. */
const EOF_WINDOW = 1024;

/** The deepest name tree and XMP tree walked. */
const MAX_DEPTH = 32;

/** The most metadata bytes read. */
const MAX_METADATA_BYTES = 1_048_576;

/** `%%EOF` */
const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46];

/** Whether `%%EOF` stands among the last bytes: a PDF cut short has lost it. */
function endsWithEofMarker(bytes: Uint8Array): boolean {
  return containsBytes(bytes, EOF_MARKER, bytes.length - EOF_WINDOW, bytes.length);
}

function textOfPdf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString
    ? object.decodeText()
    : undefined;
}

/** A file specification found in the PDF: its name and its embedded file stream. */
interface FileSpec {
  readonly name: string;
  readonly spec: PDFDict;
}

function fileSpecOf(object: PDFObject | undefined, fallbackName?: string): FileSpec | undefined {
  if (!(object instanceof PDFDict)) return undefined;
  const name =
    textOfPdf(object.lookup(PDFName.of('UF'))) ??
    textOfPdf(object.lookup(PDFName.of('F'))) ??
    fallbackName;
  return name === undefined ? undefined : { name, spec: object };
}

/** The file specifications of the `EmbeddedFiles` name tree, its kids walked to `MAX_DEPTH`. */
function namedFileSpecs(node: PDFObject | undefined, depth: number, into: FileSpec[]): void {
  if (!(node instanceof PDFDict) || depth > MAX_DEPTH) return;
  const names = node.lookup(PDFName.of('Names'));
  if (names instanceof PDFArray) {
    for (let index = 0; index + 1 < names.size(); index += 2) {
      const spec = fileSpecOf(names.lookup(index + 1), textOfPdf(names.lookup(index)));
      if (spec !== undefined) into.push(spec);
    }
  }
  const kids = node.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray) {
    for (let index = 0; index < kids.size(); index++) {
      namedFileSpecs(kids.lookup(index), depth + 1, into);
    }
  }
}

/** Every file specification of the catalog: the `EmbeddedFiles` name tree, then `/AF`. */
function fileSpecs(document: PDFDocument): readonly FileSpec[] {
  const catalog: PDFObject | undefined = document.catalog;
  if (!(catalog instanceof PDFDict)) throw new TypeError('The PDF has no catalog');
  const specs: FileSpec[] = [];
  const names = catalog.lookup(PDFName.of('Names'));
  if (names instanceof PDFDict) namedFileSpecs(names.lookup(PDFName.of('EmbeddedFiles')), 0, specs);
  const associated = catalog.lookup(PDFName.of('AF'));
  if (associated instanceof PDFArray) {
    for (let index = 0; index < associated.size(); index++) {
      const spec = fileSpecOf(associated.lookup(index));
      if (spec !== undefined) specs.push(spec);
    }
  }
  return specs;
}

/** The decoded bytes of a stream; `undefined` when they are more than `limit`. */
function decodedBytes(stream: PDFRawStream, limit: number): Uint8Array | undefined {
  const bytes = decodePDFRawStream(stream).getBytes(limit + 1);
  return bytes.length > limit ? undefined : Uint8Array.from(bytes);
}

/** The XML of the invoice attachment, refused beyond `maxXmlBytes`. */
function attachmentXml({ name, spec }: FileSpec, maxXmlBytes: number): Uint8Array {
  const embedded = spec.lookup(PDFName.of('EF'));
  const stream =
    embedded instanceof PDFDict
      ? (embedded.lookup(PDFName.of('UF')) ?? embedded.lookup(PDFName.of('F')))
      : undefined;
  if (!(stream instanceof PDFRawStream)) {
    throw readError('MALFORMED_PDF', `The attachment ${name} has no embedded file stream`);
  }
  const tooLarge = () =>
    readError(
      'ATTACHMENT_TOO_LARGE',
      `The attachment ${name} is larger than the limit of ${maxXmlBytes} bytes`,
      { details: { name, maxXmlBytes } },
    );
  const params = stream.dict.lookup(PDFName.of('Params'));
  const size = params instanceof PDFDict ? params.lookup(PDFName.of('Size')) : undefined;
  if (size instanceof PDFNumber && size.asNumber() > maxXmlBytes) throw tooLarge();
  let decoded: Uint8Array | undefined;
  try {
    decoded = decodedBytes(stream, maxXmlBytes);
  } catch (error) {
    throw readError('MALFORMED_PDF', `The attachment ${name} cannot be decoded`, {
      details: { name },
      cause: error,
    });
  }
  if (decoded === undefined) throw tooLarge();
  return decoded;
}

/** The first value of an element or attribute named `name` in an XMP tree. */
function findInXmp(node: XmlValue | undefined, name: string, depth: number): string | undefined {
  if (node === undefined || typeof node === 'string' || depth > MAX_DEPTH) return undefined;
  if (Array.isArray(node)) {
    for (const item of node as readonly XmlValue[]) {
      const found = findInXmp(item, name, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const element = node as { readonly [key: string]: XmlValue | undefined };
  const attribute = element[`@${name}`];
  if (typeof attribute === 'string') return attribute;
  const [value] = children(node, name);
  if (typeof value === 'string') return value;
  for (const [key, child] of Object.entries(element)) {
    if (key.startsWith('@') || key === '#text') continue;
    const found = findInXmp(child, name, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The `fx:ConformanceLevel` of the catalog's XMP metadata; `undefined` when it cannot be read. */
function conformanceLevel(document: PDFDocument): string | undefined {
  try {
    const metadata = document.catalog.lookup(PDFName.of('Metadata'));
    if (!(metadata instanceof PDFRawStream)) return undefined;
    const bytes = decodedBytes(metadata, MAX_METADATA_BYTES);
    if (bytes === undefined) return undefined;
    return findInXmp(parseXml(decodeXmlBytes(bytes)).root, 'ConformanceLevel', 0);
  } catch {
    return undefined;
  }
}

/**
 * Finds the invoice XML attached to a Factur-X / ZUGFeRD PDF: the
 * attachment named `factur-x.xml`, else `zugferd-invoice.xml` (any case),
 * else `xrechnung.xml`, among the catalog's `EmbeddedFiles` and `/AF` file
 * specifications; with the XMP conformance level.
 *
 * @throws {@link TpeError} `TRUNCATED_FILE` (no `%%EOF` at the end),
 *   `MALFORMED_PDF` (unreadable or encrypted), `NO_INVOICE_ATTACHMENT`,
 *   `ATTACHMENT_TOO_LARGE`
 */
export async function readPdfAttachment(
  bytes: Uint8Array,
  maxXmlBytes: number,
): Promise<PdfAttachment> {
  if (!endsWithEofMarker(bytes)) {
    throw readError('TRUNCATED_FILE', 'The PDF is cut short: it does not end with %%EOF', {
      details: { length: bytes.length },
    });
  }
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, {
      parseSpeed: ParseSpeeds.Fastest,
      throwOnInvalidObject: true,
      updateMetadata: false,
      ignoreEncryption: true,
    });
  } catch (error) {
    throw readError('MALFORMED_PDF', 'The PDF cannot be read', {
      details: { encrypted: false },
      cause: error,
    });
  }
  // Its streams, the attachment among them, cannot be read without the key.
  if (document.isEncrypted) {
    throw readError('MALFORMED_PDF', 'The PDF is encrypted', { details: { encrypted: true } });
  }
  return invoiceAttachment(document, maxXmlBytes);
}

/** The invoice attachment of a loaded PDF; any fault of its structure is `MALFORMED_PDF`. */
function invoiceAttachment(document: PDFDocument, maxXmlBytes: number): PdfAttachment {
  let specs: readonly FileSpec[];
  try {
    specs = fileSpecs(document);
  } catch (error) {
    throw readError('MALFORMED_PDF', 'The PDF catalog cannot be read', { cause: error });
  }
  for (const wanted of INVOICE_NAMES) {
    const spec = specs.find((candidate) => candidate.name.trim().toLowerCase() === wanted);
    if (spec !== undefined) {
      return {
        name: spec.name,
        xml: attachmentXml(spec, maxXmlBytes),
        conformanceLevel: conformanceLevel(document),
      };
    }
  }
  throw readError(
    'NO_INVOICE_ATTACHMENT',
    'The PDF has no invoice attachment (factur-x.xml, zugferd-invoice.xml or xrechnung.xml)',
    { details: { attachments: [...new Set(specs.map((spec) => spec.name))].slice(0, 20) } },
  );
}
