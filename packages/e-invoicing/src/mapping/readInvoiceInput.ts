import { type Result, safeParseWithSchema, TpeError, type TpeIssue } from '@tpe/core';
import { type CommercialDocument, safeParseCommercialDocument } from '@tpe/invoicing';
import type { z } from 'zod';

/** The issues of a refused part, their paths under `name`. */
function issuesUnder(name: string, parsed: Result<unknown>): readonly TpeIssue[] {
  if (parsed.ok) return [];
  return parsed.error.issues.map((issue) => ({ ...issue, path: [name, ...issue.path] }));
}

/**
 * Checks the input of an e-invoice writer: the document as
 * `commercialDocumentSchema` of `@tpe/invoicing` reads it (by its quick
 * reader, `safeParseCommercialDocument`), the options with their schema. Each is parsed by its own schema, built once: a schema built per
 * call would be compiled again by zod on each call.
 *
 * @throws {@link TpeError} `INVALID_INPUT` with paths under `invoice` and `options`
 */
export function readInvoiceInput<Options>(
  invoice: unknown,
  options: unknown,
  optionsSchema: z.ZodType<Options>,
): { readonly invoice: CommercialDocument; readonly options?: Options | undefined } {
  const document = safeParseCommercialDocument(invoice);
  const parsedOptions =
    options === undefined ? undefined : safeParseWithSchema(optionsSchema, options);
  if (document.ok) {
    if (parsedOptions === undefined) return { invoice: document.value };
    if (parsedOptions.ok) return { invoice: document.value, options: parsedOptions.value };
  }
  const issues = [
    ...issuesUnder('invoice', document),
    ...(parsedOptions === undefined ? [] : issuesUnder('options', parsedOptions)),
  ];
  const summary = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    .join('; ');
  throw new TpeError(
    'INVALID_INPUT',
    `Invalid input: ${summary}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`,
    { issues },
  );
}
