import type { CustomerKind } from '@tpe/legal-fr';
import type { DunningTemplate } from '../../DunningTemplate.js';
import { body, deadline, paragraph, plural } from './blocks.js';
import {
  CONTACT,
  claimedPenalties,
  followingInvoices,
  GREETING,
  LETTER_CLOSING,
  PAYMENT_MEANS,
  SIGNATURE,
  TABLE,
} from './paragraphs.js';

/** What the debtor is asked to do, per kind. */
function demand(kind: CustomerKind): string {
  if (kind === 'publicBuyer') {
    return `Nous vous remercions de bien vouloir faire procéder au mandatement de ${plural(
      'cette facture',
      'ces factures',
    )} ${deadline('sans délai')} et, le cas échéant, de transmettre ce rappel à l'ordonnateur ou au comptable public chargé du paiement.`;
  }
  return `Nous vous demandons de bien vouloir nous régler la somme de {{totals.claimed}} ${deadline(
    'sous huit jours',
  )}.`;
}

/** What follows if nothing is paid, per kind. */
function nextStep(kind: CustomerKind): string {
  if (kind === 'consumer') {
    return 'À défaut, nous serons contraints de vous adresser une mise en demeure, qui fera courir les intérêts au taux légal sur les sommes dues.';
  }
  return 'À défaut, nous serons contraints de vous adresser une mise en demeure de payer.';
}

/** The second reminder: firm, it states the penalties and what comes next. */
export function firmReminder(kind: CustomerKind): DunningTemplate {
  return {
    id: 'firmReminder',
    subject: `Relance : ${plural('facture', 'factures')} n° {{invoiceNumbers}} ${plural(
      'impayée',
      'impayées',
    )}`,
    text: body(
      GREETING,
      paragraph(
        `Malgré notre précédent rappel, ${followingInvoices(
          'reste impayée',
          'restent impayées',
        )} à ce jour :`,
      ),
      TABLE,
      claimedPenalties(kind, false),
      paragraph(`${demand(kind)} ${nextStep(kind)}`),
      PAYMENT_MEANS,
      paragraph(
        'Si votre règlement nous est parvenu entre-temps, nous vous remercions de ne pas tenir compte de ce message.',
      ),
      CONTACT,
      LETTER_CLOSING,
      SIGNATURE,
    ),
  };
}
