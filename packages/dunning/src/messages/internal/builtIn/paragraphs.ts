import type { CustomerKind } from '@tpe/legal-fr';
import { inline, inlineUnless, onlyIf, optionalLine, paragraph, plural } from './blocks.js';

/** The paragraphs several built-in templates share. */

export const GREETING = paragraph('Madame, Monsieur,');

/** The sender's block at the top of a letter: a formal notice identifies the creditor. */
const CREDITOR_HEADER = paragraph(
  '{{creditor.name}}',
  optionalLine('creditor.address', '{{creditor.address}}'),
  optionalLine('creditor.siren', 'SIREN {{creditor.siren}}'),
  optionalLine('creditor.email', '{{creditor.email}}'),
  optionalLine('creditor.phone', '{{creditor.phone}}'),
);

/** The addressee's block of a letter: a formal notice identifies the debtor. */
const CUSTOMER_HEADER = paragraph(
  '{{customer.name}}',
  optionalLine('customer.postalAddress', '{{customer.postalAddress}}'),
);

export const TABLE = paragraph('{{receivablesTable}}');

export const PAYMENT_MEANS = onlyIf(
  'creditor.iban',
  paragraph(
    `Vous pouvez effectuer ce règlement par virement sur notre compte IBAN {{creditor.iban}}${inline(
      'creditor.bic',
      ' (BIC {{creditor.bic}})',
    )}, en indiquant ${plural('le numéro de la facture', 'les numéros des factures')} en référence.`,
  ),
);

export const ALREADY_PAID = paragraph(
  `Si vous avez réglé ${plural('cette facture', 'ces factures')} entre-temps, nous vous remercions de ne pas tenir compte de ce message.`,
);

export const CONTACT = paragraph(
  `Pour toute question, ou si vous rencontrez une difficulté de paiement, n'hésitez pas à nous contacter${inline(
    'creditor.email',
    " à l'adresse {{creditor.email}}",
  )}${inline('creditor.phone', `${inline('creditor.email', ' ou')} au {{creditor.phone}}`)}.`,
);

export const EMAIL_CLOSING = paragraph(
  'Nous vous remercions par avance et vous prions de recevoir, Madame, Monsieur, nos salutations distinguées.',
);

export const LETTER_CLOSING = paragraph(
  "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
);

export const SIGNATURE = paragraph(
  optionalLine('creditor.signature', '{{creditor.signature}}'),
  '{{creditor.name}}',
);

/** The top of a letter: sender, addressee, date. */
export function letterHeading(...lines: readonly string[]): string {
  return `${CREDITOR_HEADER}${CUSTOMER_HEADER}${paragraph('Le {{asOf}}')}${paragraph(...lines)}`;
}

/** `la facture suivante reste impayée` and its plural, from the singular and plural verb forms. */
export function followingInvoices(singularVerb: string, pluralVerb: string): string {
  return plural(`la facture suivante ${singularVerb}`, `les factures suivantes ${pluralVerb}`);
}

/** `, dont 11,98 € de pénalités de retard et 40,00 € d'indemnité forfaitaire`, as claimed. */
function ofWhich(interest: string): string {
  const penalties = inline('hasPenalties', `, dont {{totals.penalties}} ${interest}`);
  const indemnities = inline(
    'hasIndemnities',
    `${inline('hasPenalties', ' et')}${inlineUnless('hasPenalties', ', dont')} {{totals.indemnities}} ${plural(
      "d'indemnité forfaitaire",
      "d'indemnités forfaitaires",
    )}`,
  );
  return `${penalties}${indemnities}`;
}

/** The sentence that states the total claimed, penalties included. */
function amountClaimed(interest: string): string {
  return `Au {{asOf}}, la somme due s'élève ainsi à {{totals.claimed}}${ofWhich(interest)}.`;
}

/**
 * The penalties and the indemnity a level claims, with their legal basis,
 * per kind of debtor. With `method`, the rate and the way of computing the
 * penalties are stated, as a formal notice must.
 */
