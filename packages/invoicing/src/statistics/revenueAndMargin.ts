import { currencyCodeSchema, divideRounded, parseWithSchema, toScaledBigInt } from '@tpe/core';
import { z } from 'zod';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import { amountOf, unitsOf } from '../payments/internal/amounts.js';
import { currencyMismatch, invalidInput } from '../payments/internal/inputErrors.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { type PeriodGranularity, periodKey } from './internal/periodKey.js';
import { percentOf } from './internal/ratios.js';
import {
  checkPeriod,
  inPeriod,
  type StatisticsPeriod,
  statisticsPeriodShape,
} from './internal/statisticsPeriod.js';

/**
 * Options of {@link revenueAndMargin}: the day of the figures, the period
 * (issue dates, both ends included, optional) and how to group.
 *
 * @example
 * ```ts
 * import type { RevenueAndMarginOptions } from '@tpe/invoicing';
 *
 * const options: RevenueAndMarginOptions = { asOf: '2026-06-30', from: '2026-01-01', groupBy: 'quarter' };
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface RevenueAndMarginOptions extends StatisticsPeriod {
  /** The day of the figures: documents issued after it are not counted. */
  readonly asOf: string;
  /** The first issue date counted; none by default. */
  readonly from?: string | undefined;
  /** The last issue date counted; `asOf` by default (and never after it). */
  readonly to?: string | undefined;
  /** By calendar month (`2026-03`), quarter (`2026-Q1`), year (`2026`), customer id or item reference. */
  readonly groupBy: PeriodGranularity | 'customer' | 'item';
  /** ISO 4217 code every document counted must be in; `"EUR"` by default. */
  readonly currency?: string | undefined;
}

/**
 * Revenue, cost and gross margin of a group of sales (or of all of them).
 *
 * @example
 * ```ts
 * import type { SalesFigures } from '@tpe/invoicing';
 *
 * const figures: SalesFigures = {
 *   revenue: '1000.00', cost: '600.00', margin: '400.00', marginRate: '40.00', markupRate: '66.67',
 *   uncostedRevenue: '0.00', invoices: 2, creditNotes: 0,
 * };
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface SalesFigures {
  /** Net revenue excluding VAT: invoices minus credit notes (BT-131 per line, BT-109 per document). */
  readonly revenue: string;
  /** Σ purchase cost × quantity of the lines (each rounded to the cent), credit notes subtracted. */
  readonly cost: string;
  /** `revenue − cost`: the gross margin. */
  readonly margin: string;
  /** `margin / revenue × 100` (taux de marque), 2 decimals; `null` when the revenue is zero. */
  readonly marginRate: string | null;
  /** `margin / cost × 100` (taux de marge), 2 decimals; `null` when the cost is zero. */
  readonly markupRate: string | null;
  /** The revenue of lines without a purchase cost, counted at a cost of zero. */
  readonly uncostedRevenue: string;
  /** How many invoices contribute. */
  readonly invoices: number;
  /** How many credit notes contribute. */
  readonly creditNotes: number;
}

/**
 * The figures of one group: a period key, a customer id or an item
 * reference; `null` gathers, by customer, documents without a customer and,
 * by item, lines without an item reference and document-level allowances and
 * charges.
 *
 * @example
 * ```ts
 * import type { SalesGroup } from '@tpe/invoicing';
 *
 * const march: SalesGroup = {
 *   key: '2026-03', revenue: '1000.00', cost: '600.00', margin: '400.00', marginRate: '40.00',
 *   markupRate: '66.67', uncostedRevenue: '0.00', invoices: 2, creditNotes: 0,
 * };
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface SalesGroup extends SalesFigures {
  /** The group. */
  readonly key: string | null;
}

