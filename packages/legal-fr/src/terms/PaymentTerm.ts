import { z } from 'zod';

/**
 * The longest payment term, in days, a {@link PaymentTerm} may state: 365.
 * Longer figures are refused as input errors (`too_big`) rather than checked
 * against the law; every legal ceiling is far below.
 *
 * @example
 * ```ts
 * import { MAX_PAYMENT_TERM_DAYS } from '@tpe/legal-fr';
 *
 * MAX_PAYMENT_TERM_DAYS; // 365
 * ```
 *
 * @category Payment terms
 * @since 0.1.0
 */
export const MAX_PAYMENT_TERM_DAYS = 365;

/**
 * The categories of public buyers whose payment ceilings differ (Code de la
 * commande publique R2192-10 and R2192-11):
 *
 * - `stateOrLocalAuthority`: the State and its public establishments other
 *   than industrial and commercial ones, local authorities, their public
 *   establishments and groupings — 30 days;
 * - `publicHealthEstablishment`: public hospitals and the armed forces health
 *   service — 50 days;
 * - `publicCompany`: public companies within the meaning of ordinance
 *   n° 2004-503 (II of art. 1), except local public establishments — 60 days.
 *
 * @example
 * ```ts
 * import type { PublicBuyerCategory } from '@tpe/legal-fr';
 *
 * const townHall: PublicBuyerCategory = 'stateOrLocalAuthority';
 * ```
 *
 * @see CCP R2192-10, R2192-11
 * @category Payment terms
 * @since 0.1.0
 */
export type PublicBuyerCategory =
  | 'stateOrLocalAuthority'
  | 'publicHealthEstablishment'
  | 'publicCompany';

/**
 * A zod schema for {@link PublicBuyerCategory}.
 *
 * @example
 * ```ts
 * import { publicBuyerCategorySchema } from '@tpe/legal-fr';
 *
 * publicBuyerCategorySchema.safeParse('hospital').success; // false
 * ```
 *
 * @category Payment terms
 * @since 0.1.0
 */
export const publicBuyerCategorySchema: z.ZodType<PublicBuyerCategory> = z.enum([
  'stateOrLocalAuthority',
  'publicHealthEstablishment',
  'publicCompany',
]);

/**
 * The maximum payment term of each {@link PublicBuyerCategory}, in days from
 * the receipt of the payment request: 30, 50 and 60.
 *
 * @example
 * ```ts
 * import { PUBLIC_BUYER_MAX_PAYMENT_DAYS } from '@tpe/legal-fr';
 *
 * PUBLIC_BUYER_MAX_PAYMENT_DAYS.publicHealthEstablishment; // 50
 * ```
 *
 * @see CCP R2192-10, R2192-11
 * @category Payment terms
 * @since 0.1.0
 */
export const PUBLIC_BUYER_MAX_PAYMENT_DAYS: Readonly<Record<PublicBuyerCategory, number>> =
  Object.freeze({
    stateOrLocalAuthority: 30,
    publicHealthEstablishment: 50,
    publicCompany: 60,
  });

/**
 * The two computations of "N jours fin de mois" accepted by the DGCCRF and the
 * CEPC, to be chosen in the contract and never guessed:
 *
 * - `plusDaysThenEndOfMonth` (method A): issue date + N days, then the last
 *   day of the month reached;
 * - `endOfMonthThenPlusDays` (method B): the last day of the issue month,
 *   then + N days.
 *
 * @example
 * ```ts
 * import type { EndOfMonthMethod } from '@tpe/legal-fr';
 *
 * const method: EndOfMonthMethod = 'endOfMonthThenPlusDays';
 * ```
 *
 * @see C. com. L441-10 I al. 2
 * @category Payment terms
 * @since 0.1.0
 */
export type EndOfMonthMethod = 'plusDaysThenEndOfMonth' | 'endOfMonthThenPlusDays';

