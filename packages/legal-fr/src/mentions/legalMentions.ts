import { formatDateFr, isoDateSchema, parseWithSchema, rateSchema, TpeError } from '@tpe/core';
import { z } from 'zod';
import type { LatePenaltyRegime } from '../penalties/latePenaltyRate.js';
import { type CustomerKind, customerKindSchema } from '../shared/CustomerKind.js';
import {
  type VatCategoryTreatment,
  vatCategory,
  vatCategoryTreatmentSchema,
} from '../vat/vatCategory.js';
import { legalMentionsInputIssues } from './internal/legalMentionsInputIssues.js';
import { formatPercentFr } from './internal/printedText.js';
import { readLegalMentionsInput } from './internal/readLegalMentionsInput.js';
import { VAT_ON_DEBITS } from './internal/vatOnDebits.js';
import type { InvoiceMentionId } from './invoiceMentionIds.js';

/**
 * What {@link legalMentions} needs to write the legal sentences of an
 * invoice.
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export interface LegalMentionsInput {
  /** Who the buyer is: decides the penalty wording and the 40 € indemnity. */
  readonly customerKind: CustomerKind;
  /** The date by which payment must be made, `YYYY-MM-DD`. */
  readonly dueDate?: string | undefined;
  /** `true` to print "Paiement à réception" instead of a due date. */
  readonly paymentOnReceipt?: boolean | undefined;
  /**
   * The annual late-penalty rate, a percent string (`"12.15"`): due for a
   * professional or public buyer (or `statutoryPenaltyRule`); for a
   * consumer, a contractual rate if any.
   */
  readonly latePenaltyRate?: string | undefined;
  /**
   * For a professional or public buyer, instead of `latePenaltyRate`: the
   * statutory rate stated by its rule, in the words of the law, rather than
   * as the figure of a half-year. `'b2bDefault'` for a professional buyer
   * ("taux d'intérêt appliqué par la Banque centrale européenne à son
   * opération de refinancement la plus récente majoré de 10 points de
   * pourcentage", C. com. L441-10 II), `'publicBuyer'` for a public buyer's
   * moratory interest (the ECB rate in force on the first day of the
   * half-year in which interest starts to run, + 8 points, CCP R2192-31).
   * It must be the customer's regime; none applies to a consumer.
   *
   * Use it when the rate of the half-year is not known yet (a half-year
   * beyond the rate tables), or to print one clause for every half-year.
   * C. com. L441-9 asks the invoice for the rate: that a clause restating
   * the rule satisfies it is the usual reading, *unverified*.
   *
   * @example
   * ```ts
   * import { legalMentions } from '@tpe/legal-fr';
   *
   * const mentions = legalMentions({ customerKind: 'business', dueDate: '2026-09-30', statutoryPenaltyRule: 'b2bDefault' });
   * mentions[2]?.text; // 'En cas de retard de paiement, des pénalités sont exigibles dès le jour suivant la date de paiement figurant sur la facture, sans qu\'un rappel soit nécessaire, au taux d\'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente majoré de 10 points de pourcentage.'
   * ```
   */
  readonly statutoryPenaltyRule?: LatePenaltyRegime | undefined;
  /**
   * Escompte for early payment: `'none'` (the default for a professional or
   * public buyer) or a rate (percent string) for payment within a number of
   * days of the invoice date.
   */
  readonly escompte?: 'none' | { readonly rate: string; readonly withinDays: number } | undefined;
  /**
   * `true` when the seller is under the franchise en base (CGI art. 293 B).
   * This flag is the source of truth for the franchise: `vatTreatment:
   * 'franchiseEnBase'` means the same thing (both may be given, but not that
   * treatment with `franchiseEnBase: false`).
   */
  readonly franchiseEnBase?: boolean | undefined;
  /**
   * The VAT treatment of the operations (see {@link VatCategoryTreatment});
   * `taxable` by default. `outOfScope` and `taxable` print no VAT mention.
   */
  readonly vatTreatment?: VatCategoryTreatment | undefined;
  /** The exemption reference to print for `vatTreatment: 'otherExemption'`. */
  readonly otherExemptionText?: string | undefined;
  /** `true` when the seller opted to pay VAT on debits. */
  readonly vatOnDebitsOption?: boolean | undefined;
}