/**
 * What {@link revenueAndMargin} returns: the groups and their total (the
 * groups add up to it exactly).
 *
 * @example
 * ```ts
 * import type { RevenueAndMargin } from '@tpe/invoicing';
 *
 * const empty: RevenueAndMargin = {
 *   asOf: '2026-06-30', currency: 'EUR', groupBy: 'month', groups: [],
 *   total: { revenue: '0.00', cost: '0.00', margin: '0.00', marginRate: null, markupRate: null,
 *     uncostedRevenue: '0.00', invoices: 0, creditNotes: 0 },
 * };
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface RevenueAndMargin {
  /** The day of the figures. */
  readonly asOf: string;
  /** ISO 4217 code of the amounts. */
  readonly currency: string;
  /** How the groups are made. */
  readonly groupBy: RevenueAndMarginOptions['groupBy'];
  /** The groups with sales, by key (`null` last). */
  readonly groups: readonly SalesGroup[];
  /** All the sales counted. */
  readonly total: SalesFigures;
}

const inputSchema = z.strictObject({
  documents: z.array(commercialDocumentSchema).max(1_000_000),
  options: z
    .strictObject({
      ...statisticsPeriodShape,
      groupBy: z.enum(['month', 'quarter', 'year', 'customer', 'item']),
      currency: currencyCodeSchema.optional(),
    })
    .check(checkPeriod),
});

/** Running sums of a group, in cents. */
interface Sums {
  revenue: bigint;
  cost: bigint;
  uncosted: bigint;
  readonly invoices: Set<string>;
  readonly creditNotes: Set<string>;
}

/** One document's part in one group. */
interface Contribution {
  readonly key: string | null;
  readonly revenue: bigint;
  readonly cost: bigint;
  readonly uncosted: bigint;
}

