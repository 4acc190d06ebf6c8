import type { CustomerKind } from '@tpe/legal-fr';
import type { DunningTemplate } from '../../DunningTemplate.js';
import { body, deadline, paragraph, plural } from './blocks.js';
import {
  claimedPenalties,
  followingInvoices,
  GREETING,
  LETTER_CLOSING,
  letterHeading,
  PAYMENT_MEANS,
  SIGNATURE,
  TABLE,
} from './paragraphs.js';

/** The step after this notice, per kind. */
function handOver(kind: CustomerKind): string {
  if (kind === 'publicBuyer') {
    return 'nous saisirons sans autre avis le juge administratif, notamment par la voie du référé-provision.';
  }
  return "nous confierons sans autre avis le recouvrement de cette créance à un tiers (commissaire de justice, avocat ou société de recouvrement) et engagerons une procédure judiciaire, notamment par voie d'injonction de payer.";
}

/** The last notice before the file is handed over for legal recovery. */
export function finalNotice(kind: CustomerKind): DunningTemplate {
  return {
    id: 'finalNotice',
    subject: `Dernier avis avant poursuites – ${plural('facture', 'factures')} n° {{invoiceNumbers}}`,
    text: body(
      letterHeading('Objet : dernier avis avant poursuites'),
      GREETING,
      paragraph(
        `Malgré nos relances successives, ${followingInvoices(
          'demeure impayée',
          'demeurent impayées',
        )} à ce jour :`,
      ),
      TABLE,
      claimedPenalties(kind, true),
      paragraph(
        `Sans règlement de {{totals.claimed}} ${deadline('sous huit jours')}, ${handOver(kind)}`,
      ),
      PAYMENT_MEANS,
      paragraph(
        'Si vous rencontrez des difficultés, contactez-nous sans attendre : une solution amiable reste possible.',
      ),
      LETTER_CLOSING,
      SIGNATURE,
    ),
  };
}
