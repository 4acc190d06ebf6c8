import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema, nameSchema, nonNegativeAmountSchema, textSchema } from '../internal/fields.js';
import type { DocumentAllowanceCharge } from '../model/AllowanceCharge.js';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import type { DocumentLine } from '../model/DocumentLine.js';
import { type LineVat, lineVatSchema } from '../model/VatCategory.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import { creditExceedsInvoice, invalidInput, nothingRemaining } from './internal/chainErrors.js';
import { documentListSchema } from './internal/chainSchemas.js';
import { documentAdjustmentsFor, fractionsOf } from './internal/documentAdjustments.js';
import { draftFrom } from './internal/draftFrom.js';
import { doneQuantities } from './internal/progress.js';
import { centsOf, formatCents, ZERO } from './internal/quantities.js';
import { copyLines, lineFromSlice } from './internal/sliceLines.js';
import { expectIssued, expectKind, isLive, linksTo } from './internal/sourceGuards.js';
import { takeQuantities } from './internal/takeQuantities.js';
import { lineVatOf, natureOfGroup, vatKeyOf } from './internal/vatGroups.js';
import { type LineQuantity, lineQuantitySchema } from './LineQuantity.js';

/**
 * Options of {@link creditNoteFor}: what is credited — some quantities of
 * the invoice's lines (`lines`), an amount excluding VAT at one of its VAT
 * rates (`amount` and `vat`: a commercial gesture, a rebate), or, with
 * neither, everything that remains of the invoice.
 *
 * @example
 * ```ts
 * import type { CreditNoteOptions } from '@tpe/invoicing';
 *
 * const returned: CreditNoteOptions = { id: 'CN-1', lines: [{ lineId: '1', quantity: '2' }], reason: 'Retour de 2 chaises' };
 * const gesture: CreditNoteOptions = { id: 'CN-2', amount: '50.00', vat: { category: 'S', rate: '20' } };
 * const whole: CreditNoteOptions = { id: 'CN-3' };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface CreditNoteOptions {
  /** The caller's id of the new credit note. */
  readonly id: string;
  /** The quantities credited per invoice line. */
  readonly lines?: readonly LineQuantity[] | undefined;
  /** An amount excluding VAT to credit, 2 decimals, above 0 (with `vat`). */
  readonly amount?: string | undefined;
  /** The VAT category and rate of `amount`: one of the invoice's. */
  readonly vat?: LineVat | undefined;
  /** The label of the line of an `amount`; `"Avoir sur facture <number>"` by default. */
  readonly label?: string | undefined;
  /** Why the invoice is credited, printed as a note (BT-22). */
  readonly reason?: string | undefined;
}

/**
 * A zod schema for {@link CreditNoteOptions}: unknown keys refused, `lines`
 * and `amount` not both (`credit_conflict`), `amount` above 0 and with its
 * `vat` (`not_positive`, `vat_missing`, `amount_missing`).
 *
 * @example
 * ```ts
 * import { creditNoteOptionsSchema } from '@tpe/invoicing';
 *
 * creditNoteOptionsSchema.safeParse({ id: 'CN-1', amount: '50.00', vat: { category: 'S', rate: '20' } }).success; // true
 * creditNoteOptionsSchema.safeParse({ id: 'CN-1', amount: '50.00' }).success; // false
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const creditNoteOptionsSchema: z.ZodType<CreditNoteOptions> = z
  .strictObject({
    id: idSchema,
    lines: z.array(lineQuantitySchema).min(1).max(100_000).optional(),
    amount: nonNegativeAmountSchema.optional(),
    vat: lineVatSchema.optional(),
    label: nameSchema.optional(),
    reason: textSchema.optional(),
  })
  .check((context) => {
    const { lines, amount, vat } = context.value;
    const push = (path: string, code: string, message: string): void => {
      context.issues.push({
        code: 'custom',
        message,
        input: context.value,
        path: [path],
        params: { code },
      });
    };
    if (lines !== undefined && amount !== undefined) {
      push('lines', 'credit_conflict', 'Credit lines or an amount, not both');
    }
    if (amount !== undefined && vat === undefined)
      push('vat', 'vat_missing', 'An amount needs its VAT');
    if (vat !== undefined && amount === undefined)
      push('amount', 'amount_missing', 'A VAT needs an amount');
    if (amount !== undefined && centsOf(amount) === 0n) {
      push('amount', 'not_positive', 'The amount must be above 0');
    }
  });

const argumentsSchema = z.strictObject({
  invoice: commercialDocumentSchema,
  creditNotes: documentListSchema,
  options: creditNoteOptionsSchema,
});

/** What a credit note holds. */
interface CreditContent {
  readonly lines: readonly DocumentLine[];
  readonly allowances?: readonly DocumentAllowanceCharge[];
  readonly charges?: readonly DocumentAllowanceCharge[];
}

