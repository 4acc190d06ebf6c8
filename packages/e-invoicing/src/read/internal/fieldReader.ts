import { isIsoDate, type TpeIssue } from '@tpe/core';
import { VAT_CATEGORY_CODES, type VatCategoryCode } from '@tpe/invoicing';
import { readError } from './readError.js';
import { textOf, type XmlValue } from './xmlNode.js';
import { xsDecimal } from './xsDecimal.js';

/** A path in the received invoice. */
export type FieldPath = readonly (string | number)[];

/**
 * Collects the problems met while reading the fields of an invoice XML, so
 * that all of them are reported at once.
 */
export interface FieldReader {
  readonly issues: TpeIssue[];
}

/** A new reader without issues. */
export function fieldReader(): FieldReader {
  return { issues: [] };
}

/** Records a problem. */
export function addIssue(
  reader: FieldReader,
  path: FieldPath,
  code: string,
  message: string,
): void {
  reader.issues.push({ path, code, message });
}

/**
 * Throws the problems recorded, if any.
 *
 * @throws {@link TpeError} `INVALID_INVOICE` with every issue
 */
export function throwIssues(reader: FieldReader): void {
  const [first] = reader.issues;
  if (first === undefined) return;
  const more = reader.issues.length - 1;
  throw readError(
    'INVALID_INVOICE',
    `The invoice cannot be read: ${first.message}${more > 0 ? ` (and ${more} more)` : ''}`,
    { issues: [...reader.issues] },
  );
}

const MAX_SHOWN = 40;

function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** The text of an element that must be there; `''` and an issue when it is not. */
export function requiredText(
  reader: FieldReader,
  node: XmlValue | undefined,
  path: FieldPath,
  label: string,
): string {
  const text = textOf(node);
  if (text === undefined) addIssue(reader, path, 'missing', `Missing ${label}`);
  return text ?? '';
}

/** A decimal figure in canonical form (`minDecimals` 2 for amounts); an issue when it is not one. */
export function decimalOf(
  reader: FieldReader,
  node: XmlValue | undefined,
  path: FieldPath,
  label: string,
  minDecimals = 0,
): string | undefined {
  const text = textOf(node);
  if (text === undefined) return undefined;
  const value = xsDecimal(text, minDecimals);
  if (value === undefined) {
    addIssue(
      reader,
      path,
      'invalid_decimal',
      `Not a decimal number for ${label}: "${shown(text)}"`,
    );
  }
  return value;
}

/** An amount (at least 2 decimals); an issue when it is not one. */
export function amountOf(
  reader: FieldReader,
  node: XmlValue | undefined,
  path: FieldPath,
  label: string,
): string | undefined {
  return decimalOf(reader, node, path, label, 2);
}

/** A decimal figure that must be there; `'0'` and an issue when it is not. */
export function requiredDecimal(
  reader: FieldReader,
  node: XmlValue | undefined,
  path: FieldPath,
  label: string,
  minDecimals = 0,
): string {
  if (textOf(node) === undefined) addIssue(reader, path, 'missing', `Missing ${label}`);
  return decimalOf(reader, node, path, label, minDecimals) ?? '0';
}

/** An amount that must be there; `'0.00'` and an issue when it is not. */
export function requiredAmount(
  reader: FieldReader,
  node: XmlValue | undefined,
  path: FieldPath,
  label: string,
): string {
  return requiredDecimal(reader, node, path, label, 2);
}

/** A date written `YYYY-MM-DD` (UBL, with an optional time zone), or `YYYYMMDD` (CII format 102). */
const DATE = /^(\d{4})-?(\d{2})-?(\d{2})(?:Z|[+-]\d{2}:\d{2})?$/;

/** The CII date format `102`: `YYYYMMDD`. */
const FORMAT_102 = '102';

/** A date as the XML states it: its text and, in CII, its format code. */
export interface DateNode {
  readonly text: string | undefined;
  readonly format?: string | undefined;
}

/** A calendar date; an issue when it is not one, or in another format than 102. */
export function dateOf(
  reader: FieldReader,
  date: DateNode,
  path: FieldPath,
  label: string,
): string | undefined {
  const { text, format } = date;
  if (text === undefined) return undefined;
  if (format !== undefined && format !== FORMAT_102) {
    addIssue(
      reader,
      path,
      'unsupported_date_format',
      `Not a date in format 102 (YYYYMMDD) for ${label}: format "${format.slice(0, 8)}"`,
    );
    return undefined;
  }
  const match = DATE.exec(text);
  const value = match === null ? undefined : `${match[1]}-${match[2]}-${match[3]}`;
  if (value === undefined || !isIsoDate(value)) {
    addIssue(reader, path, 'invalid_date', `Not a date for ${label}: "${shown(text)}"`);
    return undefined;
  }
  return value;
}

/** A date that must be there; `''` and an issue when it is not. */
export function requiredDate(
  reader: FieldReader,
  date: DateNode,
  path: FieldPath,
  label: string,
): string {
  if (date.text === undefined) addIssue(reader, path, 'missing', `Missing ${label}`);
  return dateOf(reader, date, path, label) ?? '';
}

const CATEGORIES: ReadonlySet<string> = new Set(VAT_CATEGORY_CODES);

/** An EN 16931 VAT category code; `'S'` and an issue when it is missing or unknown. */
export function vatCategoryOf(
  reader: FieldReader,
  node: XmlValue | undefined,
  path: FieldPath,
  label: string,
): VatCategoryCode {
  const text = textOf(node);
  if (text === undefined) {
    addIssue(reader, path, 'missing', `Missing ${label}`);
    return 'S';
  }
  if (!CATEGORIES.has(text)) {
    addIssue(
      reader,
      path,
      'unknown_vat_category',
      `Not an EN 16931 VAT category for ${label}: "${shown(text)}"`,
    );
    return 'S';
  }
  return text as VatCategoryCode;
}
