import type { PDFDocument } from 'pdf-lib';
import { drawLineTable } from './drawLineTable.js';
import { drawSummary } from './drawSummary.js';
import type { InvoiceFonts } from './InvoiceFonts.js';
import type { InvoiceView, PartyView } from './InvoiceView.js';
import { lineHeight, PageFlow, type TextStyle } from './PageFlow.js';
import {
  CELL_PADDING,
  COLOR,
  CONTENT_WIDTH,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  MARGIN_TOP,
  SIZE,
} from './theme.js';

const HEADER_SPLIT = 318;
const FACT_LABEL_LEFT = HEADER_SPLIT + 12;
const FACT_VALUE_LEFT = 430;
const BOX_GAP = 12;
const BOX_PADDING = 8;
const SECTION_GAP = 14;
const BODY: TextStyle = { size: SIZE.body };

/** Draws lines of text from the cursor down, wrapped to `width`; returns the height used. */
function drawLines(
  flow: PageFlow,
  lines: readonly string[],
  x: number,
  top: number,
  width: number,
  style: TextStyle,
): number {
  let y = top;
  for (const line of lines) {
    for (const part of flow.wrap(line, width, style)) {
      flow.text(part, x, y, style);
      y -= lineHeight(style.size ?? SIZE.body);
    }
  }
  return top - y;
}

/** The seller on the left; the title, number, dates and references on the right. */
function drawHeader(flow: PageFlow, view: InvoiceView): void {
  const top = flow.y;
  const sellerWidth = HEADER_SPLIT - MARGIN_LEFT;
  const nameStyle: TextStyle = { face: 'bold', size: SIZE.sellerName, color: COLOR.accent };
  let left = top;
  left -= drawLines(flow, [view.seller.name], MARGIN_LEFT, left, sellerWidth, nameStyle);
  left -= 2;
  left -= drawLines(flow, view.seller.lines, MARGIN_LEFT, left, sellerWidth, {
    ...BODY,
    color: COLOR.muted,
  });

  let right = top;
  const titleStyle: TextStyle = { face: 'bold', size: SIZE.title, color: COLOR.accent };
  flow.text(view.title.toUpperCase(), MARGIN_RIGHT, right, { ...titleStyle, align: 'right' });
  right -= lineHeight(SIZE.title);
  flow.text(`N° ${view.number}`, MARGIN_RIGHT, right, {
    face: 'bold',
    size: 11,
    align: 'right',
  });
  right -= lineHeight(11) + 6;
  for (const fact of view.facts) {
    const values = flow.wrap(fact.value, MARGIN_RIGHT - FACT_VALUE_LEFT, BODY);
    flow.text(fact.label, FACT_LABEL_LEFT, right, { ...BODY, color: COLOR.muted });
    values.forEach((value, index) => {
      flow.text(value, FACT_VALUE_LEFT, right - index * lineHeight(SIZE.body), {
        ...BODY,
        face: 'bold',
      });
    });
    right -= values.length * lineHeight(SIZE.body);
  }
  flow.y = Math.min(left, right) - SECTION_GAP;
}

/** The height of a party box. */
function partyHeight(flow: PageFlow, party: PartyView, width: number): number {
  const inner = width - 2 * BOX_PADDING;
  const lines = party.lines.flatMap((line) => flow.wrap(line, inner, BODY));
  const name = flow.wrap(party.name, inner, { ...BODY, face: 'bold' });
  return (
    2 * BOX_PADDING +
    lineHeight(SIZE.heading) +
    2 +
    (name.length + lines.length) * lineHeight(SIZE.body)
  );
}

function drawParty(flow: PageFlow, party: PartyView, x: number, width: number, height: number) {
  flow.fill(x, flow.y, width, height, COLOR.band);
  const inner = width - 2 * BOX_PADDING;
  let top = flow.y - BOX_PADDING;
  flow.text(party.heading.toUpperCase(), x + BOX_PADDING, top, {
    face: 'bold',
    size: SIZE.heading,
    color: COLOR.muted,
  });
  top -= lineHeight(SIZE.heading) + 2;
  top -= drawLines(flow, [party.name], x + BOX_PADDING, top, inner, { ...BODY, face: 'bold' });
  drawLines(flow, party.lines, x + BOX_PADDING, top, inner, BODY);
}

/** The billing party and, when elsewhere, the delivery address, side by side. */
function drawParties(flow: PageFlow, view: InvoiceView): void {
  const width = (CONTENT_WIDTH - BOX_GAP) / 2;
  const parties = view.shipTo === undefined ? [view.billTo] : [view.billTo, view.shipTo];
  const height = Math.max(...parties.map((party) => partyHeight(flow, party, width)));
  flow.ensure(height);
  parties.forEach((party, index) => {
    drawParty(flow, party, MARGIN_LEFT + index * (width + BOX_GAP), width, height);
  });
  flow.advance(height + SECTION_GAP);
}

