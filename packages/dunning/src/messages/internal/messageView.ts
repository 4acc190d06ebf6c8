import { toScaledUnits } from '@tpe/core';
import { formatIban, normalizeIdentifier } from '@tpe/legal-fr';
import type { Creditor } from '../Creditor.js';
import type { DunningMessageInput } from '../DunningMessageInput.js';
import { joinFr, longDateFr, moneyFr, percentFr, shortDateFr } from './frenchText.js';
import {
  type PrintedReceivable,
  type PrintedTotals,
  receivablesTableHtml,
  receivablesTableText,
  type TableColumns,
} from './receivablesTable.js';
import type { TemplateView } from './renderTemplate.js';

/** What every placeholder of {@link DUNNING_TEMPLATE_PLACEHOLDERS} stands for in a message. */
export function messageView(input: DunningMessageInput): TemplateView {
  const { customer, currency } = input;
  const money = (amount: string): string => moneyFr(amount, currency);
  const receivables: PrintedReceivable[] = input.receivables.map((receivable) => ({
    number: receivable.number,
    issueDate: shortDateFr(receivable.issueDate),
    dueDate: shortDateFr(receivable.dueDate),
    amount: money(receivable.amount),
    outstanding: money(receivable.outstanding),
    daysLate: receivable.daysLate,
    penalty: money(receivable.penalty),
    indemnity: money(receivable.indemnity),
    penaltyRates: (receivable.penaltyRates ?? []).map(percentFr).join(' puis '),
  }));
  const totals: PrintedTotals = {
    outstanding: money(input.totals.outstanding),
    penalties: money(input.totals.penalties),
    indemnities: money(input.totals.indemnities),
    claimed: money(input.totals.claimed),
  };
  const hasPenalties = input.claimsPenalties && !isZero(input.totals.penalties);
  const columns: TableColumns = {
    daysLate: input.receivables.some((receivable) => receivable.daysLate > 0),
    penalties: hasPenalties,
    rates:
      hasPenalties && input.receivables.some((receivable) => receivable.penaltyRates !== undefined),
    indemnities: input.claimsPenalties && !isZero(input.totals.indemnities),
  };
  const values = new Map<string, string | boolean>([
    ['customer.name', customer.name],
    ['customer.email', customer.email ?? ''],
    ['customer.phone', customer.phone ?? ''],
    ['customer.postalAddress', (customer.postalAddress ?? []).join('\n')],
    ['customer.isBusiness', customer.kind === 'business'],
    ['customer.isConsumer', customer.kind === 'consumer'],
    ['customer.isPublicBuyer', customer.kind === 'publicBuyer'],
    ...creditorValues(input.creditor),
    ['asOf', longDateFr(input.asOf)],
    ['replyBy', input.replyBy === undefined ? '' : longDateFr(input.replyBy)],
    ['totals.outstanding', totals.outstanding],
    ['totals.penalties', totals.penalties],
    ['totals.indemnities', totals.indemnities],
    ['totals.claimed', totals.claimed],
    ['invoiceNumbers', joinFr(receivables.map((receivable) => receivable.number))],
    ['receivableCount', String(receivables.length)],
    ['severalReceivables', receivables.length > 1],
    ['claimsPenalties', input.claimsPenalties],
    ['hasPenalties', columns.penalties],
    ['hasIndemnities', columns.indemnities],
    ['hasPenaltyRates', columns.rates],
  ]);
  return {
    values,
    receivables: receivables.map(
      (receivable) =>
        new Map<string, string | boolean>([
          ['number', receivable.number],
          ['issueDate', receivable.issueDate],
          ['dueDate', receivable.dueDate],
          ['amount', receivable.amount],
          ['outstanding', receivable.outstanding],
          ['daysLate', String(receivable.daysLate)],
          ['penalty', receivable.penalty],
          ['indemnity', receivable.indemnity],
          ['penaltyRates', receivable.penaltyRates],
          ['isLate', receivable.daysLate > 0],
        ]),
    ),
    receivablesTable: {
      text: receivablesTableText(receivables, totals, columns, customer.kind),
      html: receivablesTableHtml(receivables, totals, columns, customer.kind),
    },
  };
}

function creditorValues(creditor: Creditor): [string, string][] {
  const siren = creditor.siren === undefined ? '' : normalizeIdentifier(creditor.siren);
  return [
    ['creditor.name', creditor.name],
    ['creditor.address', (creditor.address ?? []).join('\n')],
    ['creditor.email', creditor.email ?? ''],
    ['creditor.phone', creditor.phone ?? ''],
    ['creditor.siren', siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3')],
    ['creditor.iban', creditor.iban === undefined ? '' : formatIban(creditor.iban)],
    ['creditor.bic', creditor.bic === undefined ? '' : normalizeIdentifier(creditor.bic)],
    ['creditor.signature', creditor.signature ?? ''],
  ];
}

/** Whether a checked amount (2 decimals at most, not negative) is zero. */
function isZero(amount: string): boolean {
  return toScaledUnits(amount, 2) === 0;
}
