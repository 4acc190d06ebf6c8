import type { InvoiceView, LineView } from './InvoiceView.js';
import { lineHeight, type PageFlow, type TextStyle } from './PageFlow.js';
import { CELL_PADDING, COLOR, CONTENT_WIDTH, MARGIN_LEFT, SIZE } from './theme.js';

type Cell = Exclude<keyof LineView, 'details'>;

/** A column of the lines table. */
interface Column {
  readonly cell: Cell;
  readonly title: string;
  /** Its width; the designation takes what the others leave. */
  readonly width: number;
  readonly align: 'left' | 'right';
}

const FIXED_COLUMNS: readonly Column[] = [
  { cell: 'quantity', title: 'Qté', width: 40, align: 'right' },
  { cell: 'unit', title: 'Unité', width: 36, align: 'left' },
  { cell: 'unitPrice', title: 'P.U. HT', width: 64, align: 'right' },
  { cell: 'vat', title: 'TVA', width: 58, align: 'right' },
  { cell: 'amount', title: 'Montant HT', width: 72, align: 'right' },
];

const REFERENCE: Column = { cell: 'reference', title: 'Réf.', width: 62, align: 'left' };

/** A column with its left edge. */
interface PlacedColumn extends Column {
  readonly x: number;
}

/** The columns of the table, left to right, the reference column only when a line has one. */
function placeColumns(showsReferences: boolean): readonly PlacedColumn[] {
  const fixed = FIXED_COLUMNS.reduce((sum, column) => sum + column.width, 0);
  const lead = showsReferences ? [REFERENCE] : [];
  const leadWidth = lead.reduce((sum, column) => sum + column.width, 0);
  const columns: readonly Column[] = [
    ...lead,
    {
      cell: 'label',
      title: 'Désignation',
      width: CONTENT_WIDTH - fixed - leadWidth,
      align: 'left',
    },
    ...FIXED_COLUMNS,
  ];
  let x = MARGIN_LEFT;
  return columns.map((column) => {
    const placed = { ...column, x };
    x += column.width;
    return placed;
  });
}

const HEADER_HEIGHT = 17;
const BODY: TextStyle = { size: SIZE.body };
/** Figures, right-aligned: tabular digits. */
const FIGURES: TextStyle = { size: SIZE.body, face: 'figures', align: 'right' };

function cellStyle(column: Column): TextStyle {
  return column.align === 'right' ? FIGURES : BODY;
}
const DETAIL: TextStyle = { size: SIZE.small, color: COLOR.muted };

function cellX(column: PlacedColumn): number {
  return column.align === 'right'
    ? column.x + column.width - CELL_PADDING
    : column.x + CELL_PADDING;
}

function drawHeader(flow: PageFlow, columns: readonly PlacedColumn[]): void {
  flow.fill(MARGIN_LEFT, flow.y, CONTENT_WIDTH, HEADER_HEIGHT, COLOR.accent);
  const top = flow.y - (HEADER_HEIGHT - lineHeight(SIZE.small)) / 2;
  for (const column of columns) {
    flow.text(column.title, cellX(column), top, {
      face: 'bold',
      size: SIZE.small,
      color: COLOR.white,
      align: column.align,
    });
  }
  flow.advance(HEADER_HEIGHT);
}

/** The text of each cell of a line, wrapped to its column. */
function cellLines(flow: PageFlow, line: LineView, column: PlacedColumn): readonly string[] {
  return flow.wrap(line[column.cell], column.width - 2 * CELL_PADDING, cellStyle(column));
}

function drawLine(flow: PageFlow, line: LineView, columns: readonly PlacedColumn[]): void {
  const label = columns.find((column) => column.cell === 'label');
  const detailWidth = (label?.width ?? CONTENT_WIDTH) - 2 * CELL_PADDING;
  const details = line.details.flatMap((detail) => flow.wrap(detail, detailWidth, DETAIL));
  const cells = columns.map((column) => ({ column, lines: cellLines(flow, line, column) }));
  const bodyHeight = Math.max(...cells.map((cell) => cell.lines.length)) * lineHeight(SIZE.body);
  const labelHeight =
    (cells.find((cell) => cell.column.cell === 'label')?.lines.length ?? 1) * lineHeight(SIZE.body);
  const height =
    2 * CELL_PADDING + Math.max(bodyHeight, labelHeight + details.length * lineHeight(SIZE.small));
  if (flow.ensure(height)) drawHeader(flow, columns);
  const top = flow.y - CELL_PADDING;
  for (const { column, lines } of cells) {
    lines.forEach((text, index) => {
      flow.text(text, cellX(column), top - index * lineHeight(SIZE.body), cellStyle(column));
    });
  }
  if (label !== undefined) {
    details.forEach((text, index) => {
      flow.text(text, cellX(label), top - labelHeight - index * lineHeight(SIZE.small), DETAIL);
    });
  }
  flow.advance(height);
  flow.rule(MARGIN_LEFT, MARGIN_LEFT + CONTENT_WIDTH, flow.y);
}

/**
 * Draws the invoice lines (reference, designation with its details,
 * quantity, unit, unit price excluding VAT, VAT, net amount) then the
 * document-level allowances and charges in the same columns; a line never
 * splits across pages, and the header row is drawn again on each page the
 * table continues on.
 */
export function drawLineTable(flow: PageFlow, view: InvoiceView): void {
  const columns = placeColumns(view.showsReferences);
  flow.ensure(HEADER_HEIGHT + 3 * lineHeight(SIZE.body));
  drawHeader(flow, columns);
  for (const line of view.lines) drawLine(flow, line, columns);
  if (view.adjustments.length === 0) return;
  const vat = columns.find((column) => column.cell === 'vat');
  const amount = columns.find((column) => column.cell === 'amount');
  const labelWidth = (vat?.x ?? MARGIN_LEFT + CONTENT_WIDTH) - MARGIN_LEFT - 2 * CELL_PADDING;
  flow.advance(6);
  flow.ensure(lineHeight(SIZE.small) + lineHeight(SIZE.body) + 2 * CELL_PADDING);
  flow.text('Remises et frais sur le total', MARGIN_LEFT + CELL_PADDING, flow.y, {
    face: 'bold',
    size: SIZE.small,
    color: COLOR.muted,
  });
  flow.advance(lineHeight(SIZE.small));
  for (const adjustment of view.adjustments) {
    const lines = flow.wrap(adjustment.label, labelWidth, BODY);
    const height = 2 * CELL_PADDING + lines.length * lineHeight(SIZE.body);
    flow.ensure(height);
    const top = flow.y - CELL_PADDING;
    lines.forEach((text, index) => {
      flow.text(text, MARGIN_LEFT + CELL_PADDING, top - index * lineHeight(SIZE.body), BODY);
    });
    if (vat !== undefined) flow.text(adjustment.vat, cellX(vat), top, FIGURES);
    if (amount !== undefined) flow.text(adjustment.amount, cellX(amount), top, FIGURES);
    flow.advance(height);
    flow.rule(MARGIN_LEFT, MARGIN_LEFT + CONTENT_WIDTH, flow.y);
  }
}
