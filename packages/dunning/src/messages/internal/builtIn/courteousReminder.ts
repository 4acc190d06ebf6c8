import type { CustomerKind } from '@tpe/legal-fr';
import type { DunningTemplate } from '../../DunningTemplate.js';
import { body, deadline, paragraph, plural } from './blocks.js';
import {
  ALREADY_PAID,
  CONTACT,
  claimedPenalties,
  EMAIL_CLOSING,
  followingInvoices,
  GREETING,
  PAYMENT_MEANS,
  SIGNATURE,
  TABLE,
} from './paragraphs.js';

/** The first, friendly reminder after the due date. */
export function courteousReminder(kind: CustomerKind): DunningTemplate {
  return {
    id: 'courteousReminder',
    subject: `Rappel : ${plural('facture', 'factures')} n° {{invoiceNumbers}} en attente de règlement`,
    text: body(
      GREETING,
      paragraph(
        `Sauf erreur ou omission de notre part, ${followingInvoices(
          "n'a pas encore été réglée",
          "n'ont pas encore été réglées",
        )} à ce jour :`,
      ),
      TABLE,
      paragraph(
        `Il s'agit sans doute d'un simple oubli. Nous vous remercions de bien vouloir procéder au règlement de {{totals.claimed}} ${deadline(
          'dans les meilleurs délais',
        )}.`,
      ),
      kind === 'publicBuyer'
        ? paragraph(
            `Si ${plural('cette facture a été rejetée ou suspendue', 'ces factures ont été rejetées ou suspendues')} dans Chorus Pro, nous vous remercions de nous en indiquer le motif afin que nous puissions y remédier.`,
          )
        : '',
      claimedPenalties(kind, false),
      PAYMENT_MEANS,
      ALREADY_PAID,
      CONTACT,
      EMAIL_CLOSING,
      SIGNATURE,
    ),
  };
}
