import type { AllowanceChargeTerms, LineTerms } from './InvoiceTerms.js';

/**
 * Calls `write` on the allowances, then on the charges, of a document or a
 * line, with the charge indicator of each (`false` for an allowance), in the
 * order both syntaxes write them.
 */
export function eachAllowanceCharge(
  owner: Pick<LineTerms, 'allowances' | 'charges'>,
  write: (entry: AllowanceChargeTerms, charge: boolean) => void,
): void {
  for (const entry of owner.allowances) write(entry, false);
  for (const entry of owner.charges) write(entry, true);
}