/**
 * A zod schema for {@link EndOfMonthMethod}.
 *
 * @example
 * ```ts
 * import { endOfMonthMethodSchema } from '@tpe/legal-fr';
 *
 * endOfMonthMethodSchema.safeParse('EOM_THEN_45').success; // false
 * ```
 *
 * @category Payment terms
 * @since 0.1.0
 */
export const endOfMonthMethodSchema: z.ZodType<EndOfMonthMethod> = z.enum([
  'plusDaysThenEndOfMonth',
  'endOfMonthThenPlusDays',
]);

/**
 * Payable on receipt of the invoice ("à réception de facture"): the due date
 * is the invoice issue date.
 *
 * @category Payment terms
 * @since 0.1.0
 */
export interface OnReceiptTerm {
  readonly kind: 'onReceipt';
}

/**
 * Cash payment ("paiement comptant"): due on the day the goods are delivered
 * or the service performed.
 *
 * @category Payment terms
 * @since 0.1.0
 */
export interface CashTerm {
  readonly kind: 'cash';
}

/**
 * N calendar days ("jours nets") from the invoice issue date (`from: 'issue'`,
 * "N jours date de facture") or from delivery / performance
 * (`from: 'delivery'`, "N jours date de livraison").
 *
 * @see C. com. L441-10 I al. 2
 * @category Payment terms
 * @since 0.1.0
 */
export interface NetDaysTerm {
  readonly kind: 'netDays';
  /** 0 to {@link MAX_PAYMENT_TERM_DAYS}. */
  readonly days: number;
  readonly from: 'issue' | 'delivery';
}

/**
 * "N jours fin de mois", method A: issue date + N days, then the end of the
 * month reached.
 *
 * @see C. com. L441-10 I al. 2
 * @category Payment terms
 * @since 0.1.0
 */
export interface PlusDaysThenEndOfMonthTerm {
  readonly kind: 'plusDaysThenEndOfMonth';
  /** 0 to {@link MAX_PAYMENT_TERM_DAYS}; 45 for the statutory derogation. */
  readonly days: number;
}

/**
 * "N jours fin de mois", method B: end of the issue month, then + N days.
 *
 * @see C. com. L441-10 I al. 2
 * @category Payment terms
 * @since 0.1.0
 */
export interface EndOfMonthThenPlusDaysTerm {
  readonly kind: 'endOfMonthThenPlusDays';
  /** 0 to {@link MAX_PAYMENT_TERM_DAYS}; 45 for the statutory derogation. */
  readonly days: number;
}

/**
 * "Fin de mois le 10": end of the issue month, then a fixed day of the
 * following month. A day the month lacks (31 in April, 29–31 in February)
 * becomes that month's last day.
 *
 * @category Payment terms
 * @since 0.1.0
 */
export interface EndOfMonthThenDayOfNextMonthTerm {
  readonly kind: 'endOfMonthThenDayOfNextMonth';
  /** 1 to 31. */
  readonly day: number;
}

/**
 * Nothing agreed (no clause in the general terms of sale or the contract):
 * the default term of 30 days from the receipt of the goods or the
 * performance of the service ("délai supplétif").
 *
 * @see C. com. L441-10 I al. 1
 * @category Payment terms
 * @since 0.1.0
 */
export interface LegalDefaultTerm {
  readonly kind: 'legalDefault';
}

/**
 * A periodic (recapitulative) invoice, CGI art. 289 I 3: `days` from its
 * issue date, 45 (the legal ceiling) when omitted.
 *
 * @see C. com. L441-10 I al. 4
 * @category Payment terms
 * @since 0.1.0
 */
export interface PeriodicTerm {
  readonly kind: 'periodic';
  /** 0 to {@link MAX_PAYMENT_TERM_DAYS}; 45 when omitted. */
  readonly days?: number | undefined;
}

/**
 * A public buyer's term: `days` from the receipt of the payment request,
 * the category's ceiling ({@link PUBLIC_BUYER_MAX_PAYMENT_DAYS}) when omitted.
 *
 * @see CCP R2192-10 to R2192-13
 * @category Payment terms
 * @since 0.1.0
 */
