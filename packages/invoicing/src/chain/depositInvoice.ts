import {
  allocateMoney,
  DECIMAL_KINDS,
  Decimal,
  decimalStringSchema,
  formatMoney,
  isZeroMoney,
  parseMoney,
  parseWithSchema,
  TpeError,
} from '@tpe/core';
import { z } from 'zod';
import { idSchema, nameSchema, nonNegativeAmountSchema } from '../internal/fields.js';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import type { DocumentLine } from '../model/DocumentLine.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { invalidInput } from './internal/chainErrors.js';
import { documentListSchema } from './internal/chainSchemas.js';
import { draftFrom } from './internal/draftFrom.js';
import { centsOf, formatCents, roundToCents } from './internal/quantities.js';
import { expectOpenOrder, isLive, linksTo } from './internal/sourceGuards.js';
import { lineVatOf, natureOfGroup, vatKeyOf } from './internal/vatGroups.js';

/**
 * Options of {@link depositInvoice}: the deposit as a percentage of the
 * order, or as an amount excluding VAT.
 *
 * @example
 * ```ts
 * import type { DepositInvoiceOptions } from '@tpe/invoicing';
 *
 * const thirtyPercent: DepositInvoiceOptions = { id: 'DEP-1', percent: '30' };
 * const fixed: DepositInvoiceOptions = { id: 'DEP-2', amountExcludingVat: '500.00' };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface DepositInvoiceOptions {
  /** The caller's id of the new deposit invoice. */
  readonly id: string;
  /** The deposit in percent of the order's total excluding VAT (BT-109), above 0, at most 100. */
  readonly percent?: string | undefined;
  /** The deposit excluding VAT, 2 decimals, above 0 (give this or `percent`). */
  readonly amountExcludingVat?: string | undefined;
  /** The label of the lines; `"Acompte sur commande <order number or id>"` by default. */
  readonly label?: string | undefined;
}

const percentSchema = decimalStringSchema({ ...DECIMAL_KINDS.rate, maxIntegerDigits: 3 });

/**
 * A zod schema for {@link DepositInvoiceOptions}: unknown keys refused,
 * exactly one of `percent` (above 0, at most 100) and `amountExcludingVat`
 * (above 0) (issue codes `deposit_missing`, `deposit_conflict`,
 * `not_positive`, `above_hundred`).
 *
 * @example
 * ```ts
 * import { depositInvoiceOptionsSchema } from '@tpe/invoicing';
 *
 * depositInvoiceOptionsSchema.safeParse({ id: 'DEP-1', percent: '30' }).success; // true
 * depositInvoiceOptionsSchema.safeParse({ id: 'DEP-1', percent: '130' }).success; // false
 * depositInvoiceOptionsSchema.safeParse({ id: 'DEP-1' }).success; // false
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const depositInvoiceOptionsSchema: z.ZodType<DepositInvoiceOptions> = z
  .strictObject({
    id: idSchema,
    percent: percentSchema.optional(),
    amountExcludingVat: nonNegativeAmountSchema.optional(),
    label: nameSchema.optional(),
  })
  .check((context) => {
    const { percent, amountExcludingVat } = context.value;
    const push = (path: string, code: string, message: string): void => {
      context.issues.push({
        code: 'custom',
        message,
        input: context.value,
        path: [path],
        params: { code },
      });
    };
    if (percent === undefined && amountExcludingVat === undefined) {
      push('percent', 'deposit_missing', 'Give the percent or the amount excluding VAT');
    } else if (percent !== undefined && amountExcludingVat !== undefined) {
      push('percent', 'deposit_conflict', 'Give the percent or the amount excluding VAT, not both');
    }
    if (percent !== undefined && new Decimal(percent).isZero()) {
      push('percent', 'not_positive', 'The percent must be above 0');
    }
    if (percent !== undefined && new Decimal(percent).gt(100)) {
      push('percent', 'above_hundred', 'The percent must be at most 100');
    }
    if (amountExcludingVat !== undefined && centsOf(amountExcludingVat) === 0n) {
      push('amountExcludingVat', 'not_positive', 'The amount must be above 0');
    }
  });

const argumentsSchema = z.strictObject({
  order: commercialDocumentSchema,
  deposits: documentListSchema,
  options: depositInvoiceOptionsSchema,
});

/**
 * Makes a deposit invoice (facture d'acompte) on a sales order: one line per
 * VAT rate of the order, the deposit spread over the rates in proportion to
 * their taxable amounts so that no cent is lost.
 *
 * **Details**: the deposit excluding VAT is `round2(BT-109 × percent / 100)`
 * (or the amount given); it is split across the order's VAT groups (BT-116)
 * with `allocateMoney` (largest remainders), so the lines add up to it
 * exactly; the VAT is then computed per rate by the totals. The deposit
 * invoice links to the order (`invoicedFrom`); once issued, the final
 * invoice deducts it with {@link deductDeposits}.
 *
 * **Why an invoice**: in France a down payment received calls for an invoice
 * (CGI art. 289 I 1 c), and VAT is due on it when it is received — for
 * goods too since 1 January 2023 (CGI art. 269, 2 a).
 *
 * @param order - a sales order, not cancelled nor closed, with a total above zero
 * @param deposits - the deposit invoices already made on it (others are ignored)
 * @param options - the id and the percent or amount
 * @returns a new deposit invoice in `draft`
 * @throws {@link TpeError} `QUANTITY_EXCEEDS_REMAINING` when the deposits
 *   would exceed the order's total excluding VAT; `INVALID_INPUT` (see
 *   {@link depositInvoiceOptionsSchema}; `nothing_to_deposit` for an order
 *   without a positive taxable amount, `deposit_rounds_to_zero`)
 *
 * @example
 * ```ts
 * import { computeDocumentTotals, depositInvoice } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const order = {
 *   id: 'SO-1', kind: 'salesOrder', status: 'confirmed', currency: 'EUR', seller,
 *   lines: [
 *     { id: '1', label: 'Table', quantity: '1', unitPrice: '1000.00', unitCode: 'C62', vat: { category: 'S', rate: '20' }, nature: 'goods' },
 *     { id: '2', label: 'Livres', quantity: '10', unitPrice: '20.00', unitCode: 'C62', vat: { category: 'S', rate: '5.5' }, nature: 'goods' },
 *   ],
 * } as const;
 *
 * const deposit = depositInvoice(order, [], { id: 'DEP-1', percent: '30' });
 * deposit.lines.map((line) => [line.vat.rate, line.unitPrice]); // [['5.5', '60.00'], ['20', '300.00']]
 * computeDocumentTotals(deposit).taxInclusiveAmount; // '423.30' (360.00 + 60.00 + 3.30)
 * depositInvoice(order, [deposit], { id: 'DEP-2', percent: '80' }); // throws TpeError QUANTITY_EXCEEDS_REMAINING
 * ```
 *
 * @see CGI art. 289 I 1 c, art. 269 2 a; EN 16931 type code 386
 * @category Document chain
 * @since 0.1.0
 */
