import type { LatePenaltyRegime, LegalMention } from '@tpe/legal-fr';

/**
 * The late-penalty sentence that states the statutory rate by its rule
 * rather than as a figure: the wording of C. com. L441-10 II between
 * businesses (ECB + 10 points), of CCP R2192-31 for a public buyer's
 * moratory interest (ECB + 8 points, the rate of the first day of the
 * half-year in which interest starts to run). The rest of each sentence is
 * that of `legalMentions` of `@tpe/legal-fr` for a rate given as a figure.
 */
const RULE_MENTIONS: Readonly<Record<LatePenaltyRegime, LegalMention>> = Object.freeze({
  b2bDefault: Object.freeze({
    id: 'latePenaltyRate',
    text: "En cas de retard de paiement, des pénalités sont exigibles dès le jour suivant la date de paiement figurant sur la facture, sans qu'un rappel soit nécessaire, au taux d'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente majoré de 10 points de pourcentage.",
    article: 'C. com. L441-9 I; L441-10 II',
    verbatim: false,
  }),
  publicBuyer: Object.freeze({
    id: 'latePenaltyRate',
    text: "En cas de retard de paiement, des intérêts moratoires sont dus de plein droit, sans qu'une demande soit nécessaire, au taux d'intérêt appliqué par la Banque centrale européenne à ses opérations principales de refinancement les plus récentes, en vigueur au premier jour du semestre de l'année civile au cours duquel les intérêts moratoires ont commencé à courir, majoré de 8 points de pourcentage.",
    article: 'C. com. L441-9 I; CCP R2192-31',
    verbatim: false,
  }),
});

/** The statutory late-penalty sentence of a regime, its rate stated by its rule. */
export function statutoryPenaltyRule(regime: LatePenaltyRegime): LegalMention {
  return RULE_MENTIONS[regime];
}