export function claimedPenalties(kind: CustomerKind, method: boolean): string {
  if (kind === 'business') {
    return onlyIf(
      'claimsPenalties',
      paragraph(
        `Conformément à l'article L441-10 II du Code de commerce, tout retard de paiement fait courir de plein droit, dès le lendemain de la date d'échéance et sans qu'un rappel soit nécessaire, des pénalités de retard${inline(
          'hasIndemnities',
          ", ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du Code de commerce)",
        )}. ${amountClaimed('de pénalités de retard')}`,
      ),
      method
        ? onlyIf(
            'hasPenalties',
            paragraph(
              `Ces pénalités sont calculées en intérêts simples sur le montant TTC resté impayé, du lendemain de la date d'échéance jusqu'au {{asOf}}, ${inline(
                'hasPenaltyRates',
                'au taux annuel indiqué pour chaque facture',
              )}${inlineUnless(
                'hasPenaltyRates',
                "au taux prévu par nos conditions générales de vente ou, à défaut, au taux d'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points",
              )}.`,
            ),
          )
        : '',
      method ? additionalCompensation('L441-10 II du Code de commerce') : '',
    );
  }
  if (kind === 'publicBuyer') {
    return onlyIf(
      'claimsPenalties',
      paragraph(
        `Conformément aux articles R2192-31 et D2192-35 du Code de la commande publique, le dépassement du délai de paiement fait courir de plein droit, et sans autre formalité, des intérêts moratoires${inline(
          'hasIndemnities',
          ", ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture",
        )}. Ces sommes sont à verser dans un délai de 45 jours suivant la mise en paiement du principal (article R2192-36 du même code). ${amountClaimed("d'intérêts moratoires")}`,
      ),
      method
        ? onlyIf(
            'hasPenalties',
            paragraph(
              `Les intérêts moratoires sont calculés en intérêts simples sur le montant TTC resté impayé, du lendemain de la date d'échéance jusqu'au {{asOf}}, ${inline(
                'hasPenaltyRates',
                'au taux annuel indiqué pour chaque facture',
              )}${inlineUnless(
                'hasPenaltyRates',
                "au taux d'intérêt appliqué par la Banque centrale européenne à ses opérations principales de refinancement, en vigueur au premier jour du semestre au cours duquel les intérêts ont commencé à courir, majoré de 8 points",
              )}.`,
            ),
          )
        : '',
      method ? additionalCompensation('D2192-35 du Code de la commande publique') : '',
    );
  }
  return onlyIf(
    'hasPenalties',
    paragraph(
      `Les intérêts de retard, calculés au taux prévu par nos conditions générales de vente ou, à défaut, au taux de l'intérêt légal à compter de la mise en demeure (articles 1231-6 et 1344 du Code civil), s'élèvent au {{asOf}} à {{totals.penalties}}, soit une somme due de {{totals.claimed}}.`,
    ),
  );
}

/** Costs of recovery above the flat indemnity may be claimed on proof. */
function additionalCompensation(article: string): string {
  return onlyIf(
    'hasIndemnities',
    paragraph(
      `Nous nous réservons le droit de demander, sur justification, une indemnisation complémentaire si nos frais de recouvrement dépassent le montant de cette indemnité forfaitaire (article ${article}).`,
    ),
  );
}

/** What follows if the formal notice is not obeyed, per kind of debtor. */
export function legalAction(kind: CustomerKind, delay: string): string {
  if (kind === 'publicBuyer') {
    return paragraph(
      `À défaut de paiement ${delay}, nous saisirons sans autre avis le juge administratif, notamment par la voie du référé-provision, afin d'obtenir le paiement des sommes dues.`,
    );
  }
  return paragraph(
    `À défaut de paiement ${delay}, nous engagerons sans autre avis une procédure judiciaire de recouvrement (requête en injonction de payer ou assignation devant la juridiction compétente), sans préjudice de tous autres droits.`,
  );
}