/**
 * One sentence to print on an invoice.
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export interface LegalMention {
  /** The mention it fulfils, as reported by {@link checkInvoiceMentions}. */
  readonly id: InvoiceMentionId;
  /** The French text. Spaces before `%`, `€` and `:` are no-break spaces (U+00A0). */
  readonly text: string;
  /** The legal basis, when a rule of law requires the sentence. */
  readonly article?: string;
  /**
   * `true` when the text is the exact wording given by the law or the legal
   * reference (print it as is); `false` for a standard wording that may be
   * rephrased.
   */
  readonly verbatim: boolean;
}

const NBSP = '\u00a0';

/** The rate of each statutory regime, stated by its rule. */
const STATUTORY_RATE_WORDS: Readonly<Record<LatePenaltyRegime, string>> = {
  b2bDefault:
    "taux d'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente majoré de 10 points de pourcentage",
  publicBuyer:
    "taux d'intérêt appliqué par la Banque centrale européenne à ses opérations principales de refinancement les plus récentes, en vigueur au premier jour du semestre de l'année civile au cours duquel les intérêts moratoires ont commencé à courir, majoré de 8 points de pourcentage",
};

/** The mention a VAT treatment's sentence fulfils (exemptions share one). */
function vatMentionId(treatment: VatCategoryTreatment): InvoiceMentionId {
  if (treatment === 'franchiseEnBase') return 'vatFranchiseMention';
  if (treatment === 'reverseCharge') return 'reverseChargeMention';
  return 'vatExemptionMention';
}

const escompteSchema = z.union([
  z.literal('none'),
  z.strictObject({ rate: rateSchema, withinDays: z.number().int().min(1).max(3650) }),
]);

