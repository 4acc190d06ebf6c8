import {
  compareDates,
  currencyCodeSchema,
  isoDateSchema,
  parseWithSchema,
  TpeError,
} from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { type Allocation, allocationSchema, type SettlementSource } from './Allocation.js';
import { type IssuedCreditNote, issuedCreditNoteSchema } from './IssuedCreditNote.js';
import { amountOf, sumUnits, unitsOf } from './internal/amounts.js';
import { currencyMismatch, invalidInput } from './internal/inputErrors.js';
import { byDueDate } from './internal/invoiceOrder.js';
import {
  checkInvoiceAllocations,
  invoiceStatusOn,
  type PlacedAllocation,
} from './internal/invoiceStatus.js';
import {
  type SettlingMoney,
  settlingCreditNote,
  settlingPayment,
} from './internal/settlingMoney.js';
import type { InvoiceStatusAsOf } from './invoiceStatusAsOf.js';
import { type PayableInvoice, payableInvoiceSchema } from './PayableInvoice.js';
import { type Payment, paymentSchema } from './Payment.js';
import { type Refund, refundSchema } from './Refund.js';

/**
 * Options of {@link customerBalanceAsOf}.
 *
 * @example
 * ```ts
 * import type { CustomerBalanceOptions } from '@tpe/invoicing';
 *
 * const options: CustomerBalanceOptions = { currency: 'EUR', refunds: [] };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export interface CustomerBalanceOptions {
  /** The refunds made (those of other customers are ignored). */
  readonly refunds?: readonly Refund[] | undefined;
  /** ISO 4217 code every record of the customer must be in; `"EUR"` by default. */
  readonly currency?: string | undefined;
}

/**
 * A customer's account on a date, as returned by {@link customerBalanceAsOf}.
 *
 * **Details**: `balance = invoiced − credited − received + refunded`: above
 * zero the customer owes it, below zero it is owed to the customer. It also
 * equals `receivable − unallocatedCredit`: what the invoices still owe minus
 * the payments and credit notes not yet allocated nor refunded.
 *
 * @example
 * ```ts
 * import type { CustomerBalance } from '@tpe/invoicing';
 *
 * const account: CustomerBalance = {
 *   customerId: 'C-001', asOf: '2026-04-30', currency: 'EUR',
 *   invoiced: '1500.00', credited: '0.00', received: '1000.00', refunded: '0.00',
 *   balance: '500.00', receivable: '500.00', overdue: '500.00', unallocatedCredit: '0.00',
 *   invoices: [],
 * };
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export interface CustomerBalance {
  /** The customer. */
  readonly customerId: string;
  /** The day of the balance. */
  readonly asOf: string;
  /** ISO 4217 code of the amounts. */
  readonly currency: string;
  /** The amounts due of the invoices issued by `asOf` (cancelled ones included: their credit notes count below). */
  readonly invoiced: string;
  /** The credit notes issued by `asOf`. */
  readonly credited: string;
  /** The payments received by `asOf`. */
  readonly received: string;
  /** The refunds made by `asOf`. */
  readonly refunded: string;
  /** `invoiced − credited − received + refunded`; negative when the customer is owed money. */
  readonly balance: string;
  /** What the invoices still owe on `asOf`, after allocations. */
  readonly receivable: string;
  /** The part of `receivable` past due. */
  readonly overdue: string;
  /** Payments and credit notes not yet allocated nor refunded on `asOf`. */
  readonly unallocatedCredit: string;
  /** Each invoice issued by `asOf`, oldest due first, with its status then. */
  readonly invoices: readonly InvoiceStatusAsOf[];
}

const list = <Schema extends z.ZodType>(schema: Schema) => z.array(schema).max(1_000_000);

const inputSchema = z.strictObject({
  customerId: idSchema,
  invoices: list(payableInvoiceSchema),
  creditNotes: list(issuedCreditNoteSchema),
  payments: list(paymentSchema),
  allocations: list(allocationSchema),
  asOf: isoDateSchema,
  options: z.strictObject({
    refunds: list(refundSchema).optional(),
    currency: currencyCodeSchema.optional(),
  }),
});

