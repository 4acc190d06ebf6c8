/**
 * XML escaping, and a small compositional XML writer (elements built from
 * their children) for short documents such as XMP metadata; the e-invoices
 * are written in sequence by `xmlWriter`. Every text and attribute value is
 * escaped here, in one place.
 *
 * Characters that XML 1.0 forbids (control characters other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE, U+FFFF) carry no
 * meaning on an invoice and are left out.
 */

/** A piece of XML already written and escaped. */
export interface Markup {
  readonly xml: string;
}

/** Attribute values by name; an `undefined` value leaves the attribute out. */
export type Attributes = Readonly<Record<string, string | undefined>>;

const ENTITIES: Readonly<Record<number, string>> = {
  34: '&quot;',
  38: '&amp;',
  60: '&lt;',
  62: '&gt;',
};

/** Whether a code unit may need escaping or leaving out: the reserved characters, controls, surrogates, U+FFFE, U+FFFF. */
function isSpecial(code: number): boolean {
  return code < 0x20 || code === 34 || code === 38 || code === 60 || code === 62 || code >= 0xd800;
}

/** What to write for the code unit at `index`: its entity, `''` to leave it out, or `undefined` to keep it. */
function replacementAt(value: string, index: number): string | undefined {
  const code = value.charCodeAt(index);
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d ? undefined : '';
  if (code < 0xd800) return ENTITIES[code];
  if (code <= 0xdbff) {
    const next = value.charCodeAt(index + 1);
    return next >= 0xdc00 && next <= 0xdfff ? undefined : '';
  }
  if (code <= 0xdfff) {
    const previous = value.charCodeAt(index - 1);
    return previous >= 0xd800 && previous <= 0xdbff ? undefined : '';
  }
  return code === 0xfffe || code === 0xffff ? '' : undefined;
}

/** `value` escaped for an element's text or an attribute in double quotes. */
export function escapeXml(value: string): string {
  let escaped = '';
  let kept = 0;
  for (let index = 0; index < value.length; index++) {
    if (!isSpecial(value.charCodeAt(index))) continue;
    const replacement = replacementAt(value, index);
    if (replacement !== undefined) {
      escaped += value.slice(kept, index) + replacement;
      kept = index + 1;
    }
  }
  return kept === 0 ? value : escaped + value.slice(kept);
}

function startTag(name: string, attributes: Attributes | undefined): string {
  if (attributes === undefined) return `<${name}>`;
  let tag = `<${name}`;
  for (const attribute in attributes) {
    const value = attributes[attribute];
    if (value !== undefined) tag += ` ${attribute}="${escapeXml(value)}"`;
  }
  return `${tag}>`;
}

/** An element holding `value` as text; none when `value` is `undefined`. */
export function textElement(
  name: string,
  value: string | undefined,
  attributes?: Attributes,
): Markup | undefined {
  if (value === undefined) return undefined;
  return { xml: `${startTag(name, attributes)}${escapeXml(value)}</${name}>` };
}

/** An element holding `children`, written even when it holds none. */
export function element(
  name: string,
  children: readonly (Markup | undefined)[],
  attributes?: Attributes,
): Markup {
  let xml = startTag(name, attributes);
  for (const child of children) {
    if (child !== undefined) xml += child.xml;
  }
  return { xml: `${xml}</${name}>` };
}
