import type { EntityDecoderOptions, X2jOptions } from 'fast-xml-parser';

const PREDEFINED: Readonly<Record<string, string>> = Object.freeze({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
});

const REFERENCE = /&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;

/** Whether a code point is a character XML 1.0 allows. */
function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function replaceReference(
  reference: string,
  hex: string | undefined,
  decimal: string | undefined,
  name: string | undefined,
): string {
  if (name !== undefined) return PREDEFINED[name] ?? reference;
  const code = hex === undefined ? Number.parseInt(decimal ?? '', 10) : Number.parseInt(hex, 16);
  return isXmlCharacter(code) ? String.fromCodePoint(code) : reference;
}

/**
 * The only entities ever replaced: the five predefined ones and character
 * references. Entities declared in a document are never added (and a
 * document declaring any is refused before parsing anyway).
 */
const predefinedEntitiesOnly: EntityDecoderOptions = {
  setExternalEntities: () => {},
  addInputEntities: () => {},
  reset: () => {},
  setXmlVersion: () => {},
  decode: (text) => (text.includes('&') ? text.replace(REFERENCE, replaceReference) : text),
};

/**
 * How received XML is parsed: namespace prefixes removed, attributes kept as
 * `@name`, every value a string (nothing converted to a number), text
 * trimmed, no entity but the predefined ones and character references.
 */
export const XML_PARSER_OPTIONS: Readonly<X2jOptions> = Object.freeze({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  entityDecoder: predefinedEntitiesOnly,
  ignoreDeclaration: true,
  ignorePiTags: true,
});
