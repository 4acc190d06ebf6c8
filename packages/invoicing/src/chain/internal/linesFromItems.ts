import type { z } from 'zod';
import type { DocumentLine } from '../../model/DocumentLine.js';
import type { ItemQuantity } from '../ItemQuantity.js';

/** The id of the line at `index` of a new document: its own, or its position from 1. */
function lineIdAt(request: ItemQuantity, index: number): string {
  return request.lineId ?? String(index + 1);
}

/**
 * The lines of a new quote or supplier order: each item's label, unit, VAT
 * and nature, the quantity asked and `unitPrice(request)`.
 */
export function linesFromItems(
  requests: readonly ItemQuantity[],
  unitPrice: (request: ItemQuantity) => string,
): DocumentLine[] {
  return requests.map((request, index) => {
    const { item } = request;
    const description = request.description ?? item.description;
    return {
      id: lineIdAt(request, index),
      itemReference: item.reference,
      label: item.label,
      ...(description === undefined ? {} : { description }),
      quantity: request.quantity,
      unitCode: item.unitCode,
      unitPrice: unitPrice(request),
      vat: item.vat,
      nature: item.nature,
      ...(item.purchaseCost === undefined ? {} : { purchaseCost: item.purchaseCost }),
    };
  });
}

/** A zod check that the line ids of new lines are unique (issue code `duplicate_line_id`). */
export function checkUniqueLineIds(
  context: z.core.ParsePayload<{ readonly lines: readonly ItemQuantity[] }>,
): void {
  const seen = new Set<string>();
  context.value.lines.forEach((request, index) => {
    const id = lineIdAt(request, index);
    if (seen.has(id)) {
      context.issues.push({
        code: 'custom',
        message: `Line id ${id} is used twice`,
        input: id,
        path: ['lines', index, 'lineId'],
        params: { code: 'duplicate_line_id' },
      });
    }
    seen.add(id);
  });
}
