import type { Decimal } from '@tpe/core';
import type { CommercialDocument } from '../../model/CommercialDocument.js';
import type { DocumentLine } from '../../model/DocumentLine.js';
import type { LineProgress } from '../LineProgress.js';
import { decimalOf, fitsWithin, formatQuantity, HUNDRED, ZERO } from './quantities.js';

/**
 * The unit code (UN/ECE recommendation 20 `P1`, percent) of a line that
 * takes a percentage of its source line, as situation invoices do.
 */
export const PERCENT_UNIT = 'P1';

/**
 * The quantity of each line of `source` already taken by `documents`: the
 * sum of the quantities of their lines whose `source` is that line. A line in
 * percent (`P1`) of a source line counted in another unit takes that
 * percentage of the source line's quantity.
 */
export function doneQuantities(
  source: CommercialDocument,
  documents: readonly CommercialDocument[],
): Map<string, Decimal> {
  const lines = new Map(source.lines.map((line) => [line.id, line]));
  const done = new Map<string, Decimal>();
  for (const document of documents) {
    for (const line of document.lines) {
      if (line.source?.documentId !== source.id) continue;
      const sourceLine = lines.get(line.source.lineId);
      if (sourceLine === undefined) continue;
      const taken = takenQuantity(line, sourceLine);
      done.set(sourceLine.id, (done.get(sourceLine.id) ?? ZERO).plus(taken));
    }
  }
  return done;
}

/** The quantity of `sourceLine` that `line` takes. */
function takenQuantity(line: DocumentLine, sourceLine: DocumentLine): Decimal {
  const quantity = decimalOf(line.quantity);
  if (line.unitCode === PERCENT_UNIT && sourceLine.unitCode !== PERCENT_UNIT) {
    return decimalOf(sourceLine.quantity).times(quantity).div(HUNDRED);
  }
  return quantity;
}

/** What remains of a line once `done` is taken: never beyond the line, never below zero. */
export function remainingOf(line: DocumentLine, done: Decimal): Decimal {
  const ordered = decimalOf(line.quantity);
  return fitsWithin(done, ordered) ? ordered.minus(done) : ZERO;
}

/** The progress of every line of `source`, in its order. */
export function progressOf(
  source: CommercialDocument,
  done: ReadonlyMap<string, Decimal>,
): LineProgress[] {
  return source.lines.map((line) => {
    const taken = done.get(line.id) ?? ZERO;
    return {
      lineId: line.id,
      label: line.label,
      ordered: formatQuantity(decimalOf(line.quantity)),
      done: formatQuantity(taken),
      remaining: formatQuantity(remainingOf(line, taken)),
    };
  });
}
