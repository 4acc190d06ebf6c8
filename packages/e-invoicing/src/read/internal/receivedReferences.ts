import type { ReceivedReferences } from '../ReceivedInvoice.js';
import { definedFields } from './definedFields.js';
import { type DateNode, dateOf, type FieldReader } from './fieldReader.js';

/** The references of an invoice as a syntax states them: the preceding invoices' dates not yet read. */
export interface ReferencesNodes extends Omit<ReceivedReferences, 'precedingInvoices'> {
  readonly precedingInvoices: readonly {
    readonly number: string | undefined;
    readonly issueDate: DateNode;
  }[];
}

/** The references to other documents; a preceding invoice without a number is left out. */
export function referencesOf(reader: FieldReader, nodes: ReferencesNodes): ReceivedReferences {
  const { precedingInvoices, ...rest } = nodes;
  return definedFields({
    ...rest,
    precedingInvoices: precedingInvoices.flatMap(({ number, issueDate }, index) =>
      number === undefined
        ? []
        : [
            definedFields({
              number,
              issueDate: dateOf(
                reader,
                issueDate,
                ['references', 'precedingInvoices', index, 'issueDate'],
                'a preceding invoice date (BT-26)',
              ),
            }),
          ],
    ),
  });
}
