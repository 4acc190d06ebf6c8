/**
 * The tree fast-xml-parser builds, and how the readers walk it: an element
 * with neither attributes nor children is its text; otherwise an object of
 * its children by local name (an array when repeated), its attributes as
 * `@name` and its text as `#text`.
 */
export type XmlValue = string | XmlElement | readonly XmlValue[];

/** An element with attributes or children. */
export interface XmlElement {
  readonly [name: string]: XmlValue | undefined;
}

const NONE: readonly XmlValue[] = Object.freeze([]);

function isElement(value: XmlValue | undefined): value is XmlElement {
  return typeof value === 'object' && !Array.isArray(value);
}

/** The children of `node` named `name`, in document order. */
export function children(node: XmlValue | undefined, name: string): readonly XmlValue[] {
  if (!isElement(node) || !Object.hasOwn(node, name)) return NONE;
  const value = node[name];
  if (value === undefined) return NONE;
  return Array.isArray(value) ? (value as readonly XmlValue[]) : [value as XmlValue];
}

/** The first child of `node` named `name`. */
export function child(node: XmlValue | undefined, name: string): XmlValue | undefined {
  if (!isElement(node) || !Object.hasOwn(node, name)) return undefined;
  const value = node[name];
  return Array.isArray(value) ? (value as readonly XmlValue[])[0] : (value as XmlValue | undefined);
}

/** The first descendant along `names`, each step taking the first child of that name. */
export function descendant(
  node: XmlValue | undefined,
  ...names: readonly string[]
): XmlValue | undefined {
  let current = node;
  for (const name of names) current = child(current, name);
  return current;
}

/** The text of an element, `undefined` when it has none or is absent. */
export function textOf(node: XmlValue | undefined): string | undefined {
  if (typeof node === 'string') return node === '' ? undefined : node;
  if (!isElement(node) || !Object.hasOwn(node, '#text')) return undefined;
  const text = node['#text'];
  return typeof text === 'string' && text !== '' ? text : undefined;
}

/** The value of an attribute of an element (by its local name). */
export function attributeOf(node: XmlValue | undefined, name: string): string | undefined {
  const key = `@${name}`;
  if (!isElement(node) || !Object.hasOwn(node, key)) return undefined;
  const value = node[key];
  return typeof value === 'string' ? value : undefined;
}

/** The texts of the elements that have one, in order. */
export function textsOf(nodes: readonly (XmlValue | undefined)[]): readonly string[] {
  return nodes.flatMap((node) => {
    const text = textOf(node);
    return text === undefined ? [] : [text];
  });
}

/** The texts of elements joined by a line break; `undefined` when none has text. */
export function joinedTexts(nodes: readonly (XmlValue | undefined)[]): string | undefined {
  const texts = textsOf(nodes);
  return texts.length === 0 ? undefined : texts.join('\n');
}
