import type { ReceivedTotals } from '../ReceivedInvoice.js';
import { definedFields } from './definedFields.js';
import { amountOf, type FieldReader, requiredAmount } from './fieldReader.js';
import type { XmlValue } from './xmlNode.js';

/** The elements of the document totals (BG-22), as a syntax names them. */
export type TotalsNodes = { readonly [Field in keyof ReceivedTotals]-?: XmlValue | undefined };

/** The document totals, in the order of EN 16931. */
export function totalsOf(reader: FieldReader, nodes: TotalsNodes): ReceivedTotals {
  const amount = (field: keyof ReceivedTotals, label: string) =>
    amountOf(reader, nodes[field], ['totals', field], label);
  const required = (field: keyof ReceivedTotals, label: string) =>
    requiredAmount(reader, nodes[field], ['totals', field], label);
  return definedFields({
    lineNetTotal: amount('lineNetTotal', 'the sum of line net amounts (BT-106)'),
    allowanceTotal: amount('allowanceTotal', 'the allowance total (BT-107)'),
    chargeTotal: amount('chargeTotal', 'the charge total (BT-108)'),
    taxExclusiveAmount: required('taxExclusiveAmount', 'the total without VAT (BT-109)'),
    vatTotal: amount('vatTotal', 'the VAT total (BT-110)'),
    vatTotalInAccountingCurrency: amount(
      'vatTotalInAccountingCurrency',
      'the VAT total in accounting currency (BT-111)',
    ),
    taxInclusiveAmount: required('taxInclusiveAmount', 'the total with VAT (BT-112)'),
    prepaidAmount: amount('prepaidAmount', 'the paid amount (BT-113)'),
    roundingAmount: amount('roundingAmount', 'the rounding amount (BT-114)'),
    amountDue: required('amountDue', 'the amount due (BT-115)'),
  });
}
