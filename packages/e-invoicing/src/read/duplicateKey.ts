import { isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { escapeKeyPart, sellerKey } from './internal/sellerKey.js';
import type { ReceivedInvoice } from './ReceivedInvoice.js';

const identifierSchema = z.object({ id: z.string(), scheme: z.string().optional() });

/** What {@link duplicateKey} reads of a received invoice. */
const keyPartsSchema = z.object({
  number: z.string().min(1),
  issueDate: isoDateSchema,
  seller: z.object({
    name: z.string(),
    siren: z.string().optional(),
    vatNumber: z.string().optional(),
    legalRegistration: identifierSchema.optional(),
    identifiers: z.array(identifierSchema),
  }),
});

/**
 * The key under which a received invoice is a duplicate of another one:
 * the seller, the invoice number and the issue date, normalized — the same
 * invoice received twice (by e-mail and through a platform, as a PDF and as
 * an XML, in CII and in UBL) gives the same key.
 *
 * **Details**: the seller is named by its SIREN (stated, or read in a
 * French VAT number), else its VAT number, else its legal registration or
 * first identifier with the scheme, else its name in lower case. The
 * number is compared in capitals without white space (`"fa 2026-42"` is
 * `"FA2026-42"`). The parts are joined by `|`; a `|` or `%` inside a part is
 * written `%7C` or `%25`. Store the key with a unique index and refuse an
 * invoice whose key is already there.
 *
 * @param invoice - a {@link ReceivedInvoice}
 * @returns the key, e.g. `"SIREN:732829320|FA-2026-0042|2026-03-02"`
 * @throws {@link TpeError} `INVALID_INPUT` when the invoice lacks its
 *   number, issue date or seller
 *
 * @example
 * ```ts
 * import { duplicateKey, type ReceivedInvoice } from '@tpe/e-invoicing';
 *
 * const seller = { name: 'Grossiste SA', vatNumber: 'FR44732829320', identifiers: [] };
 * duplicateKey({ number: 'fa 2026-0042', issueDate: '2026-03-02', seller } as ReceivedInvoice);
 * // 'SIREN:732829320|FA2026-0042|2026-03-02'
 * duplicateKey({ number: 'FA2026-0042', issueDate: '2026-03-02', seller: { ...seller, siren: '732829320' } } as ReceivedInvoice);
 * // 'SIREN:732829320|FA2026-0042|2026-03-02'
 * duplicateKey({ number: 'FA2026-0042', issueDate: '2026-03-02', seller: { name: 'Dansk  ApS', identifiers: [] } } as ReceivedInvoice);
 * // 'NAME:dansk aps|FA2026-0042|2026-03-02'
 * duplicateKey({ number: '', issueDate: '2026-03-02', seller } as ReceivedInvoice); // throws TpeError INVALID_INPUT
 * ```
 *
 * @category Reading
 * @since 0.1.0
 */
export function duplicateKey(invoice: ReceivedInvoice): string {
  const { number, issueDate, seller } = parseWithSchema(keyPartsSchema, invoice);
  const compactNumber = number.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return `${sellerKey(seller)}|${escapeKeyPart(compactNumber)}|${issueDate}`;
}
