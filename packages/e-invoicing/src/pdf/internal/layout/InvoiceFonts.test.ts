import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedInvoiceFonts, type InvoiceFonts, printable, textWidth } from './InvoiceFonts.js';
import { wrapText } from './wrapText.js';

let fonts: InvoiceFonts;

beforeAll(async () => {
  fonts = await embedInvoiceFonts(await PDFDocument.create());
});

describe('the embedded fonts', () => {
  it('have a glyph for every French letter and sign an invoice prints', () => {
    const french = 'éèêëàâäçôöœùûüîïÿÉÈÊÀÂÇÔŒÙÛÎ€«»’‘“”–—…°×²³−·';
    for (const face of ['regular', 'bold', 'figures'] as const) {
      const missing = [...french].filter(
        (letter) => !fonts[face].glyphs.has(letter.codePointAt(0) ?? 0),
      );
      expect(missing, face).toEqual([]);
    }
  });

  it('draw no-break and narrow spaces as plain spaces (the font has no narrow one)', () => {
    expect(fonts.regular.glyphs.has(0x202f)).toBe(false);
    expect(printable('1\u202f234,56\u00a0€', fonts.regular)).toBe('1 234,56 €');
  });

  it('draw a letter the font lacks as its base letter, anything else as ?, controls not at all', () => {
    expect(fonts.regular.glyphs.has(0x178)).toBe(false);
    expect(printable('ŸVES', fonts.regular)).toBe('YVES');
    expect(printable('Łódź 北京', fonts.regular)).toBe('?ódz ??');
    expect(printable('a\u0007b\tc', fonts.regular)).toBe('ab c');
  });

  it('only ever draw characters they have', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const character of printable(text, fonts.bold)) {
          expect(fonts.bold.glyphs.has(character.codePointAt(0) ?? 0)).toBe(true);
        }
      }),
    );
  });

  it('measure text as pdf-lib draws it, tabular figures all of one width', () => {
    for (const text of ['Facture n° F2026-000101', 'Total TTC 548,29 €', 'Échéance']) {
      expect(textWidth(text, fonts.regular, 10)).toBeCloseTo(
        fonts.regular.font.widthOfTextAtSize(printable(text, fonts.regular), 10),
        6,
      );
    }
    const digits = [...'0123456789'].map((digit) => textWidth(digit, fonts.figures, 10));
    expect(new Set(digits).size).toBe(1);
    expect(textWidth('1', fonts.regular, 10)).toBeLessThan(textWidth('0', fonts.regular, 10));
  });
});

describe('wrapText', () => {
  it('breaks between words, never inside an amount written with no-break spaces', () => {
    const lines = wrapText(
      'Remise quantité (5 % de 1\u202f359,60\u00a0€) : −17,98\u00a0€',
      fonts.regular,
      8,
      90,
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((line) => line.includes('1\u202f359,60\u00a0€)'))).toBe(true);
  });

  it('keeps every word, each line within the width unless a single character is wider', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zé€0-9,]{1,30}$/), { maxLength: 30 }),
        fc.integer({ min: 5, max: 300 }),
        (words, width) => {
          const text = words.join(' ');
          const lines = wrapText(text, fonts.regular, 9, width);
          expect(lines.join(' ').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
          for (const line of lines) {
            if ([...line].length > 1)
              expect(textWidth(line, fonts.regular, 9)).toBeLessThanOrEqual(width);
          }
        },
      ),
    );
  });

  it('keeps the line breaks of the text', () => {
    expect(wrapText('Première ligne\nSeconde ligne', fonts.regular, 9, 500)).toEqual([
      'Première ligne',
      'Seconde ligne',
    ]);
  });
});
