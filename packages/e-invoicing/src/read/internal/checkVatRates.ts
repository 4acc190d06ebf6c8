import { isTpeError } from '@tpe/core';
import { isKnownVatRate, type VatRateTable, type VatTerritory } from '@tpe/legal-fr';
import type { InvoiceFinding } from '../InvoiceFinding.js';
import type { ReceivedVat } from '../ReceivedInvoice.js';
import { finding } from './finding.js';
import type { InvoiceContent } from './InvoiceContent.js';
import { isFrenchParty } from './receivedParty.js';

/** Where the rates of a received invoice are looked up. */
export interface VatRateContext {
  readonly territory: VatTerritory;
  readonly table?: VatRateTable | undefined;
}

/** Whether the seller charges French VAT: a French VAT number (its own or its tax representative's), or French without one. */
function chargesFrenchVat(content: InvoiceContent): boolean {
  const { seller, taxRepresentativeVatNumber } = content;
  if (taxRepresentativeVatNumber?.startsWith('FR') === true) return true;
  return seller.vatNumber === undefined ? isFrenchParty(seller) : seller.vatNumber.startsWith('FR');
}

/** Whether a rate is a French one on the date; `undefined` when the table does not cover the date. */
function isFrenchRate(rate: string, date: string, context: VatRateContext): boolean | undefined {
  try {
    return isKnownVatRate({ territory: context.territory, date, rate, table: context.table });
  } catch (error) {
    if (isTpeError(error) && error.code === 'RATE_UNKNOWN') return undefined;
    return false;
  }
}

/**
 * The standard rates (category `S`) of a received invoice that are not
 * French VAT rates on its issue date, when its seller charges French VAT:
 * one `UNKNOWN_VAT_RATE` finding per rate, at its first use. A date the
 * rate table does not cover is not checked.
 */
export function checkVatRates(
  content: InvoiceContent,
  context: VatRateContext,
): readonly InvoiceFinding[] {
  if (!chargesFrenchVat(content)) return [];
  const uses: (readonly [ReceivedVat | undefined, readonly (string | number)[]])[] = [
    ...content.lines.map((line, index) => [line.vat, ['lines', index, 'vat', 'rate']] as const),
    ...content.allowances.map(
      (entry, index) => [entry.vat, ['allowances', index, 'vat', 'rate']] as const,
    ),
    ...content.charges.map(
      (entry, index) => [entry.vat, ['charges', index, 'vat', 'rate']] as const,
    ),
    ...content.vatBreakdown.map(
      (entry, index) => [entry, ['vatBreakdown', index, 'rate']] as const,
    ),
  ];
  const checked = new Set<string>();
  const findings: InvoiceFinding[] = [];
  for (const [vat, path] of uses) {
    const rate = vat?.category === 'S' ? vat.rate : undefined;
    if (rate === undefined || checked.has(rate)) continue;
    checked.add(rate);
    if (isFrenchRate(rate, content.issueDate, context) !== false) continue;
    findings.push(
      finding(
        'UNKNOWN_VAT_RATE',
        path,
        `${rate} % is not a French VAT rate (${context.territory}) on ${content.issueDate}`,
        { declared: rate },
      ),
    );
  }
  return findings;
}
