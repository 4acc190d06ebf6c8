import { type InvoiceFont, textWidth } from './InvoiceFonts.js';

/** The longest start of `word` that fits in `width`, at least one character. */
function fittingStart(word: string, font: InvoiceFont, size: number, width: number): string {
  const characters = [...word];
  let count = characters.length;
  while (count > 1 && textWidth(characters.slice(0, count).join(''), font, size) > width) count--;
  return characters.slice(0, count).join('');
}

/**
 * Breaks `text` into lines no wider than `width`: at its line breaks, then
 * between words (plain spaces only, so that `1 234,56 €` never splits at its
 * no-break spaces), a word wider than the whole line cut where it must.
 */
export function wrapText(
  text: string,
  font: InvoiceFont,
  size: number,
  width: number,
): readonly string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    for (const word of paragraph.split(' ').filter((part) => part !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, font, size) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      let rest = word;
      while (textWidth(rest, font, size) > width) {
        const start = fittingStart(rest, font, size, width);
        lines.push(start);
        rest = rest.slice(start.length);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
