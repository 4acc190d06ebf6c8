import type { ReceivedAllowanceCharge } from '../ReceivedInvoice.js';
import { definedFields } from './definedFields.js';
import {
  addIssue,
  amountOf,
  decimalOf,
  type FieldPath,
  type FieldReader,
  requiredAmount,
} from './fieldReader.js';
import { type VatNodes, vatOf } from './receivedVat.js';
import { textOf, type XmlValue } from './xmlNode.js';

/** The allowances and the charges of a document or a line. */
export interface AllowancesAndCharges {
  readonly allowances: readonly ReceivedAllowanceCharge[];
  readonly charges: readonly ReceivedAllowanceCharge[];
}

/** The elements of an allowance or a charge, as a syntax names them. */
export interface AllowanceChargeNodes {
  /** The charge indicator's text (xs:boolean, `true` for a charge). */
  readonly indicator: string | undefined;
  readonly amount: XmlValue | undefined;
  readonly baseAmount: XmlValue | undefined;
  readonly percent: XmlValue | undefined;
  readonly reason: XmlValue | undefined;
  readonly reasonCode: XmlValue | undefined;
  /** Read for a document-level allowance or charge only. */
  readonly vat: VatNodes;
}

function allowanceChargeOf(
  reader: FieldReader,
  nodes: AllowanceChargeNodes,
  path: FieldPath,
  withVat: boolean,
): ReceivedAllowanceCharge {
  return definedFields({
    amount: requiredAmount(
      reader,
      nodes.amount,
      [...path, 'amount'],
      'the amount of an allowance or charge',
    ),
    baseAmount: amountOf(
      reader,
      nodes.baseAmount,
      [...path, 'baseAmount'],
      'the base amount of an allowance or charge',
    ),
    percent: decimalOf(
      reader,
      nodes.percent,
      [...path, 'percent'],
      'the percentage of an allowance or charge',
    ),
    reason: textOf(nodes.reason),
    reasonCode: textOf(nodes.reasonCode),
    vat: withVat
      ? vatOf(reader, nodes.vat, [...path, 'vat'], 'the VAT category of an allowance or charge')
      : undefined,
  });
}

/**
 * Sorts allowances and charges by their indicator and reads each at its
 * path in the list it joins (`[...owner, 'charges', 0]`), with its VAT for
 * a document (`withVat`). A missing or non-boolean indicator is an issue.
 */
export function allowancesAndCharges(
  reader: FieldReader,
  entries: readonly AllowanceChargeNodes[],
  owner: FieldPath,
  withVat: boolean,
): AllowancesAndCharges {
  const allowances: ReceivedAllowanceCharge[] = [];
  const charges: ReceivedAllowanceCharge[] = [];
  for (const nodes of entries) {
    const { indicator } = nodes;
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
    list.push(
      allowanceChargeOf(
        reader,
        nodes,
        [...owner, charge ? 'charges' : 'allowances', list.length],
        withVat,
      ),
    );
  }
  return { allowances, charges };
}
