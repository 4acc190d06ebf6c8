import type { CommercialDocument } from '@tpe/invoicing';

/**
 * The French invoicing frame (« cadre de facturation », BT-23) of an
 * invoice: its letter says what is supplied — `B` goods only, `S` services
 * only, `M` both (the operation category of CGI ann. II art. 242 nonies A
 * 8° bis) — and its digit the frame: `4` for a final invoice deducting
 * deposits, `1` otherwise (an invoice, a deposit invoice, a credit note).
 *
 * The frames of already-paid invoices (`2`), subcontracting (`5`),
 * co-contracting (`6`), e-reported operations (`7`) and multi-vendor
 * invoices (`8`, `9`) are not produced: the model does not describe them.
 */
export function businessProcessOf(
  document: Pick<CommercialDocument, 'kind' | 'lines' | 'deductedDeposits'>,
): string {
  const goods = document.lines.some((line) => line.nature === 'goods');
  const services = document.lines.some((line) => line.nature === 'service');
  const letter = goods && services ? 'M' : goods ? 'B' : 'S';
  const final = document.kind === 'invoice' && (document.deductedDeposits ?? []).length > 0;
  return `${letter}${final ? '4' : '1'}`;
}
