import type { CommercialDocument } from '@tpe/invoicing';

/**
 * Whether a document states the option for VAT on debits: the seller opted
 * for it, charges VAT (not under the franchise en base) and the document
 * supplies services — the option concerns services only, goods bear VAT on
 * delivery anyway.
 *
 * @see CGI art. 269 2 c; CGI ann. II art. 242 nonies A (mention « Option pour le paiement de la taxe d'après les débits »)
 */
export function appliesVatOnDebits(
  document: Pick<CommercialDocument, 'seller' | 'lines'>,
): boolean {
  const { seller } = document;
  return (
    seller.vatOnDebits === true &&
    seller.vatRegime === 'normal' &&
    document.lines.some((line) => line.nature === 'service')
  );
}
