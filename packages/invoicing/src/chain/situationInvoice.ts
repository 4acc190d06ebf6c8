import {
  DECIMAL_KINDS,
  type Decimal,
  decimalStringSchema,
  isoDateSchema,
  parseWithSchema,
  roundDecimal,
} from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import type { DocumentLine } from '../model/DocumentLine.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { invalidInput } from './internal/chainErrors.js';
import { documentListSchema } from './internal/chainSchemas.js';
import { documentAdjustmentsFor, fractionsOf } from './internal/documentAdjustments.js';
import { draftFrom } from './internal/draftFrom.js';
import { PERCENT_UNIT } from './internal/progress.js';
import { prorateCents } from './internal/prorate.js';
import { centsOf, decimalOf, formatQuantity, HUNDRED, ONE, ZERO } from './internal/quantities.js';
import { expectOpenOrder, isLive } from './internal/sourceGuards.js';
import { takenBy } from './internal/takenBy.js';

/**
 * The cumulative progress of one order line for {@link situationInvoice}.
 *
 * @example
 * ```ts
 * import type { LineProgressPercent } from '@tpe/invoicing';
 *
 * const halfDone: LineProgressPercent = { lineId: '1', percent: '50' };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface LineProgressPercent {
  /** The id of the order line. */
  readonly lineId: string;
  /** The work done on it since the start, in percent (`"75"`), at most 2 decimals, 0 to 100. */
  readonly percent: string;
}

/**
 * Options of {@link situationInvoice}.
 *
 * @example
 * ```ts
 * import type { SituationInvoiceOptions } from '@tpe/invoicing';
 *
 * const options: SituationInvoiceOptions = { id: 'SIT-2', progress: [{ lineId: '1', percent: '75' }] };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface SituationInvoiceOptions {
  /** The caller's id of the new invoice. */
  readonly id: string;
  /** The cumulative progress of the lines that moved; the other lines are not invoiced. */
  readonly progress: readonly LineProgressPercent[];
  /** The last day of the work invoiced (BT-72), when it is not the issue date. */
  readonly deliveryDate?: string | undefined;
}

const percentSchema = decimalStringSchema({
  maxDecimals: 2,
  maxIntegerDigits: 3,
  allowNegative: false,
}).check((context) => {
  if (decimalOf(context.value).gt(HUNDRED)) {
    context.issues.push({
      code: 'custom',
      message: 'A progress is at most 100 %',
      input: context.value,
      params: { code: 'above_hundred' },
    });
  }
});

