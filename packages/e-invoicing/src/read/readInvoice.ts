import { containsBytes } from './internal/containsBytes.js';
import { decodeXmlBytes, encodingOfBom } from './internal/decodeXmlBytes.js';
import { readError } from './internal/readError.js';
import { readInput, xmlTextOf } from './internal/readInput.js';
import { readPdfAttachment } from './internal/readPdfAttachment.js';
import { readXmlText } from './internal/readXmlText.js';
import {
  DEFAULT_MAX_PDF_BYTES,
  DEFAULT_MAX_XML_BYTES,
  type ReadInvoiceOptions,
} from './ReadInvoiceOptions.js';
import type { ReceivedInvoice } from './ReceivedInvoice.js';

/** How far into a file the PDF header `%PDF-` is looked for. */
const PDF_HEADER_WINDOW = 1024;

/** `%PDF-` */
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** Whether the PDF header stands within the first bytes, as PDF readers accept it. */
function isPdf(bytes: Uint8Array): boolean {
  return containsBytes(bytes, PDF_HEADER, 0, PDF_HEADER_WINDOW);
}

/** Whether bytes start like XML: a byte order mark, or `<` after white space. */
function isXml(bytes: Uint8Array): boolean {
  if (encodingOfBom(bytes) !== undefined) return true;
  for (const byte of bytes) {
    if (byte === 0x3c) return true;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return false;
}

/**
 * Reads a received electronic invoice whatever its form — a Factur-X or
 * ZUGFeRD PDF (the XML attached as `factur-x.xml`, `zugferd-invoice.xml`,
 * `ZUGFeRD-invoice.xml` or `xrechnung.xml`), a CII XML or a UBL XML — into a
 * {@link ReceivedInvoice}, with the findings of its checks (see
 * {@link readInvoiceXml}).
 *
 * **When to use**: on every invoice a supplier sends, before booking it:
 * look at `findings`, use {@link duplicateKey} to refuse a second copy, and
 * {@link toSupplierInvoice} to match it with the supplier order and the
 * goods receipt.
 *
 * **Details**: the format is told by the content, not by a file name: a
 * PDF header (`%PDF-`), or XML. In a PDF the attachment is looked for in
 * the catalog's `EmbeddedFiles` and `/AF`; a profile announced by the XMP
 * metadata that differs from the XML's is a `PROFILE_MISMATCH` finding.
 * Asynchronous because the PDF library is; an XML alone is read the same
 * way as by {@link readInvoiceXml}.
 *
 * **Gotchas**: a PDF must end with `%%EOF`: a file cut during a transfer is
 * refused as `TRUNCATED_FILE` rather than read partly. An encrypted PDF is
 * refused (`MALFORMED_PDF` with `details.encrypted: true`): its attachment
 * cannot be read without the key.
 *
 * @param file - the bytes of the PDF or XML, or the XML as text
 * @param options - size limits, VAT territory and rate table
 * @returns a promise of a new {@link ReceivedInvoice}
 * @throws {@link TpeError} (as a rejection) those of {@link readInvoiceXml},
 *   and `UNSUPPORTED_FORMAT` (neither PDF nor XML), `INPUT_TOO_LARGE`,
 *   `TRUNCATED_FILE`, `MALFORMED_PDF`, `NO_INVOICE_ATTACHMENT`,
 *   `ATTACHMENT_TOO_LARGE`
 *
 * @example
 * ```ts
 * import { duplicateKey, readInvoice } from '@tpe/e-invoicing';
 *
 * async function receive(file: Uint8Array, known: ReadonlySet<string>) {
 *   const invoice = await readInvoice(file, { maxPdfBytes: 20_000_000 });
 *   if (known.has(duplicateKey(invoice))) return { duplicate: true, invoice };
 *   const errors = invoice.findings.filter((finding) => finding.severity === 'error');
 *   return { duplicate: false, invoice, errors };
 * }
 * ```
 *
 * @category Reading
 * @since 0.1.0
 */
export async function readInvoice(
  file: Uint8Array | string,
  options?: ReadInvoiceOptions,
): Promise<ReceivedInvoice> {
  const read = readInput(file, options);
  const input = read.file;
  if (typeof input === 'string' || !isPdf(input)) {
    if (typeof input !== 'string' && !isXml(input)) {
      throw readError('UNSUPPORTED_FORMAT', 'Neither a PDF nor an XML file', {
        details: { length: input.length },
      });
    }
    return readXmlText(xmlTextOf(input, read.options), { container: 'xml' }, read.options);
  }
  const maxPdfBytes = read.options.maxPdfBytes ?? DEFAULT_MAX_PDF_BYTES;
  if (input.length > maxPdfBytes) {
    throw readError('INPUT_TOO_LARGE', `The PDF is larger than the limit of ${maxPdfBytes} bytes`, {
      details: { length: input.length, maxPdfBytes },
    });
  }
  const attachment = await readPdfAttachment(
    input,
    read.options.maxXmlBytes ?? DEFAULT_MAX_XML_BYTES,
  );
  return readXmlText(
    decodeXmlBytes(attachment.xml),
    {
      container: 'pdf',
      attachmentName: attachment.name,
      conformanceLevel: attachment.conformanceLevel,
    },
    read.options,
  );
}