/**
 * Makes the credit note (avoir) of all or part of an issued invoice or
 * deposit invoice, after the credit notes already made for it: the only way
 * to correct or cancel an issued invoice.
 *
 * **What is credited**:
 * - `lines`: quantities of invoice lines (goods returned, a service not
 *   done), each at most what earlier credit notes left of the line; line
 *   allowances and charges, and the invoice's document-level ones, are
 *   prorated as in {@link invoiceFromOrder};
 * - `amount` and `vat`: an amount excluding VAT at one of the invoice's VAT
 *   rates (a rebate, a commercial gesture), at most what remains of that
 *   rate's taxable amount (BT-116) after earlier credit notes;
 * - neither: everything that remains. With no earlier credit note it is the
 *   mirror of the invoice (same lines, allowances and charges, so the same
 *   totals and VAT: the invoice is cancelled); otherwise one line per VAT
 *   rate for what remains of its taxable amount.
 *
 * **The law**: the credit note refers exactly to the invoice it corrects, by
 * its number and date (BG-3: BT-25, BT-26), carries the same mentions, and
 * regularises the VAT (CGI art. 272-1, art. 289 I 5). Its amounts are
 * positive: its kind says it is a credit (EN 16931 type 381). It is a draft:
 * number it with `issue()` in its series.
 *
 * **Gotchas**: every document rounds its own VAT, so the VAT of several
 * partial credit notes may differ by a cent from the invoice's; the credit
 * of the rest ends at a taxable amount of exactly zero per rate.
 *
 * @param invoice - an issued invoice or deposit invoice
 * @param creditNotes - the credit notes already made (those crediting other invoices are ignored)
 * @param options - the id and what to credit
 * @returns a new credit note in `draft`, linked to the invoice (`credits`)
 * @throws {@link TpeError} `CREDIT_EXCEEDS_INVOICE` for more than remains of
 *   a line or of a VAT rate, or when nothing remains; `NOT_ISSUED` for an
 *   invoice without a number or date; `DOCUMENT_CANCELLED` for a cancelled
 *   one; `INVALID_INPUT` (see {@link creditNoteOptionsSchema};
 *   `vat_not_on_invoice`, `unknown_line`, `quantity_not_positive`)
 *
 * @example
 * ```ts
 * import { computeDocumentTotals, creditNoteFor } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const line = { id: '1', label: 'Chaise', quantity: '4', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const invoice = { id: 'INV-1', kind: 'invoice', status: 'issued', number: 'F-2026-0042', issueDate: '2026-03-10', currency: 'EUR', seller, lines: [line] } as const;
 *
 * const returned = creditNoteFor(invoice, [], { id: 'CN-1', lines: [{ lineId: '1', quantity: '1' }] });
 * returned.precedingInvoices; // [{ number: 'F-2026-0042', issueDate: '2026-03-10' }]
 * computeDocumentTotals(returned).taxInclusiveAmount; // '107.88' (89.90 + 17.98)
 * const rest = creditNoteFor(invoice, [returned], { id: 'CN-2' });
 * computeDocumentTotals(rest).taxExclusiveAmount; // '269.70' (359.60 − 89.90)
 * creditNoteFor(invoice, [returned, rest], { id: 'CN-3' }); // throws TpeError CREDIT_EXCEEDS_INVOICE
 * creditNoteFor({ ...invoice, status: 'draft' }, [], { id: 'CN-4' }); // throws TpeError NOT_ISSUED
 * ```
 *
 * @see CGI art. 289 I 5, art. 272-1; EN 16931 BG-3, type code 381
 * @category Document chain
 * @since 0.1.0
 */
export function creditNoteFor(
  invoice: CommercialDocument,
  creditNotes: readonly CommercialDocument[],
  options: CreditNoteOptions,
): CommercialDocument {
  const read = parseWithSchema(argumentsSchema, { invoice, creditNotes, options });
  const source = read.invoice;
  expectKind(source, ['invoice', 'depositInvoice'], ['invoice']);
  expectIssued(source, ['invoice']);
  const earlier = read.creditNotes.filter(
    (note) => note.kind === 'creditNote' && isLive(note) && linksTo(note, source.id, 'credits'),
  );
  const label = read.options.label ?? `Avoir sur facture ${source.number}`;
  const { amount, vat, lines, reason } = read.options;
  const content =
    lines !== undefined
      ? creditLines(source, earlier, lines)
      : amount !== undefined && vat !== undefined
        ? creditAmount(source, earlier, amount, vat, label)
        : creditRest(source, earlier);
  return draftFrom(source, {
    id: read.options.id,
    kind: 'creditNote',
    ...content,
    precedingInvoices: [{ number: source.number, issueDate: source.issueDate }],
    links: [{ documentId: source.id, relation: 'credits' }],
    ...(reason === undefined ? {} : { notes: [reason] }),
  });
}

