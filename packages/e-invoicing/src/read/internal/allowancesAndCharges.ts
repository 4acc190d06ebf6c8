import type { ReceivedAllowanceCharge } from '../ReceivedInvoice.js';
import { addIssue, type FieldPath, type FieldReader } from './fieldReader.js';
import type { XmlValue } from './xmlNode.js';

/** The allowances and the charges of a document or a line. */
export interface AllowancesAndCharges {
  readonly allowances: readonly ReceivedAllowanceCharge[];
  readonly charges: readonly ReceivedAllowanceCharge[];
}

/**
 * Sorts allowance/charge elements by their indicator (xs:boolean, `true`
 * for a charge) and reads each at its path in the list it joins
 * (`[...owner, 'charges', 0]`). A missing or non-boolean indicator is an
 * issue.
 */
export function allowancesAndCharges(
  reader: FieldReader,
  nodes: readonly XmlValue[],
  owner: FieldPath,
  indicatorOf: (node: XmlValue) => string | undefined,
  read: (node: XmlValue, path: FieldPath) => ReceivedAllowanceCharge,
): AllowancesAndCharges {
  const allowances: ReceivedAllowanceCharge[] = [];
  const charges: ReceivedAllowanceCharge[] = [];
  for (const node of nodes) {
    const indicator = indicatorOf(node);
    const charge = indicator === 'true' || indicator === '1';
    if (!charge && indicator !== 'false' && indicator !== '0') {
      addIssue(
        reader,
        [...owner, 'allowances', allowances.length],
        indicator === undefined ? 'missing' : 'invalid_boolean',
        indicator === undefined
          ? 'Missing the charge indicator of an allowance or charge'
          : `The charge indicator of an allowance or charge is not true or false: "${indicator.slice(0, 40)}"`,
      );
    }
    const list = charge ? charges : allowances;
    list.push(read(node, [...owner, charge ? 'charges' : 'allowances', list.length]));
  }
  return { allowances, charges };
}
