import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Reads generated XML back for the tests: every element as a list, so that a
 * path selects all the elements it names, in document order. Not exported.
 */

/** An element read by {@link readXml}: its children by name, its text, its attributes (`@name`). */
export type XmlNode = string | { readonly [key: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (_name: string, _path: unknown, _leaf: boolean, attribute: boolean) => !attribute,
});

/** The document element tree of `xml`; throws when `xml` is not well-formed. */
export function readXml(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new Error(`Not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  return parser.parse(xml) as XmlNode;
}

/** The elements at `path` (names separated by `/`, from `node`). */
export function select(node: XmlNode, path: string): readonly XmlNode[] {
  let nodes: readonly XmlNode[] = [node];
  for (const name of path.split('/')) {
    nodes = nodes.flatMap((current) => {
      if (typeof current === 'string') return [];
      const children = current[name];
      return Array.isArray(children) ? (children as XmlNode[]) : [];
    });
  }
  return nodes;
}

/** The text of an element. */
export function textOf(node: XmlNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (typeof node === 'string') return node;
  const text = node['#text'];
  return typeof text === 'string' ? text : undefined;
}

/** The texts of the elements at `path`. */
export function texts(node: XmlNode, path: string): readonly (string | undefined)[] {
  return select(node, path).map(textOf);
}

/** An attribute of an element. */
export function attributeOf(node: XmlNode | undefined, name: string): string | undefined {
  if (node === undefined || typeof node === 'string') return undefined;
  const value = node[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}
