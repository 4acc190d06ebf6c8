import { normalizeIdentifier } from '@tpe/legal-fr';
import type { ReceivedIdentifier, ReceivedParty } from '../ReceivedInvoice.js';
import { definedFields } from './definedFields.js';
import { attributeOf, textOf, type XmlValue } from './xmlNode.js';

/** The ISO 6523 scheme of a SIREN and of a SIRET. */
const SIREN_SCHEME = '0002';
const SIRET_SCHEME = '0009';

/** The longest text `normalizeIdentifier` of `@tpe/legal-fr` reads. */
const MAX_IDENTIFIER = 256;

/** An identifier in compact form: spaces, dots and hyphens removed, letters in capitals. */
export function compactIdentifier(text: string): string {
  return text.length > MAX_IDENTIFIER ? text : normalizeIdentifier(text);
}

/** The text of an identifier element in compact form, `undefined` when absent. */
export function compactText(node: XmlValue | undefined): string | undefined {
  const text = textOf(node);
  return text === undefined ? undefined : compactIdentifier(text);
}

/** An identifier element: its text and its `schemeID`. */
export function identifierOf(node: XmlValue | undefined): ReceivedIdentifier | undefined {
  const id = textOf(node);
  return id === undefined
    ? undefined
    : definedFields({ id, scheme: attributeOf(node, 'schemeID') });
}

/** A party as a syntax reader finds it, before its French identifiers are worked out. */
export type PartyParts = Omit<ReceivedParty, 'siren' | 'siret'>;

/** Whether a party is French: by its country, or by its VAT number. */
export function isFrenchParty(party: Pick<ReceivedParty, 'address' | 'vatNumber'>): boolean {
  return party.address?.countryCode === 'FR' || party.vatNumber?.startsWith('FR') === true;
}

/** The SIREN and SIRET a party states, by scheme, or by length for a French legal registration without one. */
function frenchIdentifiers(parts: PartyParts): {
  readonly siren: string | undefined;
  readonly siret: string | undefined;
} {
  let siren: string | undefined;
  let siret: string | undefined;
  const legal = parts.legalRegistration;
  const candidates = [...(legal === undefined ? [] : [legal]), ...parts.identifiers];
  for (const { id, scheme } of candidates) {
    const compact = compactIdentifier(id);
    const french = scheme === undefined && isFrenchParty(parts) && /^\d+$/.test(compact);
    if (scheme === SIREN_SCHEME || (french && compact.length === 9)) siren ??= compact;
    else if (scheme === SIRET_SCHEME || (french && compact.length === 14)) siret ??= compact;
  }
  if (siren === undefined && siret !== undefined && /^\d{14}$/.test(siret)) {
    siren = siret.slice(0, 9);
  }
  return { siren, siret };
}

/** The {@link ReceivedParty} of what a syntax reader found: identifiers compacted, SIREN and SIRET worked out. */
export function receivedParty(parts: PartyParts): ReceivedParty {
  const vatNumber = parts.vatNumber === undefined ? undefined : compactIdentifier(parts.vatNumber);
  const party = { ...parts, vatNumber };
  return definedFields({ ...party, ...frenchIdentifiers(party) });
}
