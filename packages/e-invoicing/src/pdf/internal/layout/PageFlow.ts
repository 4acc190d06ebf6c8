import type { PDFDocument, PDFPage, RGB } from 'pdf-lib';
import { type FontFace, type InvoiceFonts, printable, textWidth } from './InvoiceFonts.js';
import {
  COLOR,
  CONTENT_BOTTOM,
  LEADING,
  MARGIN_TOP,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  SIZE,
} from './theme.js';
import { wrapText } from './wrapText.js';

/** How a piece of text is drawn. */
export interface TextStyle {
  readonly face?: FontFace;
  readonly size?: number;
  readonly color?: RGB;
  /** Where `x` is: the left edge (default), the right edge or the centre of the text. */
  readonly align?: 'left' | 'right' | 'center';
}

/** The height of one line of text at `size`. */
export function lineHeight(size: number): number {
  return size * LEADING;
}

/**
 * The pages of an invoice being laid out from top to bottom: a cursor `y`
 * on the current page, a new page when the next block does not fit (the
 * continuation header drawn by `onNewPage`), and the drawing primitives,
 * every text drawn with the embedded fonts only.
 */
export class PageFlow {
  readonly pages: PDFPage[] = [];
  /** The top of the space left on the current page. */
  y = MARGIN_TOP;
  readonly fonts: InvoiceFonts;
  readonly #document: PDFDocument;
  readonly #onNewPage: (flow: PageFlow) => void;
  #page: PDFPage;
  /** Where the content of the current page starts, below its continuation header. */
  #contentTop = MARGIN_TOP;

  constructor(document: PDFDocument, fonts: InvoiceFonts, onNewPage: (flow: PageFlow) => void) {
    this.#document = document;
    this.fonts = fonts;
    this.#onNewPage = onNewPage;
    this.#page = this.#addPage();
  }

  #addPage(): PDFPage {
    const page = this.#document.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.pages.push(page);
    this.y = MARGIN_TOP;
    return page;
  }

  /** Starts a new page with its continuation header. */
  newPage(): void {
    this.#page = this.#addPage();
    this.#onNewPage(this);
    this.#contentTop = this.y;
  }

  /**
   * Makes room for a block of `height`: a new page when the current one has
   * not enough left (unless nothing is on it yet). Whether a page was added.
   */
  ensure(height: number): boolean {
    if (this.y - height >= CONTENT_BOTTOM || this.y >= this.#contentTop) return false;
    this.newPage();
    return true;
  }

  /** Moves the cursor down. */
  advance(height: number): void {
    this.y -= height;
  }

  /** Draws one line of text in the line box whose top is `top`, on `page` (the current page by default). */
  text(text: string, x: number, top: number, style: TextStyle = {}, page?: PDFPage): void {
    const size = style.size ?? SIZE.body;
    const font = this.fonts[style.face ?? 'regular'];
    const width = style.align === undefined ? 0 : textWidth(text, font, size);
    const left = style.align === 'right' ? x - width : style.align === 'center' ? x - width / 2 : x;
    // The baseline that centres capitals in the line box.
    const baseline = top - lineHeight(size) / 2 - size * 0.36;
    (page ?? this.#page).drawText(printable(text, font), {
      x: left,
      y: baseline,
      size,
      font: font.font,
      color: style.color ?? COLOR.ink,
    });
  }

  /** The lines of `text` wrapped to `width` in `style`. */
  wrap(text: string, width: number, style: TextStyle = {}): readonly string[] {
    return wrapText(text, this.fonts[style.face ?? 'regular'], style.size ?? SIZE.body, width);
  }

  /** The width of `text` in `style`. */
  width(text: string, style: TextStyle = {}): number {
    return textWidth(text, this.fonts[style.face ?? 'regular'], style.size ?? SIZE.body);
  }

  /** A filled rectangle whose top-left corner is (`x`, `top`). */
  fill(x: number, top: number, width: number, height: number, color: RGB): void {
    this.#page.drawRectangle({ x, y: top - height, width, height, color });
  }

  /** A horizontal rule at `y`, on `page` (the current page by default). */
  rule(x1: number, x2: number, y: number, color: RGB = COLOR.rule, page?: PDFPage): void {
    (page ?? this.#page).drawLine({
      start: { x: x1, y },
      end: { x: x2, y },
      thickness: 0.6,
      color,
    });
  }
}
