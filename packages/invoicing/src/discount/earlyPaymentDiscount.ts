import {
  addDays,
  compareDates,
  divideRounded,
  formatDateFr,
  isoDateSchema,
  parseWithSchema,
  rateSchema,
  TpeError,
  toScaledBigInt,
} from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import type { DocumentLine } from '../model/DocumentLine.js';
import type { ItemNature } from '../model/Item.js';
import type { VatCategoryCode } from '../model/VatCategory.js';
import { amountOf, unitsOf } from '../payments/internal/amounts.js';
import { invalidInput } from '../payments/internal/inputErrors.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import type { VatBreakdownEntry } from '../totals/DocumentTotals.js';

/**
 * The escompte granted on an invoice: its rate and the deadline for paying
 * early, given as a date or, as the printed mention says it, a number of
 * days after the invoice date.
 *
 * @example
 * ```ts
 * import type { EarlyPaymentTerms } from '@tpe/invoicing';
 *
 * const byDate: EarlyPaymentTerms = { rate: '2', paidOn: '2026-03-10', discountDeadline: '2026-03-12' };
 * const byDays: EarlyPaymentTerms = { rate: '1.5', paidOn: '2026-03-10', withinDays: 10 };
 * ```
 *
 * @category Early-payment discount
 * @since 0.1.0
 */
export type EarlyPaymentTerms = {
  /** The discount rate in percent, above 0 and below 100 (`"2"`, `"1.5"`). */
  readonly rate: string;
  /** The day the customer paid, `YYYY-MM-DD`. */
  readonly paidOn: string;
} & (
  | {
      /** The last day a payment earns the discount. */
      readonly discountDeadline: string;
    }
  | {
      /** Payment within this many days after the invoice date earns the discount. */
      readonly withinDays: number;
    }
);

/**
 * Options of {@link earlyPaymentDiscount}.
 *
 * @example
 * ```ts
 * import type { EarlyPaymentDiscountOptions } from '@tpe/invoicing';
 *
 * const options: EarlyPaymentDiscountOptions = { creditNoteId: 'CN-ESC-1' };
 * ```
 *
 * @category Early-payment discount
 * @since 0.1.0
 */
export interface EarlyPaymentDiscountOptions {
  /** The id of the credit note draft. */
  readonly creditNoteId: string;
}

/**
 * The discount at one VAT category and rate of the invoice.
 *
 * @example
 * ```ts
 * import type { EarlyPaymentDiscountShare } from '@tpe/invoicing';
 *
 * const share: EarlyPaymentDiscountShare = {
 *   category: 'S', rate: '20', taxableAmount: '1000.00', discountNet: '20.00', discountVat: '4.00',
 * };
 * ```
 *
 * @category Early-payment discount
 * @since 0.1.0
 */
export interface EarlyPaymentDiscountShare {
  /** The VAT category (BT-118). */
  readonly category: VatCategoryCode;
  /** The VAT rate in percent (BT-119); `"0"` for category O. */
  readonly rate: string;
  /** The invoice's taxable amount at this category and rate (BT-116). */
  readonly taxableAmount: string;
  /** `round2(taxableAmount × discount rate / 100)`, half away from zero. */
  readonly discountNet: string;
  /** `round2(discountNet × VAT rate / 100)`, half away from zero. */
  readonly discountVat: string;
  /** The exemption reason of the category (BT-120). */
  readonly exemptionReason?: string | undefined;
  /** Its VATEX code (BT-121). */
  readonly exemptionCode?: string | undefined;
}

/**
 * What {@link earlyPaymentDiscount} returns.
 *
 * @example
 * ```ts
 * import type { EarlyPaymentDiscount } from '@tpe/invoicing';
 *
 * const none: EarlyPaymentDiscount = {
 *   eligible: false, currency: 'EUR', rate: '2', paidOn: '2026-03-20', discountDeadline: '2026-03-12',
 *   shares: [], net: '0.00', vat: '0.00', total: '0.00', amountToPay: '1200.00',
 * };
 * ```
 *
 * @category Early-payment discount
 * @since 0.1.0
 */
