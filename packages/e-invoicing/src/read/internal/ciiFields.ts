import type { ReceivedVat } from '../ReceivedInvoice.js';
import { type AllowancesAndCharges, allowancesAndCharges } from './allowancesAndCharges.js';
import { definedFields } from './definedFields.js';
import {
  addIssue,
  amountOf,
  dateOf,
  decimalOf,
  type FieldPath,
  type FieldReader,
  requiredAmount,
  vatCategoryOf,
} from './fieldReader.js';
import { attributeOf, child, descendant, textOf, type XmlValue } from './xmlNode.js';

/** The CII date format `102`: `YYYYMMDD`. */
const FORMAT_102 = '102';

/**
 * The date of a CII date element (`IssueDateTime`, `DueDateDateTime`…): its
 * `DateTimeString` in format 102.
 */
export function ciiDate(
  reader: FieldReader,
  node: XmlValue | undefined,
  path: FieldPath,
  label: string,
): string | undefined {
  const value = child(node, 'DateTimeString');
  const format = attributeOf(value, 'format');
  const text = textOf(value);
  if (format !== undefined && format !== FORMAT_102 && text !== undefined) {
    addIssue(
      reader,
      path,
      'unsupported_date_format',
      `Not a date in format 102 (YYYYMMDD) for ${label}: format "${format.slice(0, 8)}"`,
    );
    return undefined;
  }
  return dateOf(reader, text, path, label);
}

/** The date of a CII date element that must be there; `''` and an issue when it is not. */
export function requiredCiiDate(
  reader: FieldReader,
  node: XmlValue | undefined,
  path: FieldPath,
  label: string,
): string {
  if (textOf(child(node, 'DateTimeString')) === undefined) {
    addIssue(reader, path, 'missing', `Missing ${label}`);
  }
  return ciiDate(reader, node, path, label) ?? '';
}

/** The VAT category and rate of an `ApplicableTradeTax` or `CategoryTradeTax`. */
export function ciiVat(
  reader: FieldReader,
  tax: XmlValue | undefined,
  path: FieldPath,
  label: string,
): ReceivedVat {
  return definedFields({
    category: vatCategoryOf(reader, child(tax, 'CategoryCode'), [...path, 'category'], label),
    rate: decimalOf(reader, child(tax, 'RateApplicablePercent'), [...path, 'rate'], 'a VAT rate'),
  });
}

/** The `SpecifiedTradeAllowanceCharge` elements of a document (with their VAT) or a line. */
export function ciiAllowancesAndCharges(
  reader: FieldReader,
  nodes: readonly XmlValue[],
  owner: FieldPath,
  withVat: boolean,
): AllowancesAndCharges {
  return allowancesAndCharges(
    reader,
    nodes,
    owner,
    (node) => textOf(descendant(node, 'ChargeIndicator', 'Indicator')),
    (node, path) =>
      definedFields({
        amount: requiredAmount(
          reader,
          child(node, 'ActualAmount'),
          [...path, 'amount'],
          'the amount of an allowance or charge',
        ),
        baseAmount: amountOf(
          reader,
          child(node, 'BasisAmount'),
          [...path, 'baseAmount'],
          'the base amount of an allowance or charge',
        ),
        percent: decimalOf(
          reader,
          child(node, 'CalculationPercent'),
          [...path, 'percent'],
          'the percentage of an allowance or charge',
        ),
        reason: textOf(child(node, 'Reason')),
        reasonCode: textOf(child(node, 'ReasonCode')),
        vat: withVat
          ? ciiVat(
              reader,
              child(node, 'CategoryTradeTax'),
              [...path, 'vat'],
              'the VAT category of an allowance or charge',
            )
          : undefined,
      }),
  );
}
