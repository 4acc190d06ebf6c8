import { type Attributes, escapeXml } from './xmlMarkup.js';

/**
 * The writer of the e-invoices (CII, UBL): elements are written one after
 * the other in document order, which is the order the XSD sequences of CII
 * and UBL require; their pieces are kept in a list and joined once at the
 * end, so that no intermediate string is built. Every text and attribute
 * value is escaped by `escapeXml`.
 */
export interface XmlWriter {
  /**
   * Writes `<name attribute="…">value</name>`; nothing when `value` is
   * `undefined`, no attribute when its value is.
   */
  readonly text: (
    name: string,
    value: string | undefined,
    attribute?: string,
    attributeValue?: string,
  ) => void;
  /**
   * Opens the element `name`, with its attributes (those whose value is
   * defined), and returns where it starts, for `closeOptional`.
   */
  readonly open: (name: string, attributes?: Attributes) => number;
  /** Closes the element `name`. */
  readonly close: (name: string) => void;
  /**
   * Closes the element `name` opened without attributes at `start`, or
   * removes it when nothing was written in it.
   */
  readonly closeOptional: (name: string, start: number) => void;
  /** Ends the document with a line break and gives it as one (flat) string. */
  readonly written: () => string;
}

/** A new document, its XML declaration written. */
export function xmlWriter(): XmlWriter {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const close = (name: string): void => {
    parts.push('</', name, '>');
  };
  return {
    text: (name, value, attribute, attributeValue) => {
      if (value === undefined) return;
      parts.push('<', name);
      if (attribute !== undefined && attributeValue !== undefined) {
        parts.push(' ', attribute, '="', escapeXml(attributeValue), '"');
      }
      parts.push('>', escapeXml(value), '</', name, '>');
    },
    open: (name, attributes) => {
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
    },
    close,
    closeOptional: (name, start) => {
      // `<`, the name and `>`: the start tag alone
      if (parts.length === start + 3) parts.length = start;
      else close(name);
    },
    written: () => {
      parts.push('\n');
      return parts.join('');
    },
  };
}