/**
 * A customer's balance on any date, past or present: what was invoiced,
 * credited, received and refunded by then, what its invoices still owed and
 * what credit it had.
 *
 * **Details**: records dated after `asOf` (invoices and credit notes by issue
 * date, payments, refunds and allocations by their date) are ignored, so the
 * balance on a past date is the one the books showed then. Records of other
 * customers are ignored, so a whole ledger may be passed. The records of the
 * customer are checked for consistency first: each allocation must link one
 * of its payments or credit notes to one of its invoices, never before
 * either; no payment or credit note may give more than its amount, no
 * invoice take more than its amount due.
 *
 * @param customerId - the customer
 * @param invoices - issued invoices (`PayableInvoice`)
 * @param creditNotes - issued credit notes
 * @param payments - payments received
 * @param allocations - allocations of payments and credit notes to invoices
 * @param asOf - the day of the balance
 * @param options - refunds made, currency
 * @returns the balance, its parts and the status of each invoice
 * @throws {@link TpeError} `INVALID_INPUT` (bad records, `duplicate_id`,
 *   `unknown_invoice`, `unknown_source`, `before_source_date`,
 *   `before_issue_date`); `CURRENCY_MISMATCH`; `ALLOCATION_EXCEEDS`
 *
 * @example
 * ```ts
 * import { customerBalanceAsOf } from '@tpe/invoicing';
 *
 * const invoices = [
 *   { id: 'INV-1', number: 'F-2026-0001', customerId: 'C-001', issueDate: '2026-03-02',
 *     dueDate: '2026-04-01', amountDue: '1200.00', status: 'issued' as const },
 * ];
 * const payments = [
 *   { id: 'P-1', customerId: 'C-001', date: '2026-04-15', amount: '1300.00', method: 'cheque' as const },
 * ];
 * const allocations = [
 *   { source: { kind: 'payment' as const, id: 'P-1' }, invoiceId: 'INV-1', amount: '1200.00', date: '2026-04-15' },
 * ];
 * customerBalanceAsOf('C-001', invoices, [], payments, allocations, '2026-04-10').balance; // '1200.00'
 * const after = customerBalanceAsOf('C-001', invoices, [], payments, allocations, '2026-04-30');
 * [after.balance, after.receivable, after.unallocatedCredit]; // ['-100.00', '0.00', '100.00']
 * ```
 *
 * @category Payments
 * @since 0.1.0
 */
export function customerBalanceAsOf(
  customerId: string,
  invoices: readonly PayableInvoice[],
  creditNotes: readonly IssuedCreditNote[],
  payments: readonly Payment[],
  allocations: readonly Allocation[],
  asOf: string,
  options: CustomerBalanceOptions = {},
): CustomerBalance {
  const parsed = parseWithSchema(inputSchema, {
    customerId,
    invoices,
    creditNotes,
    payments,
    allocations,
    asOf,
    options,
  });
  const currency = parsed.options.currency ?? 'EUR';
  const ledger = readLedger(parsed, currency);
  const onOrBefore = (date: string) => compareDates(date, parsed.asOf) <= 0;

  const issued = ledger.invoices.filter((invoice) => onOrBefore(invoice.issueDate));
  const statuses = [...issued].sort(byDueDate).map((invoice) =>
    invoiceStatusOn(
      invoice,
      (ledger.allocationsByInvoice.get(invoice.id) ?? []).map((placed) => placed.allocation),
      parsed.asOf,
      currency,
    ),
  );
  const invoiced = sumUnits(issued.map((invoice) => invoice.amountDue));
  const credited = sumUnits(
    ledger.creditNotes.filter((note) => onOrBefore(note.issueDate)).map((note) => note.amount),
  );
  const received = sumUnits(
    ledger.payments.filter((payment) => onOrBefore(payment.date)).map((payment) => payment.amount),
  );
  const refunded = sumUnits(
    ledger.refunds.filter((refund) => onOrBefore(refund.date)).map((refund) => refund.amount),
  );
  const allocated = sumUnits(
    [...ledger.allocationsByInvoice.values()]
      .flat()
      .filter((placed) => onOrBefore(placed.allocation.date))
      .map((placed) => placed.allocation.amount),
  );
  return {
    customerId: parsed.customerId,
    asOf: parsed.asOf,
    currency,
    invoiced: amountOf(invoiced),
    credited: amountOf(credited),
    received: amountOf(received),
    refunded: amountOf(refunded),
    balance: amountOf(invoiced - credited - received + refunded),
    receivable: amountOf(sumUnits(statuses.map((status) => status.balance))),
    overdue: amountOf(
      sumUnits(statuses.filter((status) => status.overdue).map((status) => status.balance)),
    ),
    unallocatedCredit: amountOf(received + credited - refunded - allocated),
    invoices: statuses,
  };
}

/** The customer's records, checked against each other. */
interface Ledger {
  readonly invoices: readonly PayableInvoice[];
  readonly creditNotes: readonly IssuedCreditNote[];
  readonly payments: readonly Payment[];
  readonly refunds: readonly Refund[];
  readonly allocationsByInvoice: ReadonlyMap<string, readonly PlacedAllocation[]>;
}