/**
 * A zod schema for {@link LegalMentionsInput}: it also refuses a due date
 * together with payment on receipt, a professional or public invoice without
 * a payment date or a late-penalty rate, an "other" exemption without its
 * text, the treatment `franchiseEnBase` with `franchiseEnBase: false`, the
 * VAT-on-debits option under the franchise en base, and a statutory rule
 * (`statutoryPenaltyRule`) that is not the customer's or comes with a rate
 * (issue codes `conflicting_fields`, `required`).
 *
 * @example
 * ```ts
 * import { legalMentionsInputSchema } from '@tpe/legal-fr';
 *
 * legalMentionsInputSchema.safeParse({ customerKind: 'consumer' }).success; // true
 * legalMentionsInputSchema.safeParse({ customerKind: 'business', paymentOnReceipt: true }).success; // false
 * legalMentionsInputSchema.safeParse({ customerKind: 'consumer', franchiseEnBase: false, vatTreatment: 'franchiseEnBase' }).success; // false
 * ```
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export const legalMentionsInputSchema: z.ZodType<LegalMentionsInput> = z
  .strictObject({
    customerKind: customerKindSchema,
    dueDate: isoDateSchema.optional(),
    paymentOnReceipt: z.boolean().optional(),
    latePenaltyRate: rateSchema.optional(),
    statutoryPenaltyRule: z.enum(['b2bDefault', 'publicBuyer']).optional(),
    escompte: escompteSchema.optional(),
    franchiseEnBase: z.boolean().optional(),
    vatTreatment: vatCategoryTreatmentSchema.optional(),
    otherExemptionText: z.string().trim().min(1).max(500).optional(),
    vatOnDebitsOption: z.boolean().optional(),
  })
  .check((context) => {
    for (const issue of legalMentionsInputIssues(context.value) ?? []) {
      context.issues.push({
        code: 'custom',
        message: issue.message,
        input: context.value,
        path: [...issue.path],
        params: { code: issue.code },
      });
    }
  });

/**
 * Writes the legal sentences of an invoice, in print order: payment date,
 * escompte, late penalties, the 40 € indemnity, then the VAT mentions
 * (franchise en base, exemption, reverse charge, VAT on debits).
 *
 * **When to use**: to fill the footer of an invoice; the sentences satisfy
 * {@link checkInvoiceMentions} (put the payment ones in `penaltyRateText`,
 * `recoveryIndemnityText`, `escompteText`, the VAT ones in `vatMentions`).
 *
 * **Details**:
 * - The VAT mention of each treatment, and its article, is the `mention`
 *   and `article` of {@link vatCategory} (franchise en base, intra-EU supply,
 *   export, reverse charge), printed verbatim; `otherExemption` prints the
 *   given `otherExemptionText` instead; `taxable` and `outOfScope` print
 *   none. The franchise mention is printed once when the seller is under the
 *   franchise, whether said by `franchiseEnBase: true` (the source of truth)
 *   or by `vatTreatment: 'franchiseEnBase'`.
 * - Wordings given by the legal reference are used verbatim (`verbatim:
 *   true`): the VAT mentions above, the VAT-on-debits statement, "Pas
 *   d'escompte pour paiement anticipé". The others are sober standard French
 *   wordings (`verbatim: false`).
 * - Rates are written the French way: `"12.15"` → `12,15 %`; dates `16/03/2026`.
 * - `statutoryPenaltyRule` states the statutory rate by its rule instead
 *   of a figure; the sentence is otherwise the same, and satisfies
 *   {@link checkInvoiceMentions}.
 * - Consumer: no 40 € indemnity (it must not be printed), no "sans qu'un
 *   rappel soit nécessaire" (C. com. L441-10 does not apply); the penalty and
 *   escompte sentences only when a rate or an escompte is given.
 * - Public buyer: late interest is "intérêts moratoires" (CCP R2192-31), the
 *   indemnity is owed under CCP D2192-35.
 * - The VAT-on-debits sentence is printed whenever the option is given; it
 *   concerns services (print it on invoices of services).
 *
 * @param input - see {@link LegalMentionsInput}
 * @returns the sentences, each with its mention id and legal basis
 * @throws {@link TpeError} `INVALID_INPUT` (with paths) for an input that does
 *   not match {@link legalMentionsInputSchema}
 *
 * @example
 * ```ts
 * import { legalMentions } from '@tpe/legal-fr';
 *
 * const b2b = legalMentions({ customerKind: 'business', dueDate: '2026-03-16', latePenaltyRate: '12.15' });
 * b2b.map((mention) => mention.text); // ['Date d\'échéance\u00a0: 16/03/2026', 'Pas d\'escompte pour paiement anticipé', 'En cas de retard de paiement, des pénalités sont exigibles dès le jour suivant la date de paiement figurant sur la facture, sans qu\'un rappel soit nécessaire, au taux annuel de 12,15\u00a0%.', 'Indemnité forfaitaire pour frais de recouvrement due en cas de retard de paiement\u00a0: 40\u00a0€.']
 * legalMentions({ customerKind: 'consumer', paymentOnReceipt: true, franchiseEnBase: true }).map((mention) => mention.text); // ['Paiement à réception', 'TVA non applicable, art. 293 B du CGI']
 * legalMentions({ customerKind: 'consumer', vatTreatment: 'reverseCharge' }); // [{ id: 'reverseChargeMention', text: 'Autoliquidation', article: 'CGI art. 283-2; CGI ann. II art. 242 nonies A 13°', verbatim: true }]
 * legalMentions({ customerKind: 'consumer', vatTreatment: 'outOfScope' }); // []
 * ```
 *
 * @category Invoice mentions
 * @since 0.1.0
 * @see C. com. L441-9, L441-10 II, D441-5; CCP R2192-31, D2192-35; CGI ann. II art. 242 nonies A 12°, 13°; CGI art. 293 B, 262 ter I, 262 I, 283-2
 */
