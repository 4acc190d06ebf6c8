import type { InvoiceView } from './InvoiceView.js';
import { lineHeight, type PageFlow, type TextStyle } from './PageFlow.js';
import { CELL_PADDING, COLOR, MARGIN_LEFT, MARGIN_RIGHT, SIZE } from './theme.js';

/** The VAT breakdown on the left, the totals on the right. */
const VAT_RIGHT = 318;
const VAT_BASE_RIGHT = VAT_RIGHT - 80;
const TOTALS_LEFT = 338;
const HEADER_HEIGHT = 15;
const TOTAL_ROW_HEIGHT = 15;
const DUE_ROW_HEIGHT = 22;
const DUE_SIZE = 10.5;

const BODY: TextStyle = { size: SIZE.body };
const FIGURES: TextStyle = { size: SIZE.body, face: 'figures', align: 'right' };
const REASON: TextStyle = { size: SIZE.small, color: COLOR.muted };

interface VatRowLayout {
  readonly label: readonly string[];
  readonly reason: readonly string[];
  readonly height: number;
}

function vatLayout(flow: PageFlow, view: InvoiceView): readonly VatRowLayout[] {
  const labelWidth = VAT_BASE_RIGHT - 70 - MARGIN_LEFT - 2 * CELL_PADDING;
  const reasonWidth = VAT_RIGHT - MARGIN_LEFT - 2 * CELL_PADDING;
  return view.vat.map((row) => {
    const label = flow.wrap(row.label, labelWidth, BODY);
    const reason = row.reason === undefined ? [] : flow.wrap(row.reason, reasonWidth, REASON);
    return {
      label,
      reason,
      height:
        2 * CELL_PADDING +
        label.length * lineHeight(SIZE.body) +
        reason.length * lineHeight(SIZE.small),
    };
  });
}

function drawVatBreakdown(flow: PageFlow, view: InvoiceView, rows: readonly VatRowLayout[]): void {
  let top = flow.y;
  flow.fill(MARGIN_LEFT, top, VAT_RIGHT - MARGIN_LEFT, HEADER_HEIGHT, COLOR.band);
  const headerTop = top - (HEADER_HEIGHT - lineHeight(SIZE.small)) / 2;
  const heading: TextStyle = { face: 'bold', size: SIZE.small, color: COLOR.muted };
  flow.text('TVA', MARGIN_LEFT + CELL_PADDING, headerTop, heading);
  flow.text('Base HT', VAT_BASE_RIGHT - CELL_PADDING, headerTop, { ...heading, align: 'right' });
  flow.text('Montant TVA', VAT_RIGHT - CELL_PADDING, headerTop, { ...heading, align: 'right' });
  top -= HEADER_HEIGHT;
  view.vat.forEach((row, index) => {
    const layout = rows[index];
    if (layout === undefined) return;
    const cellTop = top - CELL_PADDING;
    layout.label.forEach((text, line) => {
      flow.text(text, MARGIN_LEFT + CELL_PADDING, cellTop - line * lineHeight(SIZE.body), BODY);
    });
    flow.text(row.base, VAT_BASE_RIGHT - CELL_PADDING, cellTop, FIGURES);
    flow.text(row.vat, VAT_RIGHT - CELL_PADDING, cellTop, FIGURES);
    const reasonTop = cellTop - layout.label.length * lineHeight(SIZE.body);
    layout.reason.forEach((text, line) => {
      flow.text(
        text,
        MARGIN_LEFT + CELL_PADDING,
        reasonTop - line * lineHeight(SIZE.small),
        REASON,
      );
    });
    top -= layout.height;
    flow.rule(MARGIN_LEFT, VAT_RIGHT, top);
  });
}

function drawTotals(flow: PageFlow, view: InvoiceView): void {
  let top = flow.y;
  const rows = view.totals.slice(0, -1);
  const due = view.totals.at(-1);
  for (const row of rows) {
    const textTop = top - (TOTAL_ROW_HEIGHT - lineHeight(SIZE.body)) / 2;
    const label: TextStyle = row.strong
      ? { ...BODY, face: 'bold' }
      : { ...BODY, color: COLOR.muted };
    const amount: TextStyle = row.strong ? { ...FIGURES, face: 'bold' } : FIGURES;
    flow.text(row.label, TOTALS_LEFT + 8, textTop, label);
    flow.text(row.amount, MARGIN_RIGHT - 8, textTop, amount);
    top -= TOTAL_ROW_HEIGHT;
    flow.rule(TOTALS_LEFT, MARGIN_RIGHT, top);
  }
  if (due === undefined) return;
  top -= 4;
  flow.fill(TOTALS_LEFT, top, MARGIN_RIGHT - TOTALS_LEFT, DUE_ROW_HEIGHT, COLOR.accent);
  const style: TextStyle = { face: 'bold', size: DUE_SIZE, color: COLOR.white };
  const textTop = top - (DUE_ROW_HEIGHT - lineHeight(DUE_SIZE)) / 2;
  flow.text(due.label, TOTALS_LEFT + 8, textTop, style);
  flow.text(due.amount, MARGIN_RIGHT - 8, textTop, { ...style, align: 'right' });
}

/**
 * Draws the VAT breakdown (per category and rate: taxable base and VAT,
 * with the exemption reason of exempt categories) beside the totals, the
 * amount due last and emphasised; both stay on one page.
 */
export function drawSummary(flow: PageFlow, view: InvoiceView): void {
  const rows = vatLayout(flow, view);
  const vatHeight = HEADER_HEIGHT + rows.reduce((sum, row) => sum + row.height, 0);
  const totalsHeight = (view.totals.length - 1) * TOTAL_ROW_HEIGHT + 4 + DUE_ROW_HEIGHT;
  const height = Math.max(vatHeight, totalsHeight);
  flow.ensure(height);
  drawVatBreakdown(flow, view, rows);
  drawTotals(flow, view);
  flow.advance(height);
}
