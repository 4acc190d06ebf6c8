import { TpeError, type TpeIssue } from '@tpe/core';
import type { InvoiceTerms } from '../../mapping/InvoiceTerms.js';
import type { FacturXProfile } from '../FacturXProfile.js';

/** What the CII of a Factur-X profile carries. */
export interface ProfileScope {
  /** Only the header and the totals (MINIMUM). */
  readonly summary: boolean;
  /** The lines, BG-25 (not MINIMUM, not BASIC WL). */
  readonly lines: boolean;
  /**
   * The details beyond the BASIC subset: seller legal information in its own
   * term (BT-33; BASIC and BASIC WL carry it as a `REG` note), contacts
   * (BT-42, BT-43, BT-58), account name and BIC (BT-85, BT-86), item
   * description and reference (BT-154, BT-155), rounding (BT-114).
   */
  readonly details: boolean;
}

const SCOPES: Readonly<Record<FacturXProfile, ProfileScope>> = {
  MINIMUM: { summary: true, lines: false, details: false },
  'BASIC WL': { summary: false, lines: false, details: false },
  BASIC: { summary: false, lines: true, details: false },
  EN16931: { summary: false, lines: true, details: true },
  EXTENDED: { summary: false, lines: true, details: true },
};

/** The {@link ProfileScope} of a profile. */
export function profileScope(profile: FacturXProfile): ProfileScope {
  return SCOPES[profile];
}

interface Shortfall {
  readonly term: string;
  readonly path: readonly (string | number)[];
  readonly what: string;
}

/** The data of `terms` that `profile` cannot carry, beyond what it leaves out by design. */
function shortfalls(terms: InvoiceTerms, scope: ProfileScope): readonly Shortfall[] {
  const found: Shortfall[] = [];
  if (scope.summary) {
    if (terms.totals.prepaidAmount !== '0.00') {
      found.push({ term: 'BT-113', path: ['deductedDeposits'], what: 'the paid amount' });
    }
    if (terms.precedingInvoices.length > 0) {
      found.push({ term: 'BG-3', path: ['precedingInvoices'], what: 'the preceding invoice' });
    }
    return found;
  }
  if (scope.details) return found;
  const { seller, buyer, paymentMeans } = terms;
  if (seller.phone !== undefined) {
    found.push({ term: 'BT-42', path: ['seller', 'phone'], what: "the seller's phone" });
  }
  if (seller.email !== undefined) {
    found.push({ term: 'BT-43', path: ['seller', 'email'], what: "the seller's e-mail" });
  }
  if (buyer.email !== undefined) {
    found.push({ term: 'BT-58', path: ['customer', 'email'], what: "the buyer's e-mail" });
  }
  if (paymentMeans?.accountName !== undefined) {
    found.push({
      term: 'BT-85',
      path: ['seller', 'bankAccount', 'accountName'],
      what: 'the account name',
    });
  }
  if (paymentMeans?.bic !== undefined) {
    found.push({ term: 'BT-86', path: ['seller', 'bankAccount', 'bic'], what: 'the BIC' });
  }
  if (scope.lines) {
    terms.lines.forEach((line, index) => {
      if (line.description !== undefined) {
        found.push({
          term: 'BT-154',
          path: ['lines', index, 'description'],
          what: 'the item description',
        });
      }
      if (line.itemReference !== undefined) {
        found.push({
          term: 'BT-155',
          path: ['lines', index, 'itemReference'],
          what: 'the item reference',
        });
      }
    });
  }
  return found;
}

/**
 * Refuses an invoice holding data the profile cannot carry: MINIMUM a paid
 * amount or a preceding invoice (its totals and reference would be wrong or
 * lost), BASIC WL and BASIC the contacts, bank details and item details of
 * EN 16931 (see {@link ProfileScope}). What a profile leaves out by design — the lines of
 * MINIMUM and BASIC WL, and everything but the header and totals in MINIMUM
 * — is left out without error.
 *
 * @throws {@link TpeError} `PROFILE_NOT_SUFFICIENT` (`details.profile`,
 *   `details.terms`; one issue `not_carried` per datum, path from `invoice`)
 */
export function checkProfileCarries(terms: InvoiceTerms, profile: FacturXProfile): void {
  const found = shortfalls(terms, profileScope(profile));
  if (found.length === 0) return;
  const issues: TpeIssue[] = found.map(({ term, path, what }) => ({
    path: ['invoice', ...path],
    code: 'not_carried',
    message: `The ${profile} profile cannot carry ${what} (${term})`,
  }));
  throw new TpeError(
    'PROFILE_NOT_SUFFICIENT',
    `The ${profile} profile cannot carry ${[...new Set(found.map(({ term }) => term))].join(', ')}: use EN16931 or EXTENDED`,
    { issues, details: { profile, terms: [...new Set(found.map(({ term }) => term))] } },
  );
}
