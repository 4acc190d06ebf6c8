import type { ReceivedInvoice } from '../ReceivedInvoice.js';
import { definedFields } from './definedFields.js';
import { type DateNode, dateOf, type FieldPath, type FieldReader } from './fieldReader.js';
import { child, type XmlValue } from './xmlNode.js';

/** The start and end dates of a period, as a syntax states them. */
export interface PeriodNodes {
  readonly start: DateNode;
  readonly end: DateNode;
}

/** The dates of the period element `node`: its children `start` and `end`, as `dateNode` finds a date in them. */
export function periodNodes(
  node: XmlValue | undefined,
  start: string,
  end: string,
  dateNode: (node: XmlValue | undefined) => DateNode,
): PeriodNodes | undefined {
  if (node === undefined) return undefined;
  return { start: dateNode(child(node, start)), end: dateNode(child(node, end)) };
}

/** A period of the invoice (BG-14) or of a line (BG-26); none when the element is absent. */
export function periodOf(
  reader: FieldReader,
  nodes: PeriodNodes | undefined,
  path: FieldPath,
): ReceivedInvoice['period'] {
  if (nodes === undefined) return undefined;
  return definedFields({
    start: dateOf(reader, nodes.start, [...path, 'start'], 'a period start'),
    end: dateOf(reader, nodes.end, [...path, 'end'], 'a period end'),
  });
}
