import { parseWithSchema } from '@tpe/core';
import { type CommercialDocument, commercialDocumentSchema } from '@tpe/invoicing';
import { z } from 'zod';

/**
 * Checks the input of an e-invoice writer: the document with
 * `commercialDocumentSchema` of `@tpe/invoicing`, the options with their
 * schema.
 *
 * @throws {@link TpeError} `INVALID_INPUT` with paths under `invoice` and `options`
 */
export function readInvoiceInput<Options>(
  invoice: unknown,
  options: unknown,
  optionsSchema: z.ZodType<Options>,
): { readonly invoice: CommercialDocument; readonly options?: Options | undefined } {
  return parseWithSchema(
    z.strictObject({ invoice: commercialDocumentSchema, options: optionsSchema.optional() }),
    { invoice, options },
  );
}
