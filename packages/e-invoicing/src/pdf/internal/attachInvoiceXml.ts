import {
  AFRelationship,
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import type { FacturXRelationship } from '../FacturXRelationship.js';
import { FACTUR_X_FILE_NAME } from './facturXXmp.js';

/** The deepest name tree walked. */
const MAX_DEPTH = 32;

const RELATIONSHIPS: Readonly<Record<FacturXRelationship, AFRelationship>> = {
  Data: AFRelationship.Data,
  Alternative: AFRelationship.Alternative,
  Source: AFRelationship.Source,
};

/** An entry of the `EmbeddedFiles` name tree: its key and its file specification. */
interface NamedFile {
  readonly name: PDFString | PDFHexString;
  readonly spec: PDFObject;
}

function textOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString
    ? object.decodeText()
    : undefined;
}

/** Whether a file specification names the Factur-X XML (any case). */
function isFacturXSpec(document: PDFDocument, spec: PDFObject | undefined): boolean {
  const dict = spec instanceof PDFRef ? document.context.lookup(spec) : spec;
  if (!(dict instanceof PDFDict)) return false;
  const name = textOf(dict.lookup(PDFName.of('UF'))) ?? textOf(dict.lookup(PDFName.of('F')));
  return name?.trim().toLowerCase() === FACTUR_X_FILE_NAME;
}

/** The entries of a name tree node and its kids; the kid nodes are collected to be deleted. */
function collectNames(
  document: PDFDocument,
  node: PDFObject | undefined,
  depth: number,
  entries: NamedFile[],
  kids: PDFRef[],
): void {
  if (!(node instanceof PDFDict) || depth > MAX_DEPTH) return;
  const names = node.lookup(PDFName.of('Names'));
  if (names instanceof PDFArray) {
    for (let index = 0; index + 1 < names.size(); index += 2) {
      const name = names.lookup(index);
      const spec = names.get(index + 1);
      if ((name instanceof PDFString || name instanceof PDFHexString) && spec !== undefined) {
        entries.push({ name, spec });
      }
    }
  }
  const children = node.lookup(PDFName.of('Kids'));
  if (!(children instanceof PDFArray)) return;
  for (let index = 0; index < children.size(); index++) {
    const child = children.get(index);
    if (child instanceof PDFRef) kids.push(child);
    collectNames(document, document.context.lookup(child), depth + 1, entries, kids);
  }
}

/** Deletes a file specification and its embedded file streams from the document. */
function deleteSpec(document: PDFDocument, spec: PDFObject): void {
  if (!(spec instanceof PDFRef)) return;
  const dict = document.context.lookup(spec);
  const embedded = dict instanceof PDFDict ? dict.lookup(PDFName.of('EF')) : undefined;
  if (embedded instanceof PDFDict) {
    for (const key of ['F', 'UF']) {
      const stream = embedded.get(PDFName.of(key));
      if (stream instanceof PDFRef) document.context.delete(stream);
    }
  }
  document.context.delete(spec);
}

/**
 * Takes out every `factur-x.xml` already attached (from the `EmbeddedFiles`
 * name tree, flattened into one sorted leaf, and from the catalog's `/AF`),
 * so that the document ends with exactly one; other attachments stay.
 */
function removeFacturXAttachments(document: PDFDocument): void {
  const { catalog, context } = document;
  const associated = catalog.lookup(PDFName.of('AF'));
  if (associated instanceof PDFArray) {
    for (let index = associated.size() - 1; index >= 0; index--) {
      if (isFacturXSpec(document, associated.get(index))) associated.remove(index);
    }
  }
  const names = catalog.lookup(PDFName.of('Names'));
  if (!(names instanceof PDFDict)) return;
  const entries: NamedFile[] = [];
  const kids: PDFRef[] = [];
  const tree = names.get(PDFName.of('EmbeddedFiles'));
  collectNames(document, context.lookup(tree), 0, entries, kids);
  const kept = entries.filter((entry) => !isFacturXSpec(document, entry.spec));
  for (const entry of entries) if (!kept.includes(entry)) deleteSpec(document, entry.spec);
  for (const kid of kids) context.delete(kid);
  if (tree instanceof PDFRef) context.delete(tree);
  names.set(
    PDFName.of('EmbeddedFiles'),
    context.obj({ Names: kept.flatMap((entry) => [entry.name, entry.spec]) }),
  );
}

/** Sorts the `EmbeddedFiles` names, as a name tree requires (pdf-lib appends). */
export function sortEmbeddedFiles(document: PDFDocument): void {
  const names = document.catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('EmbeddedFiles')) : undefined;
  const leaf = tree instanceof PDFDict ? tree.lookup(PDFName.of('Names')) : undefined;
  if (!(leaf instanceof PDFArray)) return;
  const entries: { readonly key: string; readonly name: PDFObject; readonly spec: PDFObject }[] =
    [];
  for (let index = 0; index + 1 < leaf.size(); index += 2) {
    const name = leaf.get(index);
    const spec = leaf.get(index + 1);
    if (name !== undefined && spec !== undefined) {
      entries.push({ key: textOf(leaf.lookup(index)) ?? '', name, spec });
    }
  }
  entries.sort((first, second) => (first.key < second.key ? -1 : first.key > second.key ? 1 : 0));
  while (leaf.size() > 0) leaf.remove(0);
  for (const entry of entries) {
    leaf.push(entry.name);
    leaf.push(entry.spec);
  }
}

/** How the invoice XML is attached. */
export interface InvoiceAttachment {
  readonly xml: Uint8Array;
  readonly relationship: FacturXRelationship;
  /** The modification date of the embedded file (`/Params /ModDate`). */
  readonly date: Date;
  readonly description: string;
}

/**
 * Attaches the invoice XML as `factur-x.xml`, MIME type `text/xml`, with its
 * relationship, replacing any `factur-x.xml` already there: pdf-lib writes
 * the file specification into the `EmbeddedFiles` name tree and the
 * catalog's `/AF` array (PDF/A-3 associated files).
 */
export function attachInvoiceXml(
  document: PDFDocument,
  attachment: InvoiceAttachment,
): Promise<void> {
  removeFacturXAttachments(document);
  return document.attach(attachment.xml, FACTUR_X_FILE_NAME, {
    mimeType: 'text/xml',
    description: attachment.description,
    creationDate: attachment.date,
    modificationDate: attachment.date,
    afRelationship: RELATIONSHIPS[attachment.relationship],
  });
}
