import { isValidFrenchVatNumber } from '@tpe/legal-fr';
import type { ReceivedParty } from '../ReceivedInvoice.js';
import { compactIdentifier } from './receivedParty.js';

/** `|` and `%` written `%7C` and `%25`, so that `|` can separate the parts of a key. */
export function escapeKeyPart(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('|', '%7C');
}

/**
 * The most stable identifier of a seller, with its kind: the SIREN (stated,
 * or taken from a French VAT number), else the VAT number, else the legal
 * registration or first identifier with its scheme, else the name (case
 * and spacing normalized).
 */
export function sellerKey(seller: ReceivedParty): string {
  const vatNumber = seller.vatNumber;
  const siren =
    seller.siren ??
    (vatNumber !== undefined && isValidFrenchVatNumber(vatNumber) ? vatNumber.slice(4) : undefined);
  if (siren !== undefined) return `SIREN:${siren}`;
  if (vatNumber !== undefined) return `VAT:${escapeKeyPart(vatNumber)}`;
  const identifier = seller.legalRegistration ?? seller.identifiers[0];
  if (identifier !== undefined) {
    return `ID:${escapeKeyPart(identifier.scheme ?? '')}:${escapeKeyPart(compactIdentifier(identifier.id))}`;
  }
  const name = seller.name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return `NAME:${escapeKeyPart(name)}`;
}
