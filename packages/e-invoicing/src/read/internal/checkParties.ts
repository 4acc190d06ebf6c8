import type { VatCategoryCode } from '@tpe/invoicing';
import { isValidFrenchVatNumber, isValidSiren, isValidSiret } from '@tpe/legal-fr';
import type { InvoiceFinding } from '../InvoiceFinding.js';
import type { ReceivedParty } from '../ReceivedInvoice.js';
import { finding } from './finding.js';
import type { InvoiceContent } from './InvoiceContent.js';
import { isFrenchParty } from './receivedParty.js';

/**
 * The categories whose lines need the seller's VAT identifier (BT-31) or
 * its tax representative's (BT-63), with their rule; `true` when the
 * seller's other tax registration (BT-32) does too.
 */
const VAT_ID_RULES: readonly (readonly [VatCategoryCode, string, boolean])[] = [
  ['S', 'BR-S-02', true],
  ['Z', 'BR-Z-02', true],
  ['E', 'BR-E-02', true],
  ['AE', 'BR-AE-02', true],
  ['K', 'BR-IC-02', false],
  ['G', 'BR-G-02', false],
  ['L', 'BR-AF-02', true],
  ['M', 'BR-AG-02', true],
];

/** The SIREN and SIRET of a French party, checked with `@tpe/legal-fr`. */
function checkFrenchIdentifiers(
  party: ReceivedParty,
  role: 'seller' | 'buyer',
  into: InvoiceFinding[],
): void {
  if (!isFrenchParty(party)) return;
  const rule = role === 'seller' ? 'BR-FR-10' : 'BR-FR-11';
  const { siren, siret } = party;
  if (siren === undefined) {
    into.push(
      finding('SIREN_MISSING', [role, 'siren'], `The French ${role} has no SIREN (${rule})`, {
        rule,
        severity: role === 'seller' ? 'error' : 'warning',
      }),
    );
  } else if (!isValidSiren(siren)) {
    into.push(
      finding(
        'SIREN_INVALID',
        [role, 'siren'],
        `The ${role}'s SIREN ${siren} is not valid: 9 digits with a right check digit (${rule})`,
        { rule, declared: siren },
      ),
    );
  }
  if (
    siret !== undefined &&
    (!isValidSiret(siret) || (siren !== undefined && !siret.startsWith(siren)))
  ) {
    into.push(
      finding(
        'SIRET_INVALID',
        [role, 'siret'],
        `The ${role}'s SIRET ${siret} is not valid: 14 digits with a right check digit, starting with the SIREN (BR-FR-09)`,
        { rule: 'BR-FR-09', declared: siret },
      ),
    );
  }
}

/** A French VAT number whose key is wrong. */
function checkVatNumber(
  party: ReceivedParty,
  role: 'seller' | 'buyer',
  into: InvoiceFinding[],
): void {
  const { vatNumber } = party;
  if (vatNumber?.startsWith('FR') !== true || isValidFrenchVatNumber(vatNumber)) return;
  into.push(
    finding(
      'VAT_NUMBER_INVALID',
      [role, 'vatNumber'],
      `The ${role}'s French VAT number ${vatNumber} is not valid: FR, a 2-digit key, then the SIREN`,
      { declared: vatNumber },
    ),
  );
}

/** The seller's VAT identifier that the VAT categories of the lines require (BR-S-02…). */
function checkSellerVatNumber(content: InvoiceContent, into: InvoiceFinding[]): void {
  const { seller } = content;
  if (seller.vatNumber !== undefined || content.taxRepresentativeVatNumber !== undefined) return;
  const used = new Set<VatCategoryCode>(
    content.lines.length > 0
      ? content.lines.map((line) => line.vat.category)
      : content.vatBreakdown.map((entry) => entry.category),
  );
  const broken = VAT_ID_RULES.find(
    ([category, , registrationSuffices]) =>
      used.has(category) && !(registrationSuffices && seller.taxRegistration !== undefined),
  );
  if (broken === undefined) return;
  const [category, rule] = broken;
  into.push(
    finding(
      'VAT_NUMBER_MISSING',
      ['seller', 'vatNumber'],
      `The seller has no VAT identifier (BT-31), which lines of VAT category ${category} require (${rule})`,
      { rule },
    ),
  );
}

/**
 * The identifiers of the parties of a received invoice: the SIREN (and
 * SIRET) of French parties, French VAT numbers, and the seller's VAT
 * identifier required by the VAT categories used.
 */
export function checkParties(content: InvoiceContent): readonly InvoiceFinding[] {
  const findings: InvoiceFinding[] = [];
  checkFrenchIdentifiers(content.seller, 'seller', findings);
  checkFrenchIdentifiers(content.buyer, 'buyer', findings);
  checkVatNumber(content.seller, 'seller', findings);
  checkVatNumber(content.buyer, 'buyer', findings);
  checkSellerVatNumber(content, findings);
  return findings;
}
