import type { SchemedId } from './InvoiceTerms.js';

/**
 * The electronic address of a party (BT-34 for the seller, BT-49 for the
 * buyer): its SIREN under scheme 0225, the base address of a French company
 * in the directory of the e-invoicing reform; else its e-mail address under
 * scheme `EM`; else none.
 */
export function electronicAddressOf(
  siren: string | undefined,
  email: string | undefined,
): SchemedId | undefined {
  if (siren !== undefined) return { scheme: '0225', value: siren };
  if (email !== undefined) return { scheme: 'EM', value: email };
  return undefined;
}
