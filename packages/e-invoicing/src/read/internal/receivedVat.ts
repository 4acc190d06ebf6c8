import type { ReceivedVat, ReceivedVatBreakdown } from '../ReceivedInvoice.js';
import { definedFields } from './definedFields.js';
import {
  decimalOf,
  type FieldPath,
  type FieldReader,
  requiredAmount,
  vatCategoryOf,
} from './fieldReader.js';
import { textOf, type XmlValue } from './xmlNode.js';

/** The elements of a VAT category and rate, as a syntax names them. */
export interface VatNodes {
  readonly category: XmlValue | undefined;
  readonly rate: XmlValue | undefined;
}

/** The VAT category and rate of a line or of a document-level allowance or charge. */
export function vatOf(
  reader: FieldReader,
  nodes: VatNodes,
  path: FieldPath,
  label: string,
): ReceivedVat {
  return definedFields({
    category: vatCategoryOf(reader, nodes.category, [...path, 'category'], label),
    rate: decimalOf(reader, nodes.rate, [...path, 'rate'], 'a VAT rate'),
  });
}

/** The elements of a VAT breakdown group (BG-23). */
export interface VatBreakdownNodes extends VatNodes {
  readonly taxableAmount: XmlValue | undefined;
  readonly vatAmount: XmlValue | undefined;
  readonly exemptionReason: XmlValue | undefined;
  readonly exemptionCode: XmlValue | undefined;
}

/** The VAT breakdown group at `index`. */
export function vatBreakdownOf(
  reader: FieldReader,
  nodes: VatBreakdownNodes,
  index: number,
): ReceivedVatBreakdown {
  const path = ['vatBreakdown', index];
  return definedFields({
    category: vatCategoryOf(
      reader,
      nodes.category,
      [...path, 'category'],
      'a VAT breakdown category (BT-118)',
    ),
    rate: decimalOf(reader, nodes.rate, [...path, 'rate'], 'a VAT breakdown rate (BT-119)'),
    taxableAmount: requiredAmount(
      reader,
      nodes.taxableAmount,
      [...path, 'taxableAmount'],
      'a VAT taxable amount (BT-116)',
    ),
    vatAmount: requiredAmount(
      reader,
      nodes.vatAmount,
      [...path, 'vatAmount'],
      'a VAT amount (BT-117)',
    ),
    exemptionReason: textOf(nodes.exemptionReason),
    exemptionCode: textOf(nodes.exemptionCode),
  });
}
