import type { Address } from '../../model/Address.js';

/** An address as printed: its lines, postal code and city, then region and country when abroad. */
export function printedAddress(address: Address): string {
  return [
    ...address.lines,
    `${address.postalCode} ${address.city}`.trim(),
    ...(address.subdivision === undefined ? [] : [address.subdivision]),
    ...(address.countryCode === 'FR' ? [] : [address.countryCode]),
  ].join('\n');
}
