import { type Attributes, escapeXml } from './xmlMarkup.js';

/**
 * The writer of the e-invoices (CII, UBL): elements are written one after
 * the other in document order, which is the order the XSD sequences of CII
 * and UBL require; their pieces are kept in a list and joined once at the
 * end, so that no intermediate string is built. Every text and attribute
 * value is escaped by `escapeXml`.
 */
export interface XmlWriter {
  /** The pieces written so far, in order. */
  readonly parts: string[];
}

/** A new document: the XML declaration written. */
export function xmlWriter(): XmlWriter {
  return { parts: ['<?xml version="1.0" encoding="UTF-8"?>\n'] };
}

/**
 * Writes `<name attribute="…">value</name>`; nothing when `value` is
 * `undefined`, no attribute when its value is.
 */
export function text(
  out: XmlWriter,
  name: string,
  value: string | undefined,
  attribute?: string,
  attributeValue?: string,
): void {
  if (value === undefined) return;
  const { parts } = out;
  parts.push('<', name);
  if (attribute !== undefined && attributeValue !== undefined) {
    parts.push(' ', attribute, '="', escapeXml(attributeValue), '"');
  }
  parts.push('>', escapeXml(value), '</', name, '>');
}

/**
 * Opens the element `name`, with its attributes (those whose value is
 * defined), and returns where it starts, for {@link closeOptional}.
 */
export function open(out: XmlWriter, name: string, attributes?: Attributes): number {
  const { parts } = out;
  const start = parts.length;
  parts.push('<', name);
  if (attributes !== undefined) {
    for (const attribute in attributes) {
      const value = attributes[attribute];
      if (value !== undefined) parts.push(' ', attribute, '="', escapeXml(value), '"');
    }
  }
  parts.push('>');
  return start;
}

/** Closes the element `name`. */
export function close(out: XmlWriter, name: string): void {
  out.parts.push('</', name, '>');
}

/**
 * Closes the element `name` opened without attributes at `start`, or
 * removes it when nothing was written in it.
 */
export function closeOptional(out: XmlWriter, name: string, start: number): void {
  // `<`, the name and `>`: the start tag alone
  if (out.parts.length === start + 3) out.parts.length = start;
  else close(out, name);
}

/** Ends the document with a line break and gives it as one (flat) string. */
export function writtenXml(out: XmlWriter): string {
  out.parts.push('\n');
  return out.parts.join('');
}
