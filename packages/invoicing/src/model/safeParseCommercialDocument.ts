import { ok, type Result, safeParseWithSchema } from '@tpe/core';
import { computeTotals } from '../totals/internal/computeTotals.js';
import { type CommercialDocument, commercialDocumentSchema } from './CommercialDocument.js';
import { readDocument } from './internal/readDocument.js';

/**
 * Reads a document as {@link commercialDocumentSchema} does — the same
 * copy, the same refusals — many times faster on a valid document: readers
 * without zod take the frequent valid case, and the schema is run only to
 * explain a refusal (or to accept what they did not expect). For code that
 * reads many documents, such as an export or an e-invoice writer.
 *
 * @param input - what should be a {@link CommercialDocument}
 * @returns `ok` with the copy the schema outputs, or `err` with an
 *   `INVALID_INPUT` {@link TpeError} whose issues are the schema's
 *
 * @example
 * ```ts
 * import { safeParseCommercialDocument } from '@tpe/invoicing';
 *
 * const seller = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' };
 * const line = { id: '1', label: 'Chaise', quantity: '4', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' };
 * const draft = { id: 'doc-1', kind: 'invoice', status: 'draft', currency: 'EUR', seller, lines: [line] };
 * safeParseCommercialDocument(draft).ok; // true
 * const refused = safeParseCommercialDocument({ ...draft, status: 'accepted' });
 * refused.ok ? undefined : refused.error.issues[0]?.path; // ['status']
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export function safeParseCommercialDocument(input: unknown): Result<CommercialDocument> {
  const document = readCommercialDocument(input);
  return document === undefined
    ? safeParseWithSchema(commercialDocumentSchema, input)
    : ok(document);
}

/**
 * The document as the schema outputs it, or `undefined` for anything the
 * readers do not accept: the content (kind, currency, lines, allowances,
 * charges, deposits, the rules between lines) by the reading of the totals,
 * which accepts exactly what the schema does, then the rest of the fields.
 */
function readCommercialDocument(input: unknown): CommercialDocument | undefined {
  try {
    return computeTotals(input, undefined) === undefined ? undefined : readDocument(input);
  } catch {
    return undefined;
  }
}
