/**
 * The pieces the built-in templates are written with. A body is a sequence
 * of blocks, each a paragraph followed by a blank line; a block kept only
 * when a flag is on carries its blank line inside the section, so that a
 * left-out paragraph leaves no extra blank line.
 */

/** A paragraph: its lines, then a blank line. */
export function paragraph(...lines: readonly string[]): string {
  return `${lines.join('\n')}\n\n`;
}

/** Blocks kept when `name` is on (or not empty). */
export function onlyIf(name: string, ...blocks: readonly string[]): string {
  return `{{#${name}}}\n${blocks.join('')}{{/${name}}}\n`;
}

/** A line of a paragraph printed only when `name` is not empty. */
export function optionalLine(name: string, line: string): string {
  return `{{#${name}}}\n${line}\n{{/${name}}}`;
}

/** Words in a sentence kept when `name` is on (or not empty). */
export function inline(name: string, words: string): string {
  return `{{#${name}}}${words}{{/${name}}}`;
}

/** Words in a sentence kept when `name` is off (or empty). */
export function inlineUnless(name: string, words: string): string {
  return `{{^${name}}}${words}{{/${name}}}`;
}

/** The singular or the plural form, by the number of receivables. */
export function plural(one: string, several: string): string {
  return `${inlineUnless('severalReceivables', one)}${inline('severalReceivables', several)}`;
}

/** `au plus tard le …` when `replyBy` is given, else the words of the template. */
export function deadline(otherwise: string): string {
  return `${inline('replyBy', 'au plus tard le {{replyBy}}')}${inlineUnless('replyBy', otherwise)}`;
}

/** A body made of blocks, ending with one line break. */
export function body(...blocks: readonly string[]): string {
  return blocks.join('').replace(/\n\n$/, '\n');
}