export function depositInvoice(
  order: CommercialDocument,
  deposits: readonly CommercialDocument[],
  options: DepositInvoiceOptions,
): CommercialDocument {
  const read = parseWithSchema(argumentsSchema, { order, deposits, options });
  const source = read.order;
  expectOpenOrder(source, ['salesOrder'], 'depositInvoice', ['order']);
  const totals = computeDocumentTotals(source);
  const groups = totals.vatBreakdown.filter((entry) => centsOf(entry.taxableAmount) > 0n);
  if (groups.length === 0) {
    throw invalidInput(
      ['order', 'lines'],
      'nothing_to_deposit',
      `The order ${source.id} has no positive taxable amount`,
    );
  }
  const orderCents = centsOf(totals.taxExclusiveAmount);
  const { percent, amountExcludingVat } = read.options;
  const depositCents =
    percent === undefined
      ? centsOf(amountExcludingVat ?? '0')
      : roundToCents(new Decimal(orderCents.toString()).times(percent).div(100));
  if (depositCents === 0n) {
    throw invalidInput(
      ['options', 'percent'],
      'deposit_rounds_to_zero',
      'The deposit rounds to 0.00',
    );
  }
  const earlier = read.deposits
    .filter(
      (deposit) =>
        deposit.kind === 'depositInvoice' &&
        isLive(deposit) &&
        linksTo(deposit, source.id, 'invoicedFrom'),
    )
    .reduce((sum, deposit) => sum + centsOf(computeDocumentTotals(deposit).taxExclusiveAmount), 0n);
  if (earlier + depositCents > orderCents) {
    const message = `Deposits of ${formatCents(earlier + depositCents)} would exceed the order's ${formatCents(orderCents)} excluding VAT`;
    throw new TpeError('QUANTITY_EXCEEDS_REMAINING', message, {
      issues: [{ path: ['options'], code: 'exceeds_remaining', message }],
      details: {
        requested: formatCents(depositCents),
        remaining: formatCents(orderCents - earlier),
      },
    });
  }
  const parts = allocateMoney(
    parseMoney(formatCents(depositCents), source.currency, { scale: 2 }),
    groups.map((entry) => entry.taxableAmount),
  );
  const label = read.options.label ?? `Acompte sur commande ${source.number ?? source.id}`;
  const lines: DocumentLine[] = groups.flatMap((entry, index) => {
    const part = parts[index];
    if (part === undefined || isZeroMoney(part)) return [];
    return [
      {
        id: String(index + 1),
        label,
        quantity: '1',
        unitCode: 'C62',
        unitPrice: formatMoney(part),
        vat: lineVatOf(entry),
        nature: natureOfGroup(source, vatKeyOf(entry)),
      },
    ];
  });
  return draftFrom(source, {
    id: read.options.id,
    kind: 'depositInvoice',
    lines,
    ...(source.paymentTerm === undefined ? {} : { paymentTerm: source.paymentTerm }),
    links: [{ documentId: source.id, relation: 'invoicedFrom' }],
  });
}