export interface EarlyPaymentDiscount {
  /** Whether the payment came on or before the deadline. */
  readonly eligible: boolean;
  /** ISO 4217 code of the amounts. */
  readonly currency: string;
  /** The discount rate, in percent. */
  readonly rate: string;
  /** The day the customer paid. */
  readonly paidOn: string;
  /** The last day a payment earned the discount. */
  readonly discountDeadline: string;
  /** The discount per VAT category and rate, as in the invoice's breakdown; empty when not eligible. */
  readonly shares: readonly EarlyPaymentDiscountShare[];
  /** Σ `discountNet`: the discount excluding VAT. */
  readonly net: string;
  /** Σ `discountVat`: the VAT the credit note gives back. */
  readonly vat: string;
  /** `net + vat`: the discount including VAT. */
  readonly total: string;
  /** The invoice's amount due (BT-115) less `total`: what settles the invoice. */
  readonly amountToPay: string;
  /** The draft credit note granting the discount, when there is one. */
  readonly creditNote?: CommercialDocument | undefined;
}

const PERCENT_SCALE = 6;
/** 100 % in percent units at {@link PERCENT_SCALE}. */
const HUNDRED_PERCENT = 100n * 10n ** BigInt(PERCENT_SCALE);

const discountRateSchema = rateSchema.check((context) => {
  // Only a well-formed rate is compared; rateSchema reports the others.
  if (!/^\d{1,4}(\.\d{1,6})?$/.test(context.value)) return;
  const units = toScaledBigInt(context.value, PERCENT_SCALE);
  if (units === 0n || units >= HUNDRED_PERCENT) {
    context.issues.push({
      code: 'custom',
      message: 'A discount rate above 0 and below 100',
      input: context.value,
      params: { code: 'rate_out_of_range' },
    });
  }
});

const inputSchema = z.strictObject({
  invoice: commercialDocumentSchema,
  terms: z
    .strictObject({
      rate: discountRateSchema,
      paidOn: isoDateSchema,
      discountDeadline: isoDateSchema.optional(),
      withinDays: z.number().int().min(0).max(3650).optional(),
    })
    .check((context) => {
      const { discountDeadline, withinDays } = context.value;
      if ((discountDeadline === undefined) === (withinDays === undefined)) {
        context.issues.push({
          code: 'custom',
          message: 'Give either discountDeadline or withinDays',
          input: context.value,
          params: { code: 'deadline_or_days' },
        });
      }
    }),
  options: z.strictObject({ creditNoteId: idSchema }),
});

