import { type PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib';
import { FACTUR_X_PROFILES } from '../../cii/FacturXProfile.js';
import type { FacturXRelationship } from '../FacturXRelationship.js';
import { addOutputIntent } from './addOutputIntent.js';
import { attachInvoiceXml, sortEmbeddedFiles } from './attachInvoiceXml.js';
import type { FacturXMetadata } from './FacturXMetadata.js';
import { facturXXmp } from './facturXXmp.js';

/** What makes a PDF a Factur-X PDF/A-3B. */
export interface FacturXParts {
  /** The CII XML, UTF-8. */
  readonly xml: Uint8Array;
  readonly relationship: FacturXRelationship;
  readonly metadata: FacturXMetadata;
  /** The two elements of the trailer `/ID` in hexadecimal: the permanent one, then this version's. */
  readonly id: readonly [string, string];
}

/** The Info dictionary, with the values the XMP metadata repeats. */
function writeDocumentInfo(document: PDFDocument, metadata: FacturXMetadata): void {
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author !== undefined) document.setAuthor(metadata.author);
  if (metadata.subject !== undefined) document.setSubject(metadata.subject);
  if (metadata.keywords !== undefined) document.setKeywords([metadata.keywords]);
  if (metadata.creator !== undefined) document.setCreator(metadata.creator);
  document.setProducer(metadata.producer);
  document.setCreationDate(metadata.creationDate);
  document.setModificationDate(metadata.modificationDate);
}

/** The XMP metadata stream of the catalog, uncompressed so that any reader finds it; the old one is dropped. */
function writeXmp(document: PDFDocument, metadata: FacturXMetadata): void {
  const { catalog, context } = document;
  const previous = catalog.get(PDFName.of('Metadata'));
  if (previous instanceof PDFRef) context.delete(previous);
  const stream = context.stream(new TextEncoder().encode(facturXXmp(metadata)), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  catalog.set(PDFName.of('Metadata'), context.register(stream));
}

/**
 * The steps shared by the Factur-X writers, on a document whose pages are
 * drawn: attaches the XML (`factur-x.xml`, `/AF`), writes the Info
 * dictionary and the XMP metadata with the Factur-X extension, adds the sRGB
 * output intent when missing, sets the trailer `/ID`, and saves with a
 * classic cross-reference table. Nothing here reads the clock: every date
 * and identifier comes from `parts`.
 */
export async function saveFacturX(document: PDFDocument, parts: FacturXParts): Promise<Uint8Array> {
  const { metadata } = parts;
  await attachInvoiceXml(document, {
    xml: parts.xml,
    relationship: parts.relationship,
    date: metadata.modificationDate,
    description: `Factur-X ${FACTUR_X_PROFILES[metadata.profile].conformanceLevel}`,
  });
  writeDocumentInfo(document, metadata);
  writeXmp(document, metadata);
  addOutputIntent(document);
  const [permanent, version] = parts.id;
  document.context.trailerInfo.ID = document.context.obj([
    PDFHexString.of(permanent),
    PDFHexString.of(version),
  ]);
  await document.flush();
  sortEmbeddedFiles(document);
  return document.save({ useObjectStreams: false, addDefaultPage: false });
}
