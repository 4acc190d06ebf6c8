import { compareDates, TpeError } from '@tpe/core';
import type { Allocation } from '../Allocation.js';
import type { AllocationInstruction } from '../AllocationInstruction.js';
import type { AllocationResult } from '../AllocationResult.js';
import type { PayableInvoice } from '../PayableInvoice.js';
import type { SettlementHistory } from '../SettlementHistory.js';
import { amountOf, unitsOf } from './amounts.js';
import { currencyMismatch, invalidInput } from './inputErrors.js';
import { byDueDate } from './invoiceOrder.js';
import type { SettlingMoney } from './settlingMoney.js';
import { unitsLeftOn } from './sourceUsage.js';

/** One planned allocation before it is written out. */
interface Share {
  readonly invoice: PayableInvoice;
  readonly units: bigint;
}

/**
 * Spreads a payment or a credit note over invoices by the instruction, after
 * what `history` already took from it and already applied to them. Checks
 * everything before building anything; `cancelledAllowed` is for credit
 * notes, which are how an invoice gets cancelled.
 */
export function settle(
  money: SettlingMoney,
  invoices: readonly PayableInvoice[],
  instruction: AllocationInstruction,
  history: SettlementHistory,
  cancelledAllowed: boolean,
): AllocationResult {
  checkInvoices(money, invoices);
  const on = instruction.on ?? money.date;
  if (compareDates(on, money.date) < 0) {
    throw invalidInput(
      ['instruction', 'on'],
      'before_source_date',
      `The allocation day ${on} is before the ${money.source.kind} date ${money.date}`,
    );
  }
  const available = unitsLeftOn(money.source, money.amount, history);
  const balances = balancesAfter(invoices, history);
  const shares =
    'allocations' in instruction
      ? explicitShares(instruction.allocations, invoices, balances, available, cancelledAllowed)
      : oldestDueFirstShares(invoices, balances, available, cancelledAllowed);
  const allocations: Allocation[] = shares.map((share) => ({
    source: { kind: money.source.kind, id: money.source.id },
    invoiceId: share.invoice.id,
    amount: amountOf(share.units),
    date: compareDates(share.invoice.issueDate, on) > 0 ? share.invoice.issueDate : on,
  }));
  const allocated = shares.reduce((total, share) => total + share.units, 0n);
  return {
    source: { kind: money.source.kind, id: money.source.id },
    currency: money.currency,
    available: amountOf(available),
    allocations,
    allocated: amountOf(allocated),
    credit: amountOf(available - allocated),
  };
}

function checkInvoices(money: SettlingMoney, invoices: readonly PayableInvoice[]): void {
  const seen = new Set<string>();
  invoices.forEach((invoice, index) => {
    if (invoice.customerId !== money.customerId) {
      throw invalidInput(
        ['openInvoices', index, 'customerId'],
        'other_customer',
        `Invoice ${invoice.number} is owed by ${invoice.customerId}, not by ${money.customerId}`,
      );
    }
    const invoiceCurrency = invoice.currency ?? 'EUR';
    if (invoiceCurrency !== money.currency) {
      throw currencyMismatch(['openInvoices', index], money.currency, invoiceCurrency);
    }
    if (seen.has(invoice.id)) {
      throw invalidInput(
        ['openInvoices', index, 'id'],
        'duplicate_id',
        `Invoice ${invoice.id} is listed twice`,
      );
    }
    seen.add(invoice.id);
  });
}

/** Each invoice's amount due minus what the history already applied to it. */
function balancesAfter(
  invoices: readonly PayableInvoice[],
  history: SettlementHistory,
): ReadonlyMap<string, bigint> {
  const applied = new Map<string, bigint>();
  for (const allocation of history.allocations ?? []) {
    const units = unitsOf(allocation.amount);
    applied.set(allocation.invoiceId, (applied.get(allocation.invoiceId) ?? 0n) + units);
  }
  const balances = new Map<string, bigint>();
  for (const invoice of invoices) {
    const already = applied.get(invoice.id) ?? 0n;
    const balance = unitsOf(invoice.amountDue) - already;
    if (balance < 0n) {
      const message = `The history applies ${amountOf(already)} to invoice ${invoice.number}, which owes only ${invoice.amountDue}`;
      throw new TpeError('ALLOCATION_EXCEEDS', message, {
        issues: [{ path: ['history', 'allocations'], code: 'invoice_exceeded', message }],
        details: {
          invoiceId: invoice.id,
          amountDue: invoice.amountDue,
          allocated: amountOf(already),
        },
      });
    }
    balances.set(invoice.id, balance);
  }
  return balances;
}

function oldestDueFirstShares(
  invoices: readonly PayableInvoice[],
  balances: ReadonlyMap<string, bigint>,
  available: bigint,
  cancelledAllowed: boolean,
): Share[] {
  const open = invoices
    .filter(
      (invoice) =>
        (cancelledAllowed || invoice.status !== 'cancelled') &&
        (balances.get(invoice.id) ?? 0n) > 0n,
    )
    .sort(byDueDate);
  const shares: Share[] = [];
  let left = available;
  for (const invoice of open) {
    if (left === 0n) break;
    const balance = balances.get(invoice.id) ?? 0n;
    const units = balance < left ? balance : left;
    shares.push({ invoice, units });
    left -= units;
  }
  return shares;
}

function explicitShares(
  requested: readonly { readonly invoiceId: string; readonly amount: string }[],
  invoices: readonly PayableInvoice[],
  balances: ReadonlyMap<string, bigint>,
  available: bigint,
  cancelledAllowed: boolean,
): Share[] {
  const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
  const used = new Set<string>();
  const shares = requested.map((request, index): Share => {
    const path = ['instruction', 'allocations', index];
    const invoice = byId.get(request.invoiceId);
    if (invoice === undefined) {
      throw invalidInput(
        [...path, 'invoiceId'],
        'unknown_invoice',
        `Invoice ${request.invoiceId} is not among the open invoices`,
      );
    }
    if (used.has(invoice.id)) {
      throw invalidInput(
        [...path, 'invoiceId'],
        'duplicate_invoice',
        `Invoice ${request.invoiceId} is allocated twice`,
      );
    }
    used.add(invoice.id);
    if (!cancelledAllowed && invoice.status === 'cancelled') {
      const message = `Invoice ${invoice.number} is cancelled: it cannot be paid`;
      throw new TpeError('DOCUMENT_CANCELLED', message, {
        issues: [{ path: [...path, 'invoiceId'], code: 'document_cancelled', message }],
        details: { invoiceId: invoice.id, number: invoice.number },
      });
    }
    const units = unitsOf(request.amount);
    const balance = balances.get(invoice.id) ?? 0n;
    if (units > balance) {
      const message = `${request.amount} is more than the ${amountOf(balance)} invoice ${invoice.number} still owes`;
      throw new TpeError('ALLOCATION_EXCEEDS', message, {
        issues: [{ path: [...path, 'amount'], code: 'invoice_exceeded', message }],
        details: {
          invoiceId: invoice.id,
          requested: request.amount,
          balance: amountOf(balance),
        },
      });
    }
    return { invoice, units };
  });
  const total = shares.reduce((sum, share) => sum + share.units, 0n);
  if (total > available) {
    const message = `The allocations total ${amountOf(total)}, more than the ${amountOf(available)} available`;
    throw new TpeError('ALLOCATION_EXCEEDS', message, {
      issues: [{ path: ['instruction', 'allocations'], code: 'source_exceeded', message }],
      details: {
        requested: amountOf(total),
        available: amountOf(available),
      },
    });
  }
  return shares;
}
