import { parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import {
  DEFAULT_MAX_XML_BYTES,
  type ReadInvoiceOptions,
  readInvoiceOptionsSchema,
} from '../ReadInvoiceOptions.js';
import { decodeXmlBytes } from './decodeXmlBytes.js';
import { readError } from './readError.js';

const inputSchema = z.strictObject({
  file: z.union([z.string(), z.instanceof(Uint8Array)]),
  options: readInvoiceOptionsSchema.optional(),
});

/**
 * Checks the arguments of the readers: a string or bytes, and the options.
 *
 * @throws {@link TpeError} `INVALID_INPUT` with paths under `file` and `options`
 */
export function readInput(
  file: unknown,
  options: unknown,
): { readonly file: string | Uint8Array; readonly options: ReadInvoiceOptions } {
  const read = parseWithSchema(inputSchema, { file, options });
  return { file: read.file, options: read.options ?? {} };
}

/** A byte order mark at the start of a text. */
const BOM = '\uFEFF';

/**
 * The text of an invoice XML given as a string or as bytes, refused beyond
 * `maxXmlBytes` (bytes, or characters for a string).
 *
 * @throws {@link TpeError} `INPUT_TOO_LARGE`, and those of `decodeXmlBytes`
 */
export function xmlTextOf(file: string | Uint8Array, options: ReadInvoiceOptions): string {
  const limit = options.maxXmlBytes ?? DEFAULT_MAX_XML_BYTES;
  if (file.length > limit) {
    throw readError('INPUT_TOO_LARGE', `The XML is larger than the limit of ${limit} bytes`, {
      details: { length: file.length, maxXmlBytes: limit },
    });
  }
  if (typeof file !== 'string') return decodeXmlBytes(file);
  return file.startsWith(BOM) ? file.slice(1) : file;
}