export function legalMentions(input: LegalMentionsInput): readonly LegalMention[] {
  const parsed = readLegalMentionsInput(input);
  if (parsed === undefined || legalMentionsInputIssues(parsed) !== undefined) {
    parseWithSchema(legalMentionsInputSchema, input);
    // The schema accepted what the reader refused: never expected.
    throw new TpeError('INVALID_INPUT', 'Invalid input');
  }
  const consumer = parsed.customerKind === 'consumer';
  const publicBuyer = parsed.customerKind === 'publicBuyer';
  const mentions: LegalMention[] = [];
  const add = (id: InvoiceMentionId, text: string, verbatim: boolean, article?: string): void => {
    mentions.push(article === undefined ? { id, text, verbatim } : { id, text, article, verbatim });
  };
  const addVatMention = (treatment: VatCategoryTreatment): void => {
    const { mention, article } = vatCategory(treatment);
    if (mention === null) return;
    if (treatment === 'otherExemption') {
      add(vatMentionId(treatment), parsed.otherExemptionText ?? mention, false, article);
    } else {
      add(vatMentionId(treatment), mention, true, article);
    }
  };
  const paymentArticle = consumer ? undefined : 'C. com. L441-9 I';

  if (parsed.dueDate !== undefined) {
    add(
      'paymentDate',
      `Date d'échéance${NBSP}: ${formatDateFr(parsed.dueDate)}`,
      false,
      paymentArticle,
    );
  } else if (parsed.paymentOnReceipt === true) {
    add('paymentDate', 'Paiement à réception', false, paymentArticle);
  }

  const escompte = parsed.escompte ?? (consumer ? undefined : 'none');
  if (escompte === 'none') {
    add('escompteConditions', "Pas d'escompte pour paiement anticipé", true, paymentArticle);
  } else if (escompte !== undefined) {
    add(
      'escompteConditions',
      `Escompte de ${formatPercentFr(escompte.rate)}${NBSP}% pour paiement dans les ${escompte.withinDays} jours suivant la date de facture.`,
      false,
      paymentArticle,
    );
  }

  const { latePenaltyRate: penaltyRate, statutoryPenaltyRule: rule } = parsed;
  const stated =
    penaltyRate !== undefined
      ? `taux annuel de ${formatPercentFr(penaltyRate)}${NBSP}%`
      : rule === undefined
        ? undefined
        : STATUTORY_RATE_WORDS[rule];
  if (stated !== undefined) {
    if (publicBuyer) {
      add(
        'latePenaltyRate',
        `En cas de retard de paiement, des intérêts moratoires sont dus de plein droit, sans qu'une demande soit nécessaire, au ${stated}.`,
        false,
        'C. com. L441-9 I; CCP R2192-31',
      );
    } else if (consumer) {
      add(
        'latePenaltyRate',
        `En cas de retard de paiement, des pénalités de retard au ${stated} pourront être appliquées.`,
        false,
      );
    } else {
      add(
        'latePenaltyRate',
        `En cas de retard de paiement, des pénalités sont exigibles dès le jour suivant la date de paiement figurant sur la facture, sans qu'un rappel soit nécessaire, au ${stated}.`,
        false,
        'C. com. L441-9 I; L441-10 II',
      );
    }
  }

  if (!consumer) {
    add(
      'recoveryIndemnity',
      `Indemnité forfaitaire pour frais de recouvrement due en cas de retard de paiement${NBSP}: 40${NBSP}€.`,
      false,
      publicBuyer ? 'CCP D2192-35' : 'C. com. L441-10 II; D441-5',
    );
  }

  const treatment = parsed.vatTreatment ?? 'taxable';
  if (parsed.franchiseEnBase === true || treatment === 'franchiseEnBase') {
    addVatMention('franchiseEnBase');
  }
  if (treatment !== 'franchiseEnBase') addVatMention(treatment);
  if (parsed.vatOnDebitsOption === true) {
    add('vatOnDebitsMention', VAT_ON_DEBITS.mention, true, VAT_ON_DEBITS.article);
  }
  return mentions;
}
