import { formatMoneyFr, parseMoney } from '@tpe/core';
import type { Seller } from '@tpe/invoicing';

/**
 * The seller's additional legal information (BT-33), as French invoices
 * print it: legal form and share capital, then the trade register and its
 * city with the SIREN, e.g. `"SARL au capital de 10 000 €, RCS Lyon
 * 732829320"`; `"EI"` for an individual entrepreneur without a legal form.
 * `undefined` when the seller has none of these.
 *
 * @see C. com. R123-237, R123-238
 */
export function sellerLegalInformation(seller: Seller): string | undefined {
  const form =
    seller.legalForm ?? (seller.legalStatus === 'individualEntrepreneur' ? 'EI' : undefined);
  const capital =
    seller.shareCapital === undefined
      ? undefined
      : `au capital de ${formatMoneyFr(parseMoney(seller.shareCapital))}`;
  const registration =
    seller.registration === undefined
      ? undefined
      : [seller.registration.register, seller.registration.city, seller.siren]
          .filter((part) => part !== undefined)
          .join(' ');
  const identity = [form, capital].filter((part) => part !== undefined).join(' ');
  const parts = [identity === '' ? undefined : identity, registration].filter(
    (part) => part !== undefined,
  );
  return parts.length === 0 ? undefined : parts.join(', ');
}
