import { amountSchema, err, ok, type Result, safeParseWithSchema, TpeError } from '@tpe/core';
import { z } from 'zod';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { checkDocumentContent } from '../model/internal/documentRules.js';
import { documentContentShape } from '../model/internal/documentShape.js';
import type { DocumentTotals } from './DocumentTotals.js';
import { computeTotals } from './internal/computeTotals.js';

/**
 * The parts of a {@link CommercialDocument} its totals are computed from:
 * any commercial document is one.
 *
 * @category Totals
 * @since 0.1.0
 */
export type DocumentTotalsInput = Pick<
  CommercialDocument,
  'kind' | 'currency' | 'lines' | 'allowances' | 'charges' | 'deductedDeposits'
>;

/**
 * Options of {@link computeDocumentTotals}.
 *
 * @category Totals
 * @since 0.1.0
 */
export interface ComputeDocumentTotalsOptions {
  /**
   * The rounding amount added to the amount due (BT-114), e.g. `"-0.02"` to
   * round a cash payment to 5 cents; `"0.00"` by default.
   */
  readonly roundingAmount?: string | undefined;
}

/**
 * A zod schema for {@link DocumentTotalsInput}: the fields of a document its
 * totals are read from, checked as {@link commercialDocumentSchema} checks
 * them (with the same rules between lines); other fields are ignored.
 *
 * @example
 * ```ts
 * import { documentTotalsInputSchema } from '@tpe/invoicing';
 *
 * const line = { id: '1', label: 'Chaise', quantity: '4', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' };
 * documentTotalsInputSchema.safeParse({ kind: 'invoice', currency: 'EUR', lines: [line] }).success; // true
 * documentTotalsInputSchema.safeParse({ kind: 'invoice', currency: 'EUR', lines: [line, line] }).success; // false
 * ```
 *
 * @category Totals
 * @since 0.1.0
 */
export const documentTotalsInputSchema: z.ZodType<DocumentTotalsInput> = z
  .object(documentContentShape)
  .check(checkDocumentContent);

/**
 * A zod schema for {@link ComputeDocumentTotalsOptions}.
 *
 * @example
 * ```ts
 * import { computeDocumentTotalsOptionsSchema } from '@tpe/invoicing';
 *
 * computeDocumentTotalsOptionsSchema.safeParse({ roundingAmount: '-0.02' }).success; // true
 * computeDocumentTotalsOptionsSchema.safeParse({ roundingAmount: '-0.025' }).success; // false
 * ```
 *
 * @category Totals
 * @since 0.1.0
 */
export const computeDocumentTotalsOptionsSchema: z.ZodType<ComputeDocumentTotalsOptions> =
  z.strictObject({ roundingAmount: amountSchema().optional() });

const inputSchema = z.object({
  document: documentTotalsInputSchema,
  options: computeDocumentTotalsOptionsSchema.optional(),
});

/** The error explaining why the fast reading refused the input. */
function inputError(document: unknown, options: unknown): TpeError {
  const parsed = safeParseWithSchema(inputSchema, { document, options });
  if (parsed.ok) {
    // The schemas accepted what the fast reading refused: never expected.
    return new TpeError('INVALID_INPUT', 'Invalid input');
  }
  const issues = parsed.error.issues.map((issue) =>
    issue.path[0] === 'document' ? { ...issue, path: issue.path.slice(1) } : issue,
  );
  const unknownCategory = issues.find((issue) => issue.code === 'unknown_vat_category');
  if (unknownCategory !== undefined) {
    return new TpeError('UNKNOWN_VAT_CATEGORY', unknownCategory.message, { issues });
  }
  return new TpeError('INVALID_INPUT', parsed.error.message.replaceAll('document.', ''), {
    issues,
  });
}

