import type { CustomerKind } from '@tpe/legal-fr';
import { escapeHtml } from './escapeHtml.js';
import { NBSP } from './frenchText.js';

/** One receivable written for print. */
export interface PrintedReceivable {
  readonly number: string;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly amount: string;
  readonly outstanding: string;
  readonly daysLate: number;
  readonly penalty: string;
  readonly indemnity: string;
  /** `''` when the rates are not given. */
  readonly penaltyRates: string;
}

/** The totals written for print. */
export interface PrintedTotals {
  readonly outstanding: string;
  readonly penalties: string;
  readonly indemnities: string;
  readonly claimed: string;
}

/** Which columns the table has beyond the invoice, its dates and its amounts. */
export interface TableColumns {
  readonly daysLate: boolean;
  readonly penalties: boolean;
  readonly rates: boolean;
  readonly indemnities: boolean;
}

/** What the interest is called for each kind of debtor. */
const INTEREST: Readonly<Record<CustomerKind, { readonly name: string; readonly total: string }>> =
  {
    business: { name: 'pénalités de retard', total: 'Total des pénalités de retard' },
    publicBuyer: { name: 'intérêts moratoires', total: 'Total des intérêts moratoires' },
    consumer: { name: 'intérêts de retard', total: 'Total des intérêts de retard' },
  };

const INDEMNITY = 'indemnité forfaitaire pour frais de recouvrement';

/** A colon the French way, after a no-break space. */
const COLON = `${NBSP}:`;

/** The receivables and their totals as lines of text. */
export function receivablesTableText(
  receivables: readonly PrintedReceivable[],
  totals: PrintedTotals,
  columns: TableColumns,
  kind: CustomerKind,
): string {
  const interest = INTEREST[kind];
  const lines: string[] = [];
  for (const receivable of receivables) {
    const due =
      receivable.daysLate > 0
        ? `échue le ${receivable.dueDate} (${daysLateText(receivable.daysLate)})`
        : `payable le ${receivable.dueDate}`;
    lines.push(
      `- Facture n°${NBSP}${receivable.number} du ${receivable.issueDate}, ${due}${COLON} ${receivable.amount} TTC, reste dû ${receivable.outstanding}`,
    );
    const claims: string[] = [];
    if (columns.penalties) {
      const rates =
        columns.rates && receivable.penaltyRates !== ''
          ? ` (taux annuel ${receivable.penaltyRates})`
          : '';
      claims.push(`${interest.name}${rates}${COLON} ${receivable.penalty}`);
    }
    if (columns.indemnities) claims.push(`${INDEMNITY}${COLON} ${receivable.indemnity}`);
    if (claims.length > 0) lines.push(`  ${capitalize(claims.join(`${NBSP}; `))}`);
  }
  lines.push('', `Total restant dû${COLON} ${totals.outstanding}`);
  if (columns.penalties) lines.push(`${interest.total}${COLON} ${totals.penalties}`);
  if (columns.indemnities) {
    lines.push(`Total des indemnités forfaitaires${COLON} ${totals.indemnities}`);
  }
  if (columns.penalties || columns.indemnities)
    lines.push(`Total réclamé${COLON} ${totals.claimed}`);
  return lines.join('\n');
}

const CELL = 'border:1px solid #cccccc;padding:4px 8px;text-align:left;vertical-align:top';
const NUMBER_CELL = `${CELL};text-align:right;white-space:nowrap`;
const HEAD = 'background-color:#f2f2f2;font-weight:bold';
const TOTAL = 'font-weight:bold';

/** A cell: its text is escaped here, once. */
function cell(tag: 'td' | 'th', text: string, style: string, colspan = 1): string {
  const span = colspan > 1 ? ` colspan="${colspan}"` : '';
  return `<${tag}${span} style="${style}">${escapeHtml(text)}</${tag}>`;
}

/** The receivables and their totals as an HTML table with inline styles. */
export function receivablesTableHtml(
  receivables: readonly PrintedReceivable[],
  totals: PrintedTotals,
  columns: TableColumns,
  kind: CustomerKind,
): string {
  const interest = INTEREST[kind];
  const head = [
    cell('th', 'Facture', `${CELL};${HEAD}`),
    cell('th', 'Date', `${CELL};${HEAD}`),
    cell('th', 'Échéance', `${CELL};${HEAD}`),
    cell('th', 'Montant TTC', `${NUMBER_CELL};${HEAD}`),
    cell('th', 'Reste dû', `${NUMBER_CELL};${HEAD}`),
    ...(columns.daysLate ? [cell('th', 'Jours de retard', `${NUMBER_CELL};${HEAD}`)] : []),
    ...(columns.rates ? [cell('th', 'Taux annuel', `${NUMBER_CELL};${HEAD}`)] : []),
    ...(columns.penalties ? [cell('th', capitalize(interest.name), `${NUMBER_CELL};${HEAD}`)] : []),
    ...(columns.indemnities ? [cell('th', 'Indemnité forfaitaire', `${NUMBER_CELL};${HEAD}`)] : []),
  ];
  const body = receivables.map((receivable) =>
    [
      cell('td', receivable.number, CELL),
      cell('td', receivable.issueDate, CELL),
      cell('td', receivable.dueDate, CELL),
      cell('td', receivable.amount, NUMBER_CELL),
      cell('td', receivable.outstanding, NUMBER_CELL),
      ...(columns.daysLate
        ? [cell('td', receivable.daysLate > 0 ? String(receivable.daysLate) : '', NUMBER_CELL)]
        : []),
      ...(columns.rates ? [cell('td', receivable.penaltyRates, NUMBER_CELL)] : []),
      ...(columns.penalties ? [cell('td', receivable.penalty, NUMBER_CELL)] : []),
      ...(columns.indemnities ? [cell('td', receivable.indemnity, NUMBER_CELL)] : []),
    ].join(''),
  );
  const total = [
    cell('td', 'Total', `${CELL};${TOTAL}`, 4),
    cell('td', totals.outstanding, `${NUMBER_CELL};${TOTAL}`),
    ...(columns.daysLate ? [cell('td', '', NUMBER_CELL)] : []),
    ...(columns.rates ? [cell('td', '', NUMBER_CELL)] : []),
    ...(columns.penalties ? [cell('td', totals.penalties, `${NUMBER_CELL};${TOTAL}`)] : []),
    ...(columns.indemnities ? [cell('td', totals.indemnities, `${NUMBER_CELL};${TOTAL}`)] : []),
  ];
  const claimed =
    columns.penalties || columns.indemnities
      ? [
          [
            cell('td', 'Total réclamé', `${CELL};${TOTAL}`, head.length - 1),
            cell('td', totals.claimed, `${NUMBER_CELL};${TOTAL}`),
          ].join(''),
        ]
      : [];
  return [
    '<table style="border-collapse:collapse;margin:0 0 12px 0">',
    `<thead><tr>${head.join('')}</tr></thead>`,
    '<tbody>',
    ...body.map((row) => `<tr>${row}</tr>`),
    '</tbody>',
    '<tfoot>',
    `<tr>${total.join('')}</tr>`,
    ...claimed.map((row) => `<tr>${row}</tr>`),
    '</tfoot>',
    '</table>',
  ].join('\n');
}

function daysLateText(days: number): string {
  return days === 1 ? '1 jour de retard' : `${days} jours de retard`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
