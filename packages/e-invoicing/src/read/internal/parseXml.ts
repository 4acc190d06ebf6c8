import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readError } from './readError.js';
import type { XmlElement, XmlValue } from './xmlNode.js';
import { XML_PARSER_OPTIONS } from './xmlParserOptions.js';

/** A parsed XML document: its root element, local name and namespace. */
export interface XmlDocument {
  readonly root: XmlValue;
  readonly rootName: string;
  readonly namespace: string | undefined;
}

/** Any markup declaration: a DTD can declare entities (XXE, billion laughs). */
const DECLARATION = /<!\s*(?:DOCTYPE|ENTITY|ATTLIST|ELEMENT|NOTATION)/i;

const parser = new XMLParser(XML_PARSER_OPTIONS);

/** The root start tag: its qualified name and its attributes. */
const ROOT_TAG = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)([^>]*)>/;

/** The longest root start tag read for its namespace declarations. */
const MAX_ROOT_TAG = 65_536;

/** The position of the root element's start tag, past the declaration, comments and PIs. */
function rootTagStart(text: string): number {
  let index = 0;
  for (;;) {
    while (index < text.length && /\s/.test(text.charAt(index))) index++;
    const end = text.startsWith('<?', index)
      ? text.indexOf('?>', index) + 2
      : text.startsWith('<!--', index)
        ? text.indexOf('-->', index) + 3
        : index;
    if (end === index || end < index + 2) return index;
    index = end;
  }
}

/** The namespace of the root element, read from its start tag. */
function rootNamespace(text: string): string | undefined {
  const start = rootTagStart(text);
  const match = ROOT_TAG.exec(text.slice(start, start + MAX_ROOT_TAG));
  if (match === null) return undefined;
  const [, name = '', attributes = ''] = match;
  const colon = name.indexOf(':');
  const attribute = colon < 0 ? 'xmlns' : `xmlns:${name.slice(0, colon).replaceAll('.', '\\.')}`;
  const declaration = new RegExp(`(?:^|\\s)${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
    attributes,
  );
  return declaration === null ? undefined : (declaration[1] ?? declaration[2]);
}

/**
 * Parses an XML text safely: any DOCTYPE or entity declaration is refused
 * before parsing, the text must be well-formed with a single root, and no
 * entity but the five predefined ones and character references is ever
 * replaced. Element and attribute names lose their namespace prefix; the
 * root's namespace is returned beside.
 *
 * @throws {@link TpeError} `FORBIDDEN_XML_CONSTRUCT`, `MALFORMED_XML`
 */
export function parseXml(text: string): XmlDocument {
  if (DECLARATION.test(text)) {
    throw readError(
      'FORBIDDEN_XML_CONSTRUCT',
      'The XML holds a DOCTYPE or an entity declaration, refused for safety (XXE, entity expansion)',
    );
  }
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw readError('MALFORMED_XML', `The XML is not well-formed: ${msg}`, {
      details: { line, column: col },
    });
  }
  let tree: XmlElement;
  try {
    tree = parser.parse(text) as XmlElement;
  } catch (error) {
    throw readError(
      'MALFORMED_XML',
      `The XML cannot be parsed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const names = Object.keys(tree);
  const rootName = names[0];
  const root = rootName === undefined ? undefined : tree[rootName];
  if (names.length !== 1 || rootName === undefined || root === undefined || Array.isArray(root)) {
    throw readError('MALFORMED_XML', 'The XML must have exactly one root element', {
      details: { roots: names.length },
    });
  }
  return { root, rootName, namespace: rootNamespace(text) };
}
