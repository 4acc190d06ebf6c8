import { addDays, addYears, halfYearOf, isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { type CustomerKind, customerKindSchema } from '../shared/CustomerKind.js';
import type { TraceStep } from '../shared/TraceStep.js';

/**
 * The limitation rule applied to a claim on a public buyer:
 * `quadrennial` (déchéance quadriennale, loi n° 68-1250: four years from
 * 1 January of the year after the claim became payable) or `commercial`
 * (five years, C. com. L110-4).
 *
 * @example
 * ```ts
 * import { limitationEndDate, type PublicBuyerLimitation } from '@tpe/legal-fr';
 *
 * const rule: PublicBuyerLimitation = 'commercial';
 * limitationEndDate({ payableDate: '2026-03-16', debtor: 'publicBuyer', publicBuyerLimitation: rule }).endDate; // '2031-03-16'
 * ```
 *
 * @category Limitation
 * @since 0.1.0
 */
export type PublicBuyerLimitation = 'quadrennial' | 'commercial';

/**
 * Input of {@link limitationEndDate}.
 *
 * @example
 * ```ts
 * import type { LimitationEndDateInput } from '@tpe/legal-fr';
 *
 * const input: LimitationEndDateInput = { payableDate: '2026-03-16', debtor: 'consumer' };
 * ```
 *
 * @category Limitation
 * @since 0.1.0
 */
export interface LimitationEndDateInput {
  /**
   * The day the claim became payable, usually the due date of the invoice.
   * For services to consumers, case law also starts from the completion of
   * the service or the invoice date: pass that day instead if it applies.
   */
  readonly payableDate: string;
  /** Who owes the claim. */
  readonly debtor: CustomerKind;
  /**
   * For a public buyer: `quadrennial` by default. Its applicability to every
   * public buyer is not confirmed (public companies may fall under the
   * commercial rule): choose `commercial` for five years.
   */
  readonly publicBuyerLimitation?: PublicBuyerLimitation | undefined;
}

/**
 * The end of the limitation period of a claim.
 *
 * @example
 * ```ts
 * import { limitationEndDate, type LimitationEnd } from '@tpe/legal-fr';
 *
 * const end: LimitationEnd = limitationEndDate({ payableDate: '2026-03-16', debtor: 'business' });
 * end.timeBarredFrom; // '2031-03-17'
 * ```
 *
 * @category Limitation
 * @since 0.1.0
 */
export interface LimitationEnd {
  /** The last day on which the creditor can still act (the period ends at the end of this day). */
  readonly endDate: string;
  /** The first day the claim is time-barred. */
  readonly timeBarredFrom: string;
  /** The length of the period in years. */
  readonly years: number;
  /** The article that sets the period. */
  readonly article: string;
  /** How the end date was found. */
  readonly trace: readonly TraceStep[];
}

/**
 * A zod schema for {@link LimitationEndDateInput}.
 *
 * @example
 * ```ts
 * import { limitationEndDateInputSchema } from '@tpe/legal-fr';
 *
 * limitationEndDateInputSchema.safeParse({ payableDate: '2026-03-16', debtor: 'consumer' }).success; // true
 * limitationEndDateInputSchema.safeParse({ payableDate: '2026-03-16', debtor: 'trader' }).success; // false
 * ```
 *
 * @category Limitation
 * @since 0.1.0
 */
export const limitationEndDateInputSchema = z.strictObject({
  payableDate: isoDateSchema,
  debtor: customerKindSchema,
  publicBuyerLimitation: z.enum(['quadrennial', 'commercial']).optional(),
});

/**
 * The last day a payment claim can be pursued before it is time-barred:
 * 5 years between businesses (commercial obligations), 2 years against a
 * consumer for goods or services supplied by a professional.
 *
 * **Details**: the day the claim became payable is not counted and the period
 * ends at the end of its last day (C. civ. 2228, 2229): a claim payable on
 * 2026-03-16 can be pursued until 2031-03-16 included and is time-barred from
 * 2031-03-17. A period starting on 29 February ends on 28 February in a common
 * year. For a public buyer the default is the déchéance quadriennale: the
 * claim lapses at the end of the fourth year after the year it became payable.
 *
 * **Gotchas**: interruptions and suspensions (acknowledgment of the debt, a
 * court claim, an enforcement measure: C. civ. 2233 and following) are not
 * taken into account: they start a new period from the interrupting act.
 *
 * @param input - the day the claim became payable and the debtor
 * @returns the last day, the first time-barred day, the years and the article
 * @throws {@link TpeError} `INVALID_INPUT` for a bad date or an unknown debtor
 *
 * @example
 * ```ts
 * import { limitationEndDate } from '@tpe/legal-fr';
 *
 * limitationEndDate({ payableDate: '2026-03-16', debtor: 'business' });
 * // { endDate: '2031-03-16', timeBarredFrom: '2031-03-17', years: 5, article: 'C. com. L110-4', trace: [...] }
 * limitationEndDate({ payableDate: '2026-03-16', debtor: 'consumer' }).endDate; // '2028-03-16'
 * limitationEndDate({ payableDate: '2028-02-29', debtor: 'consumer' }).endDate; // '2030-02-28'
 * limitationEndDate({ payableDate: '2026-03-16', debtor: 'publicBuyer' }).endDate; // '2030-12-31'
 * ```
 *
 * @see C. com. L110-4; C. civ. 2224, 2228, 2229; C. consom. L218-2; loi n° 68-1250 art. 1
 * @category Limitation
 * @since 0.1.0
 */
export function limitationEndDate(input: LimitationEndDateInput): LimitationEnd {
  const parsed = parseWithSchema(limitationEndDateInputSchema, input);
  const { payableDate, debtor } = parsed;
  if (
    debtor === 'publicBuyer' &&
    (parsed.publicBuyerLimitation ?? 'quadrennial') === 'quadrennial'
  ) {
    const year = halfYearOf(payableDate).year;
    const endDate = addYears(`${String(year).padStart(4, '0')}-12-31`, 4);
    return result(endDate, 4, 'Loi n° 68-1250 art. 1', {
      rule: 'quadrennialLapse',
      article: 'Loi n° 68-1250 art. 1',
      message: `Claim on a public buyer payable on ${payableDate}: lapses four years from 1 January ${year + 1}, at the end of ${endDate}`,
      values: { payableDate, endDate, years: '4' },
    });
  }
  const consumer = debtor === 'consumer';
  const years = consumer ? 2 : 5;
  const article = consumer ? 'C. consom. L218-2' : 'C. com. L110-4';
  const endDate = addYears(payableDate, years);
  return result(endDate, years, article, {
    rule: consumer ? 'consumerLimitation' : 'commercialLimitation',
    article: `${article}; C. civ. 2229`,
    message: `Claim payable on ${payableDate}: ${years} years${consumer ? ' (professional against a consumer)' : ' (commercial obligation)'}, the first day not counted; the period ends at the end of ${endDate}`,
    values: { payableDate, endDate, years: String(years) },
  });
}

function result(endDate: string, years: number, article: string, step: TraceStep): LimitationEnd {
  return { endDate, timeBarredFrom: addDays(endDate, 1), years, article, trace: [step] };
}
