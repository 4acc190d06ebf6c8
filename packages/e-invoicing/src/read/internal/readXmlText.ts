import type { ReadInvoiceOptions } from '../ReadInvoiceOptions.js';
import type { ReceivedInvoice } from '../ReceivedInvoice.js';
import { parseXml } from './parseXml.js';
import { readCii } from './readCii.js';
import { readError } from './readError.js';
import { readUbl } from './readUbl.js';
import { type InvoiceSource, receivedInvoice } from './receivedInvoice.js';

const CII = 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100';
const UBL_INVOICE = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';
const UBL_CREDIT_NOTE = 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2';

/**
 * Reads the text of an invoice XML: parsed safely, recognised by its root
 * element and namespace (CII `CrossIndustryInvoice`, UBL `Invoice` or
 * `CreditNote`), read and checked.
 *
 * @throws {@link TpeError} `FORBIDDEN_XML_CONSTRUCT`, `MALFORMED_XML`,
 *   `UNSUPPORTED_FORMAT`, `INVALID_INVOICE`
 */
export function readXmlText(
  text: string,
  source: InvoiceSource,
  options: ReadInvoiceOptions,
): ReceivedInvoice {
  const { root, rootName, namespace } = parseXml(text);
  if (rootName === 'CrossIndustryInvoice' && namespace === CII) {
    return receivedInvoice(readCii(root), source, options);
  }
  if (
    (rootName === 'Invoice' && namespace === UBL_INVOICE) ||
    (rootName === 'CreditNote' && namespace === UBL_CREDIT_NOTE)
  ) {
    return receivedInvoice(readUbl(root, rootName), source, options);
  }
  throw readError(
    'UNSUPPORTED_FORMAT',
    `Not an invoice in CII or UBL: the root element is ${rootName}${namespace === undefined ? ' without a namespace' : ` of namespace ${namespace}`}`,
    { details: { root: rootName, namespace } },
  );
}
