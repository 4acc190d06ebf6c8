import type { CustomerKind } from '@tpe/legal-fr';
import type { DunningTemplate } from '../../DunningTemplate.js';
import { body, deadline, paragraph, plural } from './blocks.js';
import {
  claimedPenalties,
  followingInvoices,
  GREETING,
  LETTER_CLOSING,
  legalAction,
  letterHeading,
  PAYMENT_MEANS,
  SIGNATURE,
  TABLE,
} from './paragraphs.js';

const DELAY = 'dans un délai de huit jours à compter de la réception de la présente';

/** The legal effect of the notice, per kind (C. civ. 1344 and, for a consumer, 1231-6). */
function effect(kind: CustomerKind): string {
  if (kind === 'publicBuyer') return '';
  if (kind === 'consumer') {
    return paragraph(
      "La présente lettre vaut mise en demeure au sens de l'article 1344 du Code civil. Conformément à l'article 1231-6 du même code, elle fait courir, à compter de sa date, les intérêts au taux légal sur les sommes dues.",
    );
  }
  return paragraph(
    "La présente lettre vaut mise en demeure au sens de l'article 1344 du Code civil.",
  );
}

/**
 * The mise en demeure, sent by registered letter: creditor and debtor, the
 * invoices, the total claimed with the penalties, the indemnity and their
 * basis, the deadline and what follows (reference 11.2).
 */
export function formalNotice(kind: CustomerKind): DunningTemplate {
  return {
    id: 'formalNotice',
    subject: `Mise en demeure de payer – ${plural('facture', 'factures')} n° {{invoiceNumbers}}`,
    text: body(
      letterHeading(
        "Lettre recommandée avec demande d'avis de réception",
        'Objet : mise en demeure de payer',
      ),
      paragraph('MISE EN DEMEURE'),
      GREETING,
      paragraph(
        `Malgré nos précédentes relances, ${followingInvoices(
          'demeure impayée',
          'demeurent impayées',
        )} à ce jour :`,
      ),
      TABLE,
      claimedPenalties(kind, true),
      paragraph(
        `Par la présente, nous vous mettons en demeure de nous régler la somme totale de {{totals.claimed}} ${deadline(
          DELAY,
        )}.`,
      ),
      PAYMENT_MEANS,
      effect(kind),
      legalAction(kind, deadline('dans ce délai')),
      LETTER_CLOSING,
      SIGNATURE,
    ),
  };
}