/** A titled block of paragraphs across the page; it may continue on the next page line by line. */
function drawSection(
  flow: PageFlow,
  title: string,
  paragraphs: readonly string[],
  style: TextStyle,
) {
  if (paragraphs.length === 0) return;
  const size = style.size ?? SIZE.body;
  const lines = paragraphs.flatMap((paragraph) => flow.wrap(paragraph, CONTENT_WIDTH, style));
  flow.ensure(lineHeight(SIZE.body) + 4 + Math.min(lines.length, 3) * lineHeight(size));
  flow.text(title, MARGIN_LEFT, flow.y, { face: 'bold', size: SIZE.body, color: COLOR.accent });
  flow.advance(lineHeight(SIZE.body) + 2);
  flow.rule(MARGIN_LEFT, MARGIN_RIGHT, flow.y + 1);
  flow.advance(2);
  for (const line of lines) {
    flow.ensure(lineHeight(size));
    flow.text(line, MARGIN_LEFT, flow.y, style);
    flow.advance(lineHeight(size));
  }
  flow.advance(SECTION_GAP - 4);
}

/** The references to other invoices, under an accent bar. */
function drawReferences(flow: PageFlow, references: readonly string[]): void {
  if (references.length === 0) return;
  const style: TextStyle = { ...BODY, face: 'bold' };
  const lines = references.flatMap((text) => flow.wrap(text, CONTENT_WIDTH - 10, style));
  const height = lines.length * lineHeight(SIZE.body) + 2 * CELL_PADDING;
  flow.ensure(height);
  flow.fill(MARGIN_LEFT, flow.y, 3, height, COLOR.accent);
  drawLines(flow, lines, MARGIN_LEFT + 10, flow.y - CELL_PADDING, CONTENT_WIDTH - 10, style);
  flow.advance(height + SECTION_GAP);
}

/** The header of each page after the first: the seller and the document number. */
function drawContinuationHeader(flow: PageFlow, view: InvoiceView): void {
  const top = MARGIN_TOP;
  flow.text(view.seller.name, MARGIN_LEFT, top, { face: 'bold', size: 9, color: COLOR.accent });
  flow.text(`${view.title} n° ${view.number} (suite)`, MARGIN_RIGHT, top, {
    ...BODY,
    color: COLOR.muted,
    align: 'right',
  });
  flow.rule(MARGIN_LEFT, MARGIN_RIGHT, top - lineHeight(9) - 3);
  flow.y = top - lineHeight(9) - 14;
}

/** The legal identification of the seller, the document number and `Page i/n` at the foot of every page. */
function drawFooters(flow: PageFlow, view: InvoiceView): void {
  const total = flow.pages.length;
  const footerStyle: TextStyle = { size: SIZE.footer, color: COLOR.muted, align: 'center' };
  const legal = flow.wrap(view.footer, CONTENT_WIDTH, footerStyle).slice(0, 2);
  flow.pages.forEach((page, index) => {
    flow.rule(MARGIN_LEFT, MARGIN_RIGHT, 54, COLOR.rule, page);
    legal.forEach((line, row) => {
      flow.text(
        line,
        MARGIN_LEFT + CONTENT_WIDTH / 2,
        50 - row * lineHeight(SIZE.footer),
        footerStyle,
        page,
      );
    });
    const bottom = 28;
    const style: TextStyle = { size: SIZE.small, color: COLOR.muted };
    flow.text(`${view.title} n° ${view.number}`, MARGIN_LEFT, bottom, style, page);
    flow.text(
      `Page ${index + 1}/${total}`,
      MARGIN_RIGHT,
      bottom,
      { ...style, align: 'right' },
      page,
    );
  });
}

/**
 * Lays out an invoice on A4 pages: seller and title block, billing and
 * delivery parties, references, the lines table (broken across pages with
 * its header row repeated), the VAT breakdown and totals, the payment
 * details, the legal mentions and the notes; then the footer of every page
 * with `Page i/n`.
 */
export function drawInvoice(document: PDFDocument, fonts: InvoiceFonts, view: InvoiceView): void {
  const flow = new PageFlow(document, fonts, (next) => drawContinuationHeader(next, view));
  drawHeader(flow, view);
  drawParties(flow, view);
  drawReferences(flow, view.references);
  drawLineTable(flow, view);
  flow.advance(SECTION_GAP);
  drawSummary(flow, view);
  flow.advance(SECTION_GAP);
  drawSection(flow, 'Règlement', view.payment, BODY);
  drawSection(flow, 'Conditions de paiement et mentions légales', view.mentions, {
    size: SIZE.small,
  });
  drawSection(flow, 'Remarques', view.notes, BODY);
  drawFooters(flow, view);
}