export interface PublicBuyerTerm {
  readonly kind: 'publicBuyer';
  readonly category: PublicBuyerCategory;
  /** 0 to {@link MAX_PAYMENT_TERM_DAYS}; the category's ceiling when omitted. */
  readonly days?: number | undefined;
}

/**
 * A payment term as agreed (or not) between seller and buyer, one of nine
 * kinds told apart by `kind`.
 *
 * **Gotchas**: "45 jours fin de mois" has two lawful computations that give
 * different dates; pick `plusDaysThenEndOfMonth` or `endOfMonthThenPlusDays`
 * as the contract says. Terms are computed in calendar days and never moved
 * to a business day.
 *
 * @example
 * ```ts
 * import type { PaymentTerm } from '@tpe/legal-fr';
 *
 * const sixtyDaysNet: PaymentTerm = { kind: 'netDays', days: 60, from: 'issue' };
 * const fortyFiveEom: PaymentTerm = { kind: 'endOfMonthThenPlusDays', days: 45 };
 * const tenthNextMonth: PaymentTerm = { kind: 'endOfMonthThenDayOfNextMonth', day: 10 };
 * const hospital: PaymentTerm = { kind: 'publicBuyer', category: 'publicHealthEstablishment' };
 * ```
 *
 * @see C. com. L441-10 I
 * @category Payment terms
 * @since 0.1.0
 */
export type PaymentTerm =
  | OnReceiptTerm
  | CashTerm
  | NetDaysTerm
  | PlusDaysThenEndOfMonthTerm
  | EndOfMonthThenPlusDaysTerm
  | EndOfMonthThenDayOfNextMonthTerm
  | LegalDefaultTerm
  | PeriodicTerm
  | PublicBuyerTerm;

/**
 * The `kind` of a {@link PaymentTerm}.
 *
 * @example
 * ```ts
 * import type { PaymentTermKind } from '@tpe/legal-fr';
 *
 * const kind: PaymentTermKind = 'legalDefault';
 * ```
 *
 * @category Payment terms
 * @since 0.1.0
 */
export type PaymentTermKind = PaymentTerm['kind'];

const termDays = z.int().min(0).max(MAX_PAYMENT_TERM_DAYS);

/**
 * A zod schema for {@link PaymentTerm}: an unknown `kind`, an unknown field,
 * a negative, fractional or over-365 count of days, or a day of month outside
 * 1–31 is refused (issue codes `invalid_union`, `unrecognized_keys`,
 * `too_small`, `invalid_type`, `too_big`).
 *
 * @example
 * ```ts
 * import { parseWithSchema } from '@tpe/core';
 * import { paymentTermSchema } from '@tpe/legal-fr';
 *
 * paymentTermSchema.safeParse({ kind: 'netDays', days: 30, from: 'issue' }).success; // true
 * paymentTermSchema.safeParse({ kind: 'netDays', days: -1, from: 'issue' }).success; // false
 * parseWithSchema(paymentTermSchema, { kind: 'net30' }); // throws TpeError INVALID_INPUT
 * ```
 *
 * @category Payment terms
 * @since 0.1.0
 */
export const paymentTermSchema: z.ZodType<PaymentTerm> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('onReceipt') }),
  z.strictObject({ kind: z.literal('cash') }),
  z.strictObject({
    kind: z.literal('netDays'),
    days: termDays,
    from: z.enum(['issue', 'delivery']),
  }),
  z.strictObject({ kind: z.literal('plusDaysThenEndOfMonth'), days: termDays }),
  z.strictObject({ kind: z.literal('endOfMonthThenPlusDays'), days: termDays }),
  z.strictObject({ kind: z.literal('endOfMonthThenDayOfNextMonth'), day: z.int().min(1).max(31) }),
  z.strictObject({ kind: z.literal('legalDefault') }),
  z.strictObject({ kind: z.literal('periodic'), days: termDays.optional() }),
  z.strictObject({
    kind: z.literal('publicBuyer'),
    category: publicBuyerCategorySchema,
    days: termDays.optional(),
  }),
]);