/**
 * Computes the totals of a document as EN 16931 defines them: the net
 * amount of each line, the VAT breakdown per category and rate, and the
 * document totals BT-106 to BT-115. The one computation of totals every
 * output (PDF, e-invoice, ledger, statistics) uses.
 *
 * **Rules** (EN 16931, reference section 5.2):
 * - line net amount (BT-131) = `quantity × unitPrice / priceBaseQuantity −
 *   line allowances + line charges`, rounded to 2 decimals half away from
 *   zero; an allowance given as a percentage is `round2(base × percent /
 *   100)` first;
 * - BT-106 = Σ line net amounts; BT-107 / BT-108 = Σ document allowances /
 *   charges; BT-109 = BT-106 − BT-107 + BT-108;
 * - VAT breakdown per category and rate: taxable amount (BT-116) = Σ line net
 *   amounts + charges − allowances of that category and rate; VAT (BT-117) =
 *   `round2(BT-116 × rate / 100)`, computed once per rate on the sum, never
 *   as a sum of per-line VAT;
 * - BT-110 = Σ BT-117; BT-112 = BT-109 + BT-110; BT-113 = Σ deposits
 *   deducted; BT-114 = `roundingAmount`; BT-115 = BT-112 − BT-113 + BT-114.
 *
 * Exact arithmetic on scaled integers (bigint past 2^53), one rounding per
 * step named above. The exemption reason and code of each VAT category go
 * to its breakdown entry.
 *
 * **Gotchas**:
 * - A credit note states its quantities and amounts positive and its totals
 *   come out positive: the kind says it is a credit, as in EN 16931.
 * - Only the fields the totals are read from are validated (see
 *   {@link documentTotalsInputSchema}); validate a whole document with
 *   {@link commercialDocumentSchema}.
 * - Amounts have 2 decimals whatever the currency (EN 16931 BR-DEC rules).
 *
 * @param document - the document (only its kind, currency, lines,
 *   allowances, charges and deducted deposits are read)
 * @param options - the rounding amount (BT-114)
 * @returns new totals, amounts as decimal strings with 2 decimals
 * @throws {@link TpeError} `UNKNOWN_VAT_CATEGORY` when a VAT category is not
 *   an EN 16931 code; `INVALID_INPUT` with the issues of
 *   {@link documentTotalsInputSchema} otherwise
 *
 * @example
 * ```ts
 * import { computeDocumentTotals } from '@tpe/invoicing';
 *
 * const line = { label: 'Stylo', quantity: '1', unitCode: 'C62', unitPrice: '1.13', vat: { category: 'S', rate: '20' }, nature: 'goods' } as const;
 * const totals = computeDocumentTotals({
 *   kind: 'invoice',
 *   currency: 'EUR',
 *   lines: [{ ...line, id: '1' }, { ...line, id: '2' }, { ...line, id: '3' }],
 * });
 * totals.vatBreakdown; // [{ category: 'S', rate: '20', taxableAmount: '3.39', vatAmount: '0.68' }]
 * totals.taxInclusiveAmount; // '4.07'
 *
 * computeDocumentTotals({
 *   kind: 'invoice',
 *   currency: 'EUR',
 *   lines: [{ ...line, id: '1', vat: { category: 'X' as never, rate: '20' } }],
 * }); // throws TpeError UNKNOWN_VAT_CATEGORY
 * ```
 *
 * @see EN 16931-1 BR-CO-10 to BR-CO-17, BR-S-08, BR-S-09; CGI ann. II art. 242 nonies A 11°
 * @category Totals
 * @since 0.1.0
 */
export function computeDocumentTotals(
  document: DocumentTotalsInput,
  options?: ComputeDocumentTotalsOptions,
): DocumentTotals {
  const totals = computeTotals(document, options);
  if (totals === undefined) throw inputError(document, options);
  return totals;
}

/**
 * {@link computeDocumentTotals} returning a {@link Result} instead of
 * throwing.
 *
 * @example
 * ```ts
 * import { safeComputeDocumentTotals } from '@tpe/invoicing';
 *
 * const line = { id: '1', label: 'Heure', quantity: '2', unitCode: 'HUR', unitPrice: '80', vat: { category: 'S', rate: '20' }, nature: 'service' } as const;
 * const result = safeComputeDocumentTotals({ kind: 'invoice', currency: 'EUR', lines: [line] });
 * if (result.ok) result.value.amountDue; // '192.00'
 * safeComputeDocumentTotals({ kind: 'invoice', currency: 'EUR', lines: 'none' as never }).ok; // false
 * ```
 *
 * @category Totals
 * @since 0.1.0
 */
export function safeComputeDocumentTotals(
  document: DocumentTotalsInput,
  options?: ComputeDocumentTotalsOptions,
): Result<DocumentTotals> {
  const totals = computeTotals(document, options);
  return totals === undefined ? err(inputError(document, options)) : ok(totals);
}
