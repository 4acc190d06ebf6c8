import type { ReceivedPaymentMeans } from '../ReceivedInvoice.js';
import { definedFields } from './definedFields.js';
import { type FieldReader, requiredText } from './fieldReader.js';
import type { XmlValue } from './xmlNode.js';

/** A payment means (BG-16) as a syntax states it: its code element, the rest already read. */
export interface PaymentMeansNodes extends Omit<ReceivedPaymentMeans, 'typeCode'> {
  readonly typeCode: XmlValue | undefined;
}

/** The payment means at `index`. */
export function paymentMeansOf(
  reader: FieldReader,
  nodes: PaymentMeansNodes,
  index: number,
): ReceivedPaymentMeans {
  const { typeCode, ...rest } = nodes;
  return definedFields({
    typeCode: requiredText(
      reader,
      typeCode,
      ['paymentMeans', index, 'typeCode'],
      'a payment means code (BT-81)',
    ),
    ...rest,
  });
}
