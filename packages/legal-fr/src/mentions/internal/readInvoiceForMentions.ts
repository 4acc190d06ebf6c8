import { DECIMAL_KINDS, type DecimalOptions } from '@tpe/core';
import { CUSTOMER_KINDS } from '../../shared/CustomerKind.js';
import {
  isDecimal,
  isOptionalBoolean,
  isOptionalDate,
  isOptionalDecimal,
  isOptionalMember,
  isOptionalText,
  isRecord,
} from '../../shared/internal/fieldChecks.js';
import { VAT_CATEGORY_TREATMENTS } from '../../vat/vatCategory.js';
import type { InvoiceForMentions } from '../InvoiceForMentions.js';

/**
 * The invoice of `checkInvoiceMentions` checked in one pass, without zod: it
 * accepts exactly what `invoiceForMentionsSchema` accepts (a property test
 * holds them together) and answers `undefined` for anything else, so that
 * the schema can explain the problem. The schema only checks, so an accepted
 * invoice is returned as given: its unknown keys are never read.
 */

/** The limits of the schema. */
const TEXT = 2000;
const IDENTIFIER = 64;
const MAX_LINES = 100_000;
const MAX_ALLOWANCES = 10_000;
const MAX_BREAKDOWN = 1000;
const MAX_VAT_MENTIONS = 100;

const AMOUNT: DecimalOptions = DECIMAL_KINDS.amount;
const NON_NEGATIVE_AMOUNT: DecimalOptions = Object.freeze({ ...AMOUNT, allowNegative: false });
const { price: PRICE, quantity: QUANTITY, rate: RATE } = DECIMAL_KINDS;

const DOCUMENT_TYPES: ReadonlySet<unknown> = new Set([
  'invoice',
  'creditNote',
  'correctiveInvoice',
]);
const LEGAL_STATUSES: ReadonlySet<unknown> = new Set(['company', 'individualEntrepreneur']);
const REGISTERS: ReadonlySet<unknown> = new Set(['RCS', 'RM']);
const CATEGORIES: ReadonlySet<unknown> = new Set(['goods', 'services', 'mixed']);
const NATURES: ReadonlySet<unknown> = new Set(['goods', 'service']);
const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Reads the invoice, or answers `undefined` if the schema would refuse it. */
export function readInvoiceForMentions(input: unknown): InvoiceForMentions | undefined {
  if (!isRecord(input)) return undefined;
  const { seller, vatTreatment } = input;
  const valid =
    isOptionalMember(input.documentType, DOCUMENT_TYPES) &&
    isOptionalText(input.number, IDENTIFIER) &&
    isOptionalDate(input.issueDate) &&
    isOptionalOriginal(input.originalInvoice) &&
    isOptionalText(input.purchaseOrderNumber, IDENTIFIER) &&
    isOptionalBoolean(input.purchaseOrderIssued) &&
    isSeller(seller) &&
    isBuyer(input.buyer) &&
    isOptionalDate(input.operationDate) &&
    isOptionalMember(input.operationCategory, CATEGORIES) &&
    isOptionalList(input.lines, MAX_LINES, isLine) &&
    isOptionalList(input.allowances, MAX_ALLOWANCES, isAllowance) &&
    isOptionalTotals(input.totals) &&
    isOptionalDate(input.dueDate) &&
    isOptionalBoolean(input.paymentOnReceipt) &&
    isOptionalText(input.penaltyRateText, TEXT) &&
    isOptionalText(input.recoveryIndemnityText, TEXT) &&
    isOptionalText(input.escompteText, TEXT) &&
    isOptionalMember(vatTreatment, VAT_CATEGORY_TREATMENTS) &&
    isOptionalList(input.vatMentions, MAX_VAT_MENTIONS, isText) &&
    // The schema's rule between fields.
    !(vatTreatment === 'franchiseEnBase' && seller.franchiseEnBase === false);
  return valid ? (input as unknown as InvoiceForMentions) : undefined;
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.length <= TEXT;
}

function isOptionalList(
  value: unknown,
  maxLength: number,
  isItem: (item: unknown) => boolean,
): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value) || value.length > maxLength) return false;
  for (let index = 0; index < value.length; index++) {
    if (!isItem(value[index])) return false;
  }
  return true;
}

function isOptionalOriginal(value: unknown): boolean {
  return (
    value === undefined ||
    (isRecord(value) && isOptionalText(value.number, IDENTIFIER) && isOptionalDate(value.issueDate))
  );
}

function isSeller(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    isOptionalText(value.legalName, TEXT) &&
    isOptionalText(value.legalForm, TEXT) &&
    isOptionalMember(value.legalStatus, LEGAL_STATUSES) &&
    isOptionalDecimal(value.shareCapital, NON_NEGATIVE_AMOUNT) &&
    isOptionalBoolean(value.variableCapital) &&
    isOptionalText(value.siren, IDENTIFIER) &&
    isOptionalText(value.siret, IDENTIFIER) &&
    isOptionalRegistration(value.registration) &&
    isOptionalBoolean(value.registrationNotRequired) &&
    isOptionalText(value.vatNumber, IDENTIFIER) &&
    isOptionalText(value.address, TEXT) &&
    isOptionalBoolean(value.franchiseEnBase) &&
    isOptionalBoolean(value.vatOnDebitsOption)
  );
}

function isOptionalRegistration(value: unknown): boolean {
  return (
    value === undefined ||
    (isRecord(value) && REGISTERS.has(value.register) && isOptionalText(value.city, TEXT))
  );
}

function isBuyer(value: unknown): boolean {
  return (
    isRecord(value) &&
    isOptionalText(value.name, TEXT) &&
    CUSTOMER_KINDS.has(value.kind) &&
    (value.countryCode === undefined ||
      (typeof value.countryCode === 'string' && COUNTRY_CODE.test(value.countryCode))) &&
    isOptionalText(value.address, TEXT) &&
    isOptionalText(value.siren, IDENTIFIER) &&
    isOptionalText(value.vatNumber, IDENTIFIER) &&
    isOptionalText(value.deliveryAddress, TEXT) &&
    isOptionalBoolean(value.deliveredElsewhere)
  );
}

function isLine(value: unknown): boolean {
  return (
    isRecord(value) &&
    isOptionalText(value.label, TEXT) &&
    isOptionalDecimal(value.quantity, QUANTITY) &&
    isOptionalDecimal(value.unitPriceExclVat, PRICE) &&
    isOptionalDecimal(value.vatRate, RATE) &&
    isOptionalMember(value.nature, NATURES) &&
    isOptionalDecimal(value.discount, AMOUNT)
  );
}

function isAllowance(value: unknown): boolean {
  return (
    isRecord(value) &&
    isOptionalText(value.label, TEXT) &&
    isDecimal(value.amount, AMOUNT) &&
    isOptionalDecimal(value.vatRate, RATE)
  );
}

function isOptionalTotals(value: unknown): boolean {
  return (
    value === undefined ||
    (isRecord(value) &&
      isOptionalDecimal(value.totalExclVat, AMOUNT) &&
      isOptionalList(value.vatBreakdown, MAX_BREAKDOWN, isBreakdownEntry) &&
      isOptionalDecimal(value.totalVat, AMOUNT) &&
      isOptionalDecimal(value.totalInclVat, AMOUNT))
  );
}

function isBreakdownEntry(value: unknown): boolean {
  return (
    isRecord(value) &&
    isDecimal(value.rate, RATE) &&
    isDecimal(value.taxableAmount, AMOUNT) &&
    isDecimal(value.vatAmount, AMOUNT)
  );
}
