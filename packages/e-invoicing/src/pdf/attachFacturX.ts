import { isoDateSchema, isTpeError, parseWithSchema, TpeError } from '@tpe/core';
import { PDFArray, PDFDocument, PDFHexString, type PDFObject, PDFString } from 'pdf-lib';
import { z } from 'zod';
import {
  FACTUR_X_PROFILES,
  type FacturXProfile,
  facturXProfileSchema,
} from '../cii/FacturXProfile.js';
import { readInvoiceXml } from '../read/readInvoiceXml.js';
import { type FacturXRelationship, facturXRelationshipSchema } from './FacturXRelationship.js';
import { documentId } from './internal/documentId.js';
import { FACTUR_X_PRODUCER } from './internal/FacturXMetadata.js';
import { relationshipFor } from './internal/relationshipFor.js';
import { saveFacturX } from './internal/saveFacturX.js';

/**
 * Options of {@link attachFacturX}.
 *
 * @category Factur-X
 * @since 0.1.0
 */
export interface AttachFacturXOptions {
  /**
   * The profile the XML must have: refused when its specification
   * identifier (BT-24) names another one. Without it, the profile is read
   * from the XML.
   */
  readonly profile?: FacturXProfile | undefined;
  /** The `/AFRelationship` of `factur-x.xml`; `'Data'` by default. */
  readonly relationship?: FacturXRelationship | undefined;
  /**
   * The modification date written in the file (`YYYY-MM-DD`); the issue
   * date of the invoice (BT-2) by default. The creation date of the PDF is
   * kept when it has one.
   */
  readonly date?: string | undefined;
}

/**
 * A zod schema for {@link AttachFacturXOptions}.
 *
 * @example
 * ```ts
 * import { attachFacturXOptionsSchema } from '@tpe/e-invoicing';
 *
 * attachFacturXOptionsSchema.safeParse({ profile: 'EN16931', date: '2026-03-02' }).success; // true
 * attachFacturXOptionsSchema.safeParse({ date: '02/03/2026' }).success; // false
 * ```
 *
 * @category Factur-X
 * @since 0.1.0
 */
export const attachFacturXOptionsSchema: z.ZodType<AttachFacturXOptions> = z.strictObject({
  profile: facturXProfileSchema.optional(),
  relationship: facturXRelationshipSchema.optional(),
  date: isoDateSchema.optional(),
});

const inputSchema = z.strictObject({
  pdf: z.instanceof(Uint8Array),
  xml: z.union([z.string(), z.instanceof(Uint8Array)]),
  options: attachFacturXOptionsSchema.optional(),
});

/** How far into a file the PDF header `%PDF-` is looked for, as readers do. */
const PDF_HEADER_WINDOW = 1024;

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PDF_HEADER_WINDOW));
  return head.includes('%PDF-');
}

async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  if (!hasPdfHeader(bytes)) {
    throw new TpeError('MALFORMED_PDF', 'Not a PDF: no %PDF- header', {
      details: { encrypted: false },
    });
  }
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch (error) {
    throw new TpeError('MALFORMED_PDF', 'The PDF cannot be read', {
      details: { encrypted: false },
      cause: error,
    });
  }
  if (document.isEncrypted) {
    throw new TpeError('MALFORMED_PDF', 'The PDF is encrypted', { details: { encrypted: true } });
  }
  return document;
}

/** What `read` returns, `undefined` when the PDF holds something else than it should there. */
function readSafely<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The bytes of a string of the trailer `/ID`, in hexadecimal. */
function hexOf(object: PDFObject | undefined): string | undefined {
  const hex =
    object instanceof PDFHexString
      ? object.asString().toLowerCase()
      : object instanceof PDFString
        ? Array.from(object.asBytes(), (byte) => byte.toString(16).padStart(2, '0')).join('')
        : undefined;
  return hex === '' || hex === undefined || !/^[0-9a-f]+$/.test(hex) ? undefined : hex;
}

/** The Factur-X profile of the XML, checked against the expected one. */
function profileOfXml(xml: string | Uint8Array, expected: FacturXProfile | undefined) {
  const invoice = readInvoiceXml(xml);
  const { profile } = invoice;
  if (invoice.syntax !== 'CII' || profile === undefined) {
    throw new TpeError(
      'NOT_FACTUR_X_XML',
      invoice.syntax === 'CII'
        ? `The specification identifier ${invoice.specificationId ?? '(none)'} names no Factur-X profile`
        : 'A Factur-X PDF carries CII, not UBL',
      { details: { syntax: invoice.syntax, specificationId: invoice.specificationId } },
    );
  }
  if (expected !== undefined && expected !== profile) {
    const message = `The XML is of the ${profile} profile (BT-24), not ${expected}`;
    throw new TpeError('INVALID_INPUT', message, {
      issues: [{ path: ['options', 'profile'], code: 'profile_mismatch', message }],
      details: { profile, expected },
    });
  }
  return { invoice, profile };
}

