import { isIsoDate } from '@tpe/core';
import {
  bySchema,
  list,
  object,
  optional,
  plainRecord,
  readOptionalDate,
} from '../../internal/fieldReaders.js';
import { LIST_LIMITS, TEXT_LIMITS } from '../../internal/fields.js';
import { readOptionalText, readText, refuse } from '../../internal/readShape.js';
import { type CommercialDocument, DOCUMENT_RELATIONS } from '../CommercialDocument.js';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../DocumentStatus.js';
import { supplierSchema } from '../Supplier.js';
import { copyDeposit, copyDocumentAllowance, copyLine, copyList } from './copyContent.js';
import { readCustomer, readOptionalPaymentTerm, readSeller } from './readParties.js';

/**
 * A document read as `commercialDocumentSchema` reads it, without
 * zod (see `fieldReaders`): the same copy. The content the totals are
 * computed from (kind, currency, lines, allowances, charges, deducted
 * deposits) must have been read already by `computeDocumentTotals`, whose
 * reading accepts exactly what the schema does: it is only copied.
 */

const ID = TEXT_LIMITS.id;
const LIST = LIST_LIMITS.documentAllowances;
const STATUSES: ReadonlySet<unknown> = new Set(Object.values(DOCUMENT_STATUSES).flat());
const supplier = optional(bySchema(supplierSchema));
const readId = (value: unknown): string => readText(value, 1, ID);
const precedingInvoices = optional(
  list(
    object({
      number: readId,
      issueDate: (value) => (isIsoDate(value) ? value : refuse()),
    }),
    LIST,
  ),
);
const links = optional(
  list(
    object({
      documentId: readId,
      relation: (value) => (DOCUMENT_RELATIONS.has(value) ? value : refuse()),
    }),
    LIST,
  ),
);
const notes = optional(list((note) => readText(note, 1, TEXT_LIMITS.text), LIST));

function isDocumentKey(key: string): boolean {
  switch (key) {
    case 'id':
    case 'status':
    case 'number':
    case 'issueDate':
    case 'seller':
    case 'customer':
    case 'supplier':
    case 'kind':
    case 'currency':
    case 'lines':
    case 'allowances':
    case 'charges':
    case 'deductedDeposits':
    case 'validUntil':
    case 'deliveryDate':
    case 'dueDate':
    case 'paymentTerm':
    case 'buyerReference':
    case 'orderReference':
    case 'precedingInvoices':
    case 'links':
    case 'notes':
    case 'hash':
    case 'previousHash':
      return true;
    default:
      return false;
  }
}

/** The copy `commercialDocumentSchema` outputs for a document whose content was read; throws otherwise. */
export function readDocument(document: unknown): CommercialDocument {
  const record = plainRecord(document, isDocumentKey);
  const content = record as unknown as CommercialDocument;
  const status = record.status;
  if (
    !STATUSES.has(status) ||
    !DOCUMENT_STATUSES[content.kind].includes(status as DocumentStatus)
  ) {
    refuse();
  }
  const copy: Record<string, unknown> = { id: readId(record.id), status };
  if ('number' in record) copy.number = readOptionalText(record.number, 1, ID);
  if ('issueDate' in record) copy.issueDate = readOptionalDate(record.issueDate);
  copy.seller = readSeller(record.seller);
  if ('customer' in record) {
    copy.customer = record.customer === undefined ? undefined : readCustomer(record.customer);
  }
  if ('supplier' in record) copy.supplier = supplier(record.supplier);
  copy.kind = content.kind;
  copy.currency = content.currency;
  copy.lines = copyList(content.lines, copyLine);
  if ('allowances' in record) {
    copy.allowances =
      content.allowances === undefined
        ? undefined
        : copyList(content.allowances, copyDocumentAllowance);
  }
  if ('charges' in record) {
    copy.charges =
      content.charges === undefined ? undefined : copyList(content.charges, copyDocumentAllowance);
  }
  if ('deductedDeposits' in record) {
    copy.deductedDeposits =
      content.deductedDeposits === undefined
        ? undefined
        : copyList(content.deductedDeposits, copyDeposit);
  }
  if ('validUntil' in record) copy.validUntil = readOptionalDate(record.validUntil);
  if ('deliveryDate' in record) copy.deliveryDate = readOptionalDate(record.deliveryDate);
  if ('dueDate' in record) copy.dueDate = readOptionalDate(record.dueDate);
  if ('paymentTerm' in record) copy.paymentTerm = readOptionalPaymentTerm(record.paymentTerm);
  if ('buyerReference' in record) {
    copy.buyerReference = readOptionalText(record.buyerReference, 1, 200);
  }
  if ('orderReference' in record) {
    copy.orderReference = readOptionalText(record.orderReference, 1, 200);
  }
  if ('precedingInvoices' in record) {
    copy.precedingInvoices = precedingInvoices(record.precedingInvoices);
  }
  if ('links' in record) copy.links = links(record.links);
  if ('notes' in record) copy.notes = notes(record.notes);
  if ('hash' in record) copy.hash = readOptionalText(record.hash, 1, 200);
  if ('previousHash' in record) copy.previousHash = readOptionalText(record.previousHash, 1, 200);
  return copy as unknown as CommercialDocument;
}