/**
 * The escompte earned by paying an issued invoice early, split per VAT
 * category and rate, with the draft credit note that grants it and gives
 * back its VAT.
 *
 * **Computation**: for each entry of the invoice's VAT breakdown, the
 * discount excluding VAT is `round2(BT-116 × rate / 100)` and its VAT
 * `round2(discount × VAT rate / 100)`, both half away from zero; the totals
 * are the exact sums of these rounded amounts. These are exactly the amounts
 * `computeDocumentTotals` finds on the credit note (one line per category and
 * rate, so the VAT of each line is that of its breakdown entry, rounded
 * once, EN 16931 BR-CO-17). The discount including VAT may therefore differ
 * by a cent from `round2(amount due × rate)`.
 *
 * **Base**: the taxable amounts of the whole invoice (after its allowances
 * and charges). Deposits deducted from it (BT-113) were paid before the
 * invoice, hence early, and stay in the base.
 *
 * **Eligibility**: a payment on or before the deadline (the date given, or
 * the invoice date + `withinDays`) earns the discount; one after it earns
 * nothing (`eligible: false`, zero amounts, no credit note).
 *
 * **Credit note**: a draft (`kind: 'creditNote'`, `status: 'draft'`) of the
 * same seller, customer and currency, one line per category and rate with a
 * discount (quantity `1`, unit `C62`, unit price the discount excluding VAT;
 * quantity `-1` for a negative base), the invoice in `precedingInvoices` and
 * a `credits` link to it. Each line takes the nature (goods or service) of
 * the invoice's lines at that rate weighing most in net amount (goods on a
 * tie, service for a rate carried only by document-level charges). Issue it
 * like any credit note; an escompte granted after invoicing needs one to
 * reduce the VAT (reference 4.4). For services taxed on encashment, the VAT
 * due follows the amount actually encashed.
 *
 * **Gotchas**: the escompte conditions must be printed on the invoice (C.
 * com. L441-9): with `legalMentions` from `@tpe/legal-fr`, pass
 * `escompte: { rate, withinDays }`, or `'none'` for "Pas d'escompte pour
 * paiement anticipé".
 *
 * @param invoice - an issued invoice (`kind: 'invoice'`)
 * @param terms - the discount rate, the payment day and the deadline
 * @param options - the id of the credit note draft
 * @returns the discount per VAT rate, its totals and the credit note draft
 * @throws {@link TpeError} `INVALID_INPUT` (bad terms, not an invoice
 *   `not_an_invoice`, a draft `not_issued`, the invoice's own issues);
 *   `DOCUMENT_CANCELLED` for a cancelled invoice
 *
 * @example
 * ```ts
 * import { earlyPaymentDiscount } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const invoice = {
 *   id: 'INV-1', kind: 'invoice', status: 'issued', number: 'F-2026-0001', issueDate: '2026-03-02',
 *   currency: 'EUR', seller,
 *   lines: [
 *     { id: '1', label: 'Pose', quantity: '1', unitCode: 'C62', unitPrice: '1000', vat: { category: 'S', rate: '20' }, nature: 'service' },
 *     { id: '2', label: 'Livres', quantity: '3', unitCode: 'C62', unitPrice: '33.33', vat: { category: 'S', rate: '5.5' }, nature: 'goods' },
 *   ],
 * } as const;
 * // 5.5 %: 99.99 × 2 % = 1.9998 → 2.00, VAT 0.11; 20 %: 1000.00 × 2 % = 20.00, VAT 4.00
 * const discount = earlyPaymentDiscount(invoice, { rate: '2', paidOn: '2026-03-10', withinDays: 10 }, { creditNoteId: 'CN-1' });
 * discount.shares.map((share) => [share.rate, share.discountNet, share.discountVat]);
 * // [['5.5', '2.00', '0.11'], ['20', '20.00', '4.00']]
 * [discount.net, discount.vat, discount.total, discount.amountToPay]; // ['22.00', '4.11', '26.11', '1279.38']
 * discount.creditNote?.precedingInvoices; // [{ number: 'F-2026-0001', issueDate: '2026-03-02' }]
 *
 * earlyPaymentDiscount(invoice, { rate: '2', paidOn: '2026-03-13', withinDays: 10 }, { creditNoteId: 'CN-1' })
 *   .eligible; // false
 * ```
 *
 * @see C. com. L441-9 I (escompte conditions); CGI 272-1 and 289 (credit note reducing VAT); EN 16931 BR-CO-17
 * @category Early-payment discount
 * @since 0.1.0
 */
export function earlyPaymentDiscount(
  invoice: CommercialDocument,
  terms: EarlyPaymentTerms,
  options: EarlyPaymentDiscountOptions,
): EarlyPaymentDiscount {
  const parsed = parseWithSchema(inputSchema, { invoice, terms, options });
  const issued = issuedInvoice(parsed.invoice);
  const totals = computeDocumentTotals(parsed.invoice);
  const { rate, paidOn } = parsed.terms;
  const deadline =
    parsed.terms.discountDeadline ?? addDays(issued.issueDate, parsed.terms.withinDays ?? 0);
  const base = {
    currency: parsed.invoice.currency,
    rate,
    paidOn,
    discountDeadline: deadline,
  };
  if (compareDates(paidOn, deadline) > 0) {
    return {
      eligible: false,
      ...base,
      shares: [],
      net: '0.00',
      vat: '0.00',
      total: '0.00',
      amountToPay: totals.amountDue,
    };
  }
  const rateUnits = toScaledBigInt(rate, PERCENT_SCALE);
  const shares = totals.vatBreakdown.map((entry) => discountShare(entry, rateUnits));
  const net = shares.reduce((sum, share) => sum + unitsOf(share.discountNet), 0n);
  const vat = shares.reduce((sum, share) => sum + unitsOf(share.discountVat), 0n);
  const creditNote =
    net === 0n && vat === 0n
      ? undefined
      : creditNoteDraft(
          parsed.invoice,
          new Map(totals.lines.map((line) => [line.id, line.netAmount])),
          issued,
          shares,
          base,
          parsed.options.creditNoteId,
        );
  return {
    eligible: true,
    ...base,
    shares,
    net: amountOf(net),
    vat: amountOf(vat),
    total: amountOf(net + vat),
    amountToPay: amountOf(unitsOf(totals.amountDue) - net - vat),
    ...(creditNote === undefined ? {} : { creditNote }),
  };
}