/**
 * A zod schema for {@link SituationInvoiceOptions}: unknown keys refused, at
 * least one line, percents from 0 to 100 with at most 2 decimals
 * (`above_hundred`).
 *
 * @example
 * ```ts
 * import { situationInvoiceOptionsSchema } from '@tpe/invoicing';
 *
 * situationInvoiceOptionsSchema.safeParse({ id: 'SIT-1', progress: [{ lineId: '1', percent: '30' }] }).success; // true
 * situationInvoiceOptionsSchema.safeParse({ id: 'SIT-1', progress: [{ lineId: '1', percent: '100.5' }] }).success; // false
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const situationInvoiceOptionsSchema: z.ZodType<SituationInvoiceOptions> = z.strictObject({
  id: idSchema,
  progress: z
    .array(z.strictObject({ lineId: idSchema, percent: percentSchema }))
    .min(1)
    .max(100_000),
  deliveryDate: isoDateSchema.optional(),
});

const argumentsSchema = z.strictObject({
  order: commercialDocumentSchema,
  invoices: documentListSchema,
  options: situationInvoiceOptionsSchema,
});

/**
 * Makes a situation invoice (facture de situation) of a long job: for each
 * order line that progressed, the work done since the start (`percent`,
 * cumulative) less what the earlier invoices of the order already invoiced.
 *
 * **Details**: the line amount is `round2(line net × cumulative % / 100) −
 * round2(line net × earlier % / 100)`, with the line net amount (BT-131) of
 * the order, so the situations of a line always add up to its net amount to
 * the cent, the one reaching 100 % taking the rest: it is the final
 * invoice, deducting what was invoiced before. Each line is written in
 * percent (unit `P1`): its quantity is the progress of this situation
 * (`"45"` for 30 % → 75 %) and its unit price the amount per percent (6
 * decimals, chosen so that quantity × price gives the line amount exactly);
 * its description states the cumulative progress. The order's
 * document-level allowances and charges are prorated to the value invoiced.
 * When the invoice brings every line to 100 %, it refers to the earlier
 * issued invoices of the order (BG-3).
 *
 * **Gotchas**: a line invoiced before by quantity ({@link invoiceFromOrder})
 * counts as that share of its quantity; the earlier progress must be a
 * percentage with at most 6 decimals (`progress_not_exact` otherwise).
 *
 * @param order - the sales order of the job, not cancelled nor closed
 * @param invoices - the invoices already made from it
 * @param options - the id, the cumulative progress of the lines that moved
 * @returns a new invoice in `draft`
 * @throws {@link TpeError} `INVALID_INPUT` for an unknown or repeated line, a
 *   progress lower than already invoiced (`progress_backwards`), no line
 *   moving (`no_progress`), a line with a negative net amount
 *   (`negative_line_net`); `DOCUMENT_CANCELLED`, `INVALID_TRANSITION` for a
 *   cancelled or closed order
 *
 * @example
 * ```ts
 * import { computeDocumentTotals, situationInvoice } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const job = { id: '1', label: 'Rénovation cuisine', quantity: '1', unitCode: 'C62', unitPrice: '12345.67', vat: { category: 'S', rate: '10' }, nature: 'service' } as const;
 * const order = { id: 'SO-1', kind: 'salesOrder', status: 'confirmed', currency: 'EUR', seller, lines: [job] } as const;
 *
 * const first = situationInvoice(order, [], { id: 'SIT-1', progress: [{ lineId: '1', percent: '30' }] });
 * [first.lines[0]?.quantity, first.lines[0]?.unitCode, first.lines[0]?.unitPrice]; // ['30', 'P1', '123.456667']
 * computeDocumentTotals(first).lineNetTotal; // '3703.70' (round2(12345.67 × 30 %))
 * const last = situationInvoice(order, [first], { id: 'SIT-2', progress: [{ lineId: '1', percent: '100' }] });
 * computeDocumentTotals(last).lineNetTotal; // '8641.97' (12345.67 − 3703.70)
 * situationInvoice(order, [first], { id: 'SIT-2', progress: [{ lineId: '1', percent: '20' }] }); // throws TpeError INVALID_INPUT
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export function situationInvoice(
  order: CommercialDocument,
  invoices: readonly CommercialDocument[],
  options: SituationInvoiceOptions,
): CommercialDocument {
  const read = parseWithSchema(argumentsSchema, { order, invoices, options });
  const source = read.order;
  expectOpenOrder(source, ['salesOrder'], 'invoice', ['order']);
  const earlierInvoices = read.invoices.filter(
    (invoice) => invoice.kind === 'invoice' && isLive(invoice),
  );
  const before = fractionsOf(source, takenBy(source, earlierInvoices, ['invoice']));
  const after = new Map(before);
  const nets = new Map(
    computeDocumentTotals(source).lines.map((line) => [line.id, centsOf(line.netAmount)]),
  );
  const seen = new Set<string>();
  const lines: DocumentLine[] = [];
  read.options.progress.forEach((request, index) => {
    const path = ['options', 'progress', index];
    const line = source.lines.find((candidate) => candidate.id === request.lineId);
    if (line === undefined || seen.has(request.lineId)) {
      throw invalidInput(
        [...path, 'lineId'],
        line === undefined ? 'unknown_line' : 'duplicate_line',
        `Line ${request.lineId} is unknown or given twice`,
      );
    }
    seen.add(line.id);
    const earlier = (before.get(line.id) ?? ZERO).times(HUNDRED);
    const cumulative = decimalOf(request.percent);
    if (cumulative.lt(earlier)) {
      throw invalidInput(
        [...path, 'percent'],
        'progress_backwards',
        `Line ${line.id} is already invoiced up to ${formatQuantity(earlier)} %`,
      );
    }
    if (cumulative.eq(earlier)) return;
    const step = cumulative.minus(earlier);
    if (step.decimalPlaces() > DECIMAL_KINDS.quantity.maxDecimals) {
      throw invalidInput(
        [...path, 'percent'],
        'progress_not_exact',
        `Line ${line.id} was invoiced up to ${formatQuantity(earlier)} %, not a percentage with 6 decimals`,
      );
    }
    const net = nets.get(line.id) ?? 0n;
    if (net < 0n) {
      throw invalidInput(
        [...path, 'lineId'],
        'negative_line_net',
        `Line ${line.id} has a negative net amount`,
      );
    }
    after.set(line.id, cumulative.div(HUNDRED));
    lines.push(
      situationLine(
        source,
        line,
        prorateCents(net, earlier, cumulative, HUNDRED),
        step,
        cumulative,
      ),
    );
  });
  if (lines.length === 0) {
    throw invalidInput(
      ['options', 'progress'],
      'no_progress',
      'No line progressed since the last invoice',
    );
  }
  const final = source.lines.every(
    (line) => decimalOf(line.quantity).isZero() || after.get(line.id)?.eq(ONE) === true,
  );
  const preceding = final
    ? earlierInvoices.flatMap((invoice) =>
        invoice.number === undefined || invoice.issueDate === undefined
          ? []
          : [{ number: invoice.number, issueDate: invoice.issueDate }],
      )
    : [];
  return draftFrom(source, {
    id: read.options.id,
    kind: 'invoice',
    lines,
    ...documentAdjustmentsFor(source, before, after),
    ...(source.paymentTerm === undefined ? {} : { paymentTerm: source.paymentTerm }),
    ...(read.options.deliveryDate === undefined ? {} : { deliveryDate: read.options.deliveryDate }),
    ...(preceding.length > 0 ? { precedingInvoices: preceding } : {}),
    links: [{ documentId: source.id, relation: 'invoicedFrom' }],
  });
}

/** The line in percent invoicing `cents` for a progress `step` of an order line. */
function situationLine(
  order: CommercialDocument,
  line: DocumentLine,
  cents: bigint,
  step: Decimal,
  cumulative: Decimal,
): DocumentLine {
  // quantity × price is within step × 5e-7 ≤ 5e-5 of the amount: it rounds back to it.
  const unitPrice = roundDecimal(decimalOf(cents.toString()).div(HUNDRED).div(step), 6);
  return {
    id: line.id,
    ...(line.itemReference === undefined ? {} : { itemReference: line.itemReference }),
    label: line.label,
    description: `Avancement cumulé : ${formatQuantity(cumulative)} %`,
    quantity: formatQuantity(step),
    unitCode: PERCENT_UNIT,
    unitPrice: unitPrice.toFixed(),
    vat: line.vat,
    nature: line.nature,
    source: { documentId: order.id, lineId: line.id },
  };
}