/** Quantities of the invoice's lines, within what earlier credit notes left. */
function creditLines(
  invoice: CommercialDocument,
  earlier: readonly CommercialDocument[],
  requested: readonly LineQuantity[],
): CreditContent {
  const before = doneQuantities(invoice, earlier);
  const slices = takeQuantities(
    invoice,
    before,
    requested,
    ['options', 'lines'],
    'CREDIT_EXCEEDS_INVOICE',
  );
  const after = new Map(before);
  for (const slice of slices) {
    after.set(slice.line.id, (before.get(slice.line.id) ?? ZERO).plus(slice.quantity));
  }
  return {
    lines: slices.map((slice) => lineFromSlice(invoice, slice)),
    ...documentAdjustmentsFor(invoice, fractionsOf(invoice, before), fractionsOf(invoice, after)),
  };
}

/** An amount at one of the invoice's VAT rates, within what remains of that rate. */
function creditAmount(
  invoice: CommercialDocument,
  earlier: readonly CommercialDocument[],
  amount: string,
  vat: LineVat,
  label: string,
): CreditContent {
  const key = vatKeyOf(vat);
  const entry = computeDocumentTotals(invoice).vatBreakdown.find(
    (group) => vatKeyOf(group) === key,
  );
  if (entry === undefined) {
    throw invalidInput(
      ['options', 'vat'],
      'vat_not_on_invoice',
      `The invoice ${invoice.id} has no VAT ${key}`,
    );
  }
  const remaining = centsOf(entry.taxableAmount) - (creditedByVat(earlier).get(key) ?? 0n);
  if (centsOf(amount) > remaining) {
    throw creditExceedsInvoice(
      ['options', 'amount'],
      `Only ${formatCents(remaining)} remain to credit at VAT ${key} on the invoice ${invoice.id}`,
      { invoiceId: invoice.id, vat: key, requested: amount, remaining: formatCents(remaining) },
    );
  }
  return {
    lines: [
      {
        id: '1',
        label,
        quantity: '1',
        unitCode: 'C62',
        unitPrice: amount,
        vat: lineVatOf(entry),
        nature: natureOfGroup(invoice, key),
      },
    ],
  };
}

/** Everything that remains: the mirror of the invoice, or what remains per VAT rate. */
function creditRest(
  invoice: CommercialDocument,
  earlier: readonly CommercialDocument[],
): CreditContent {
  if (earlier.length === 0) {
    return {
      lines: copyLines(invoice),
      ...(invoice.allowances === undefined ? {} : { allowances: invoice.allowances }),
      ...(invoice.charges === undefined ? {} : { charges: invoice.charges }),
    };
  }
  const credited = creditedByVat(earlier);
  const lines: DocumentLine[] = computeDocumentTotals(invoice).vatBreakdown.flatMap(
    (entry, index) => {
      const key = vatKeyOf(entry);
      const remaining = centsOf(entry.taxableAmount) - (credited.get(key) ?? 0n);
      if (remaining === 0n) return [];
      return [
        {
          id: String(index + 1),
          label: `Solde de la facture ${invoice.number ?? invoice.id}`,
          quantity: remaining < 0n ? '-1' : '1',
          unitCode: 'C62',
          unitPrice: formatCents(remaining < 0n ? -remaining : remaining),
          vat: lineVatOf(entry),
          nature: natureOfGroup(invoice, key),
        },
      ];
    },
  );
  if (lines.length === 0) throw nothingRemaining('CREDIT_EXCEEDS_INVOICE', invoice, ['options']);
  return { lines };
}

/** The taxable amount (BT-116) the credit notes already credit per VAT key, in cents. */
function creditedByVat(notes: readonly CommercialDocument[]): Map<string, bigint> {
  const credited = new Map<string, bigint>();
  for (const note of notes) {
    for (const entry of computeDocumentTotals(note).vatBreakdown) {
      const key = vatKeyOf(entry);
      credited.set(key, (credited.get(key) ?? 0n) + centsOf(entry.taxableAmount));
    }
  }
  return credited;
}