function issuedInvoice(invoice: CommercialDocument): { number: string; issueDate: string } {
  if (invoice.kind !== 'invoice') {
    throw invalidInput(
      ['invoice', 'kind'],
      'not_an_invoice',
      `An escompte is granted on an invoice, not on a ${invoice.kind}`,
    );
  }
  if (invoice.status === 'cancelled') {
    const message = `Invoice ${invoice.number ?? invoice.id} is cancelled`;
    throw new TpeError('DOCUMENT_CANCELLED', message, {
      issues: [{ path: ['invoice', 'status'], code: 'document_cancelled', message }],
      details: { documentId: invoice.id },
    });
  }
  if (
    invoice.status !== 'issued' ||
    invoice.number === undefined ||
    invoice.issueDate === undefined
  ) {
    throw invalidInput(
      ['invoice', 'status'],
      'not_issued',
      `Invoice ${invoice.id} is not issued: it has no number and date to credit`,
    );
  }
  return { number: invoice.number, issueDate: invoice.issueDate };
}

/** The discount at one entry of the VAT breakdown; `rateUnits` in millionths of a percent. */
function discountShare(entry: VatBreakdownEntry, rateUnits: bigint): EarlyPaymentDiscountShare {
  const net = divideRounded(unitsOf(entry.taxableAmount) * rateUnits, HUNDRED_PERCENT);
  const vat = divideRounded(net * toScaledBigInt(entry.rate, PERCENT_SCALE), HUNDRED_PERCENT);
  return {
    category: entry.category,
    rate: entry.rate,
    taxableAmount: entry.taxableAmount,
    discountNet: amountOf(net),
    discountVat: amountOf(vat),
    ...(entry.exemptionReason === undefined ? {} : { exemptionReason: entry.exemptionReason }),
    ...(entry.exemptionCode === undefined ? {} : { exemptionCode: entry.exemptionCode }),
  };
}

function creditNoteDraft(
  invoice: CommercialDocument,
  netAmounts: ReadonlyMap<string, string>,
  issued: { readonly number: string; readonly issueDate: string },
  shares: readonly EarlyPaymentDiscountShare[],
  terms: { readonly rate: string; readonly paidOn: string },
  id: string,
): CommercialDocument {
  const percent = `${terms.rate.replace('.', ',')}\u00a0%`;
  const lines = shares
    .filter((share) => unitsOf(share.discountNet) !== 0n)
    .map(
      (share, index): DocumentLine => ({
        id: String(index + 1),
        label: `Escompte de ${percent} pour paiement anticipé`,
        quantity: share.discountNet.startsWith('-') ? '-1' : '1',
        unitCode: 'C62',
        unitPrice: share.discountNet.replace('-', ''),
        vat: {
          category: share.category,
          ...(share.category === 'O' ? {} : { rate: share.rate }),
          ...(share.exemptionReason === undefined
            ? {}
            : { exemptionReason: share.exemptionReason }),
          ...(share.exemptionCode === undefined ? {} : { exemptionCode: share.exemptionCode }),
        },
        nature: natureAt(invoice.lines, netAmounts, share),
      }),
    );
  return {
    id,
    kind: 'creditNote',
    status: 'draft',
    currency: invoice.currency,
    seller: invoice.seller,
    ...(invoice.customer === undefined ? {} : { customer: invoice.customer }),
    lines,
    precedingInvoices: [{ number: issued.number, issueDate: issued.issueDate }],
    links: [{ documentId: invoice.id, relation: 'credits' }],
    notes: [
      `Escompte de ${percent} pour paiement anticipé le ${formatDateFr(terms.paidOn)} de la facture ${issued.number} du ${formatDateFr(issued.issueDate)}`,
    ],
  };
}

/**
 * The nature of the invoice lines at a category and rate weighing most in net
 * amount (BT-131, `netAmounts` by line id).
 */
function natureAt(
  lines: readonly DocumentLine[],
  netAmounts: ReadonlyMap<string, string>,
  share: EarlyPaymentDiscountShare,
): ItemNature {
  const weight = { goods: 0n, service: 0n };
  const shareRate = toScaledBigInt(share.rate, PERCENT_SCALE);
  let found = false;
  for (const line of lines) {
    if (line.vat.category !== share.category) continue;
    if (toScaledBigInt(line.vat.rate ?? '0', PERCENT_SCALE) !== shareRate) continue;
    found = true;
    const net = unitsOf(netAmounts.get(line.id) ?? '0');
    weight[line.nature] += net < 0n ? -net : net;
  }
  if (!found) return 'service';
  return weight.goods >= weight.service ? 'goods' : 'service';
}
