import { type RGB, rgb } from 'pdf-lib';

/**
 * The page geometry, type sizes and colours of the printed invoice, in PDF
 * points (1/72 inch). Colours are opaque DeviceRGB, which the sRGB output
 * intent of the PDF/A file describes.
 */

/** A4 portrait. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;

export const MARGIN_LEFT = 42;
export const MARGIN_RIGHT = PAGE_WIDTH - 42;
export const CONTENT_WIDTH = MARGIN_RIGHT - MARGIN_LEFT;
export const MARGIN_TOP = PAGE_HEIGHT - 40;
/** Content stops here; the footer lies below. */
export const CONTENT_BOTTOM = 70;

/** Type sizes. */
export const SIZE = {
  title: 20,
  sellerName: 15,
  heading: 7,
  body: 8.5,
  small: 7.5,
  footer: 6.5,
} as const;

/** Line height as a multiple of the type size. */
export const LEADING = 1.32;

export const COLOR: Readonly<Record<'ink' | 'muted' | 'accent' | 'rule' | 'band' | 'white', RGB>> =
  {
    ink: rgb(0.1, 0.11, 0.13),
    muted: rgb(0.4, 0.42, 0.46),
    accent: rgb(0.09, 0.24, 0.43),
    rule: rgb(0.8, 0.82, 0.85),
    band: rgb(0.94, 0.95, 0.97),
    white: rgb(1, 1, 1),
  };

/** Padding inside table cells and boxes. */
export const CELL_PADDING = 4;