interface ParsedInput {
  readonly customerId: string;
  readonly invoices: readonly PayableInvoice[];
  readonly creditNotes: readonly IssuedCreditNote[];
  readonly payments: readonly Payment[];
  readonly allocations: readonly Allocation[];
  readonly options: { readonly refunds?: readonly Refund[] | undefined };
}

function readLedger(input: ParsedInput, currency: string): Ledger {
  const mine = <Item extends { readonly customerId: string }>(items: readonly Item[]) =>
    items.flatMap((item, index) => (item.customerId === input.customerId ? [{ item, index }] : []));
  const invoiceById = new Map<string, PayableInvoice>();
  for (const { item, index } of mine(input.invoices)) {
    if ((item.currency ?? 'EUR') !== currency) {
      throw currencyMismatch(['invoices', index], currency, item.currency ?? 'EUR');
    }
    if (invoiceById.has(item.id)) throw duplicateId(['invoices', index, 'id'], item.id);
    invoiceById.set(item.id, item);
  }
  const sources = new Map<string, SettlingMoney>();
  const addSource = (money: SettlingMoney, path: readonly (string | number)[]) => {
    if (money.currency !== currency) throw currencyMismatch(path, currency, money.currency);
    const key = sourceKey(money.source);
    if (sources.has(key)) throw duplicateId([...path, 'id'], money.source.id);
    sources.set(key, money);
  };
  const payments = mine(input.payments);
  const creditNotes = mine(input.creditNotes);
  for (const { item, index } of payments) addSource(settlingPayment(item), ['payments', index]);
  for (const { item, index } of creditNotes) {
    addSource(settlingCreditNote(item), ['creditNotes', index]);
  }

  const taken = new Map<string, bigint>();
  const take = (
    entry: { readonly source: SettlementSource; readonly date: string; readonly amount: string },
    path: readonly (string | number)[],
  ) => {
    const money = sources.get(sourceKey(entry.source));
    if (money === undefined) {
      throw invalidInput(
        [...path, 'source'],
        'unknown_source',
        `${entry.source.kind} ${entry.source.id} is not one of the customer's`,
      );
    }
    if (compareDates(entry.date, money.date) < 0) {
      throw invalidInput(
        [...path, 'date'],
        'before_source_date',
        `Dated ${entry.date}, before ${entry.source.kind} ${entry.source.id} of ${money.date}`,
      );
    }
    const key = sourceKey(entry.source);
    taken.set(key, (taken.get(key) ?? 0n) + unitsOf(entry.amount));
  };
  const allocationsByInvoice = new Map<string, PlacedAllocation[]>();
  input.allocations.forEach((allocation, index) => {
    const path = ['allocations', index];
    const invoice = invoiceById.get(allocation.invoiceId);
    if (invoice === undefined) {
      if (!sources.has(sourceKey(allocation.source))) return;
      throw invalidInput(
        [...path, 'invoiceId'],
        'unknown_invoice',
        `Invoice ${allocation.invoiceId} is not one of the customer's`,
      );
    }
    take(allocation, path);
    const placed = allocationsByInvoice.get(invoice.id);
    if (placed === undefined) allocationsByInvoice.set(invoice.id, [{ allocation, path }]);
    else placed.push({ allocation, path });
  });
  const refunds = mine(input.options.refunds ?? []);
  for (const { item, index } of refunds) take(item, ['options', 'refunds', index]);

  for (const [key, units] of taken) {
    const money = sources.get(key);
    if (money !== undefined && units > unitsOf(money.amount)) {
      const message = `${money.source.kind} ${money.source.id} gives ${amountOf(units)}, more than its ${money.amount}`;
      throw new TpeError('ALLOCATION_EXCEEDS', message, {
        issues: [{ path: ['allocations'], code: 'source_exceeded', message }],
        details: { source: money.source, amount: money.amount, taken: amountOf(units) },
      });
    }
  }
  for (const invoice of invoiceById.values()) {
    checkInvoiceAllocations(invoice, allocationsByInvoice.get(invoice.id) ?? []);
  }
  return {
    invoices: [...invoiceById.values()],
    creditNotes: creditNotes.map(({ item }) => item),
    payments: payments.map(({ item }) => item),
    refunds: refunds.map(({ item }) => item),
    allocationsByInvoice,
  };
}

function sourceKey(source: SettlementSource): string {
  return `${source.kind}:${source.id}`;
}

function duplicateId(path: readonly (string | number)[], id: string): TpeError {
  return invalidInput(path, 'duplicate_id', `The id ${id} is listed twice`);
}
