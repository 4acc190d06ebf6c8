import type { CustomerKind } from '@tpe/legal-fr';
import type { DunningTemplate } from '../../DunningTemplate.js';
import { body, paragraph, plural } from './blocks.js';
import {
  ALREADY_PAID,
  CONTACT,
  EMAIL_CLOSING,
  followingInvoices,
  GREETING,
  PAYMENT_MEANS,
  SIGNATURE,
  TABLE,
} from './paragraphs.js';

/** A courteous note a few days before the due date. */
export function preReminder(kind: CustomerKind): DunningTemplate {
  return {
    id: 'preReminder',
    subject: `Échéance prochaine de ${plural('votre facture', 'vos factures')} n° {{invoiceNumbers}}`,
    text: body(
      GREETING,
      paragraph(
        `Nous nous permettons de vous rappeler que ${followingInvoices(
          'arrive',
          'arrivent',
        )} prochainement à échéance :`,
      ),
      TABLE,
      kind === 'publicBuyer'
        ? paragraph(
            `Nous vous remercions de bien vouloir vérifier que ${plural(
              'cette facture a bien été reçue',
              'ces factures ont bien été reçues',
            )} par vos services, notamment sur Chorus Pro, afin que le paiement puisse intervenir dans le délai prévu.`,
          )
        : paragraph(
            `Nous vous remercions de bien vouloir prévoir ${plural(
              'son règlement à la date prévue',
              'leur règlement aux dates prévues',
            )}.`,
          ),
      PAYMENT_MEANS,
      ALREADY_PAID,
      CONTACT,
      EMAIL_CLOSING,
      SIGNATURE,
    ),
  };
}
