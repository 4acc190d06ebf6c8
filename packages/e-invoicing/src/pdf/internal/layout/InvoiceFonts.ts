import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { inflateAsset } from '../assets/inflateAsset.js';
import { INTER_BOLD_TTF_DEFLATED } from '../assets/interBold.js';
import { INTER_REGULAR_TTF_DEFLATED } from '../assets/interRegular.js';

/** A font embedded in an invoice PDF, with the characters it can draw. */
export interface InvoiceFont {
  readonly font: PDFFont;
  /** The code points its character map covers. */
  readonly glyphs: ReadonlySet<number>;
  /** The advance width of each character measured so far, for a size of 1000. */
  readonly widths: Map<number, number>;
}

/**
 * The faces of an invoice: Inter Regular and Bold, and Inter Regular with
 * tabular figures for the columns of quantities and amounts, whose digits
 * then line up (tabular figures widen hyphens and spaces: text keeps the
 * plain face).
 */
export interface InvoiceFonts {
  readonly regular: InvoiceFont;
  readonly bold: InvoiceFont;
  readonly figures: InvoiceFont;
}

/** One of the faces of an invoice. */
export type FontFace = keyof InvoiceFonts;

/**
 * The OpenType substitutions left out of the layout: contextual alternates,
 * ligatures, glyph composition. Inter's contextual alternates alone made
 * each piece of text ten times slower to lay out, for an invoice that shows
 * none of them (precomposed accented letters need no composition).
 */
const PLAIN_LAYOUT = {
  calt: false,
  ccmp: false,
  clig: false,
  liga: false,
  locl: false,
  rclt: false,
  rlig: false,
} as const;

async function embed(
  document: PDFDocument,
  bytes: Uint8Array,
  name: string,
  tabular: boolean,
): Promise<InvoiceFont> {
  const font = await document.embedFont(bytes, {
    subset: true,
    features: { ...PLAIN_LAYOUT, tnum: tabular },
    // A fixed subset tag instead of a random one: the same invoice gives the same bytes.
    customName: name,
  });
  return { font, glyphs: new Set(font.getCharacterSet()), widths: new Map() };
}

/** The font engine pdf-lib takes (its type is not exported). */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** fontkit, reading each font file of one document once (the regular face serves twice). */
function parsingOnce(): Fontkit {
  const parsed = new Map<Uint8Array, ReturnType<Fontkit['create']>>();
  return {
    create(bytes) {
      const known = parsed.get(bytes);
      if (known !== undefined) return known;
      const font = fontkit.create(bytes);
      parsed.set(bytes, font);
      return font;
    },
  };
}

/**
 * Embeds Inter Regular and Bold (SIL Open Font License 1.1, shipped with the
 * package) as subset TrueType fonts, the only fonts an invoice PDF uses: a
 * PDF/A file embeds every font it draws with. The regular face is embedded
 * twice, the second time with tabular figures.
 */
export async function embedInvoiceFonts(document: PDFDocument): Promise<InvoiceFonts> {
  document.registerFontkit(parsingOnce());
  const [regular, bold] = await Promise.all([
    inflateAsset(INTER_REGULAR_TTF_DEFLATED),
    inflateAsset(INTER_BOLD_TTF_DEFLATED),
  ]);
  return {
    regular: await embed(document, regular, 'TPEINR+Inter-Regular', false),
    bold: await embed(document, bold, 'TPEINB+Inter-Bold', false),
    figures: await embed(document, regular, 'TPEINT+Inter-Regular', true),
  };
}

/** The spaces Intl and French typography use, drawn as a plain space. */
const SPACES = new Set([0x00a0, 0x2007, 0x2009, 0x202f, 0x09]);

/**
 * `text` as `font` can draw it: every no-break or narrow space (U+00A0,
 * U+202F, as `Intl` writes French figures) is drawn as a plain space, so
 * that copying `1 234,56 €` from the PDF gives plain spaces; a letter the
 * font lacks becomes its base letter (`Ÿ` → `Y`), control characters are
 * left out, and anything else without a glyph becomes `?` — never an
 * invisible `.notdef`.
 */
export function printable(text: string, { glyphs }: InvoiceFont): string {
  let result = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (SPACES.has(code)) result += ' ';
    else if (glyphs.has(code)) result += character;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else {
      const base = character.normalize('NFD').codePointAt(0) ?? 0;
      result += glyphs.has(base) ? String.fromCodePoint(base) : '?';
    }
  }
  return result;
}

/**
 * The width of `text` drawn with `font` at `size`, as drawn after
 * {@link printable}: the sum of its characters' advance widths (what pdf-lib
 * draws, without kerning), each measured once per document.
 */
export function textWidth(text: string, font: InvoiceFont, size: number): number {
  let width = 0;
  for (const character of printable(text, font)) {
    const code = character.codePointAt(0) ?? 0;
    let advance = font.widths.get(code);
    if (advance === undefined) {
      advance = font.font.widthOfTextAtSize(character, 1000);
      font.widths.set(code, advance);
    }
    width += advance;
  }
  return (width * size) / 1000;
}