/**
 * Makes a PDF you rendered yourself a Factur-X PDF: attaches the CII XML as
 * `factur-x.xml` and writes what Factur-X asks of the file around it.
 *
 * **When to use**: your application already prints its invoices (its own
 * layout, a template engine) and you want to send them as Factur-X with the
 * XML of {@link toCII}; otherwise {@link toFacturXPdf} writes the whole
 * file.
 *
 * **What it does**: checks that the XML is a CII invoice of a Factur-X
 * profile (read by {@link readInvoiceXml}, profile from BT-24, compared with
 * `options.profile`); attaches it as `factur-x.xml` (MIME type `text/xml`,
 * the relationship asked for, in the `EmbeddedFiles` name tree and the
 * catalog's `/AF`), replacing a `factur-x.xml` already there and keeping
 * the other attachments; writes the XMP metadata (PDF/A-3B identification,
 * the Factur-X extension schema and properties, `fx:ConformanceLevel` of
 * the profile) from the PDF's document information, with the same values
 * in the Info dictionary; adds the sRGB output intent when the PDF has no
 * PDF/A output intent; sets the trailer `/ID` (the first element kept).
 * Deterministic: the same PDF, XML and options give the same bytes.
 *
 * **What it does not guarantee**: PDF/A conformance of the pages. Fonts
 * that are not embedded, transparency, colours outside RGB without their
 * profile, JavaScript, actions or annotations of the input stay as they
 * are: render a PDF/A-3 (or at least fonts embedded, no transparency) for a
 * conforming result. The XMP properties of the input beyond the document
 * information are replaced. The PDF is rewritten whole: a signature of the
 * input does not survive. The XML is not validated beyond being a CII
 * invoice: look at the `findings` of {@link readInvoiceXml} first.
 *
 * @param pdf - the PDF bytes
 * @param xml - the CII XML, as text or UTF-8 bytes (attached byte for byte)
 * @param options - the expected profile, the relationship, the date
 * @returns a promise of the Factur-X PDF bytes
 * @throws {@link TpeError} (as a rejection) `INVALID_INPUT` (paths under
 *   `pdf`, `xml`, `options`; `profile_mismatch`,
 *   `relationship_not_allowed`), `MALFORMED_PDF` (not a PDF, unreadable,
 *   `details.encrypted` for an encrypted one), `NOT_FACTUR_X_XML`, and those
 *   of {@link readInvoiceXml} (`MALFORMED_XML`, `FORBIDDEN_XML_CONSTRUCT`,
 *   `UNSUPPORTED_FORMAT`, `INVALID_INVOICE`…)
 *
 * @example
 * ```ts
 * import { attachFacturX, toCII } from '@tpe/e-invoicing';
 * import type { CommercialDocument } from '@tpe/invoicing';
 *
 * async function facturX(rendered: Uint8Array, invoice: CommercialDocument): Promise<Uint8Array> {
 *   return attachFacturX(rendered, toCII(invoice), { profile: 'EN16931' });
 * }
 * ```
 *
 * @see ISO 19005-3 (PDF/A-3) 6.6 and 6.8; Factur-X 1.0.07 (FNFE-MPE / FeRD)
 * @category Factur-X
 * @since 0.1.0
 */
export async function attachFacturX(
  pdf: Uint8Array,
  xml: string | Uint8Array,
  options?: AttachFacturXOptions,
): Promise<Uint8Array> {
  const input = parseWithSchema(inputSchema, { pdf, xml, options });
  const { invoice, profile } = profileOfXml(input.xml, input.options?.profile);
  const relationship = relationshipFor(profile, input.options?.relationship);
  const xmlBytes = typeof input.xml === 'string' ? new TextEncoder().encode(input.xml) : input.xml;
  const document = await loadPdf(input.pdf);

  const date = new Date(`${input.options?.date ?? invoice.issueDate}T00:00:00Z`);
  const previousId = document.context.lookup(document.context.trailerInfo.ID);
  const permanent =
    (previousId instanceof PDFArray ? hexOf(previousId.lookup(0)) : undefined) ??
    (await documentId(input.pdf));
  const version = await documentId(input.pdf, xmlBytes);
  try {
    return await saveFacturX(document, {
      xml: xmlBytes,
      relationship,
      id: [permanent, version],
      metadata: {
        profile,
        title: readSafely(() => document.getTitle()) ?? `Facture ${invoice.number}`,
        author: readSafely(() => document.getAuthor()) ?? invoice.seller.name,
        subject: readSafely(() => document.getSubject()),
        keywords:
          readSafely(() => document.getKeywords()) ??
          `Factur-X, ${FACTUR_X_PROFILES[profile].conformanceLevel}`,
        creator: readSafely(() => document.getCreator()),
        producer: FACTUR_X_PRODUCER,
        creationDate: readSafely(() => document.getCreationDate()) ?? date,
        modificationDate: date,
      },
    });
  } catch (error) {
    if (isTpeError(error)) throw error;
    throw new TpeError('MALFORMED_PDF', 'The PDF cannot be rewritten', {
      details: { encrypted: false },
      cause: error,
    });
  }
}
