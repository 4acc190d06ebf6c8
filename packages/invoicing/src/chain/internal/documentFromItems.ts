import { z } from 'zod';
import type { CommercialDocument } from '../../model/CommercialDocument.js';
import { type ItemQuantity, itemQuantitySchema } from '../ItemQuantity.js';
import { linesFromItems } from './linesFromItems.js';

/** The items of a new quote or supplier order, one line each: at least one. */
export const itemLinesSchema = z.array(itemQuantitySchema).min(1).max(100_000);

/** What every new quote or supplier order is read with. */
interface ItemsInput {
  readonly id: string;
  readonly lines: readonly ItemQuantity[];
  readonly currency?: string | undefined;
  readonly notes?: readonly string[] | undefined;
}

/** The parties of a new quote (seller, customer) or supplier order (buyer, supplier). */
type Parties = Pick<CommercialDocument, 'seller' | 'customer' | 'supplier'>;

/**
 * A new draft quote or supplier order made from catalogue items: the id,
 * currency (`"EUR"` by default) and notes of `input`, its `parties`, a line
 * per item at the price `unitPrice` chooses, and the `details` given.
 */
export function documentFromItems(
  kind: 'quote' | 'supplierOrder',
  input: ItemsInput,
  parties: Parties,
  unitPrice: (request: ItemQuantity) => string,
  details: Partial<CommercialDocument>,
): CommercialDocument {
  return {
    id: input.id,
    kind,
    status: 'draft',
    currency: input.currency ?? 'EUR',
    ...parties,
    lines: linesFromItems(input.lines, unitPrice),
    ...details,
    ...(input.notes === undefined ? {} : { notes: input.notes }),
  };
}