/**
 * Revenue and gross margin of the issued invoices minus the credit notes,
 * as of a date, over a period, grouped by month, quarter, year, customer or
 * item.
 *
 * **Definitions**: a document counts on its issue date, if that is in the
 * period and not after `asOf`. Invoices (`kind: 'invoice'`, issued or since
 * cancelled) add, credit notes subtract: a cancelled invoice and the credit
 * note that cancels it make zero. Deposit invoices do not count (a deposit
 * is not revenue until the final invoice, which carries the whole sale and
 * deducts it), nor drafts, quotes, orders or purchase documents. Revenue is
 * net of VAT: each line's net amount (BT-131), plus the document's charges,
 * minus its allowances (BT-109 in total). Cost is the line's purchase cost ×
 * quantity, rounded to the cent per line; a line without a purchase cost
 * costs zero and its revenue is reported in `uncostedRevenue`. Margin =
 * revenue − cost.
 *
 * **Grouping by item**: lines by their item reference; lines without one and
 * the document-level allowances and charges (which belong to no item) go to
 * the `null` group, so that the groups still add up to the total.
 *
 * @param documents - any documents; only invoices and credit notes are read
 * @param options - `asOf`, the period, `groupBy`, the currency
 * @returns the figures per group and in total
 * @throws {@link TpeError} `INVALID_INPUT` (bad documents, `from_after_to`,
 *   an issued document without issue date `issue_date_missing`);
 *   `CURRENCY_MISMATCH` for a document counted in another currency
 *
 * @example
 * ```ts
 * import { revenueAndMargin } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = { id: '1', itemReference: 'CHAISE', label: 'Chaise', quantity: '4', unitCode: 'C62', unitPrice: '120', purchaseCost: '70', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const invoice = { id: 'INV-1', kind: 'invoice', status: 'issued', number: 'F-1', issueDate: '2026-03-02', currency: 'EUR', seller, lines: [line] } as const;
 * const creditNote = { ...invoice, id: 'CN-1', kind: 'creditNote', number: 'AV-1', issueDate: '2026-04-10', lines: [{ ...line, quantity: '1' }] } as const;
 * // March: 4 × 120 = 480.00 revenue, 4 × 70 = 280.00 cost; April: one chair back
 * const byMonth = revenueAndMargin([invoice, creditNote], { asOf: '2026-06-30', groupBy: 'month' });
 * byMonth.groups.map((group) => [group.key, group.revenue, group.margin]);
 * // [['2026-03', '480.00', '200.00'], ['2026-04', '-120.00', '-50.00']]
 * [byMonth.total.revenue, byMonth.total.cost, byMonth.total.margin, byMonth.total.marginRate];
 * // ['360.00', '210.00', '150.00', '41.67']
 * revenueAndMargin([invoice, creditNote], { asOf: '2026-03-31', groupBy: 'item' }).total.revenue; // '480.00'
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export function revenueAndMargin(
  documents: readonly CommercialDocument[],
  options: RevenueAndMarginOptions,
): RevenueAndMargin {
  const parsed = parseWithSchema(inputSchema, { documents, options });
  const { groupBy } = parsed.options;
  const currency = parsed.options.currency ?? 'EUR';
  const groups = new Map<string | null, Sums>();
  const total = emptySums();
  parsed.documents.forEach((document, index) => {
    if (document.kind !== 'invoice' && document.kind !== 'creditNote') return;
    if (document.status === 'draft') return;
    if (document.issueDate === undefined) {
      throw invalidInput(
        ['documents', index, 'issueDate'],
        'issue_date_missing',
        `The ${document.status} ${document.kind} ${document.id} has no issue date`,
      );
    }
    if (!inPeriod(document.issueDate, parsed.options)) return;
    if (document.currency !== currency) {
      throw currencyMismatch(['documents', index], currency, document.currency);
    }
    const issueDate = document.issueDate;
    const keyOf = (itemReference: string | null): string | null =>
      groupBy === 'customer'
        ? (document.customer?.id ?? null)
        : groupBy === 'item'
          ? itemReference
          : periodKey(issueDate, groupBy);
    const count = document.kind === 'invoice' ? 'invoices' : 'creditNotes';
    const sign = document.kind === 'invoice' ? 1n : -1n;
    for (const part of contributions(document, keyOf)) {
      const sums = groups.get(part.key) ?? emptySums();
      groups.set(part.key, sums);
      for (const target of [sums, total]) {
        target.revenue += sign * part.revenue;
        target.cost += sign * part.cost;
        target.uncosted += sign * part.uncosted;
        target[count].add(document.id);
      }
    }
  });
  return {
    asOf: parsed.options.asOf,
    currency,
    groupBy,
    groups: [...groups.entries()]
      .sort(([left], [right]) => compareKeys(left, right))
      .map(([key, sums]) => ({ key, ...figures(sums) })),
    total: figures(total),
  };
}

/** What a document brings to each group, before its sign. */
function contributions(
  document: CommercialDocument,
  keyOf: (itemReference: string | null) => string | null,
): Contribution[] {
  const totals = computeDocumentTotals(document);
  const parts = document.lines.map((line, index): Contribution => {
    const revenue = unitsOf(totals.lines[index]?.netAmount ?? '0');
    const cost =
      line.purchaseCost === undefined
        ? 0n
        : divideRounded(
            toScaledBigInt(line.purchaseCost, 6) * toScaledBigInt(line.quantity, 6),
            10n ** 10n,
          );
    return {
      key: keyOf(line.itemReference ?? null),
      revenue,
      cost,
      uncosted: line.purchaseCost === undefined ? revenue : 0n,
    };
  });
  const documentLevel = unitsOf(totals.chargeTotal) - unitsOf(totals.allowanceTotal);
  if (documentLevel !== 0n) {
    parts.push({ key: keyOf(null), revenue: documentLevel, cost: 0n, uncosted: 0n });
  }
  return parts;
}

function emptySums(): Sums {
  return { revenue: 0n, cost: 0n, uncosted: 0n, invoices: new Set(), creditNotes: new Set() };
}

function figures(sums: Sums): SalesFigures {
  const margin = sums.revenue - sums.cost;
  return {
    revenue: amountOf(sums.revenue),
    cost: amountOf(sums.cost),
    margin: amountOf(margin),
    marginRate: percentOf(margin, sums.revenue),
    markupRate: percentOf(margin, sums.cost),
    uncostedRevenue: amountOf(sums.uncosted),
    invoices: sums.invoices.size,
    creditNotes: sums.creditNotes.size,
  };
}

function compareKeys(left: string | null, right: string | null): number {
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return left < right ? -1 : 1;
}
