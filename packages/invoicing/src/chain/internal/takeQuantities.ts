import type { Decimal } from '@tpe/core';
import type { CommercialDocument } from '../../model/CommercialDocument.js';
import type { DocumentLine } from '../../model/DocumentLine.js';
import type { LineQuantity } from '../LineQuantity.js';
import {
  type ExceedsCode,
  exceedsRemaining,
  type InputPath,
  invalidInput,
  nothingRemaining,
} from './chainErrors.js';
import { remainingOf } from './progress.js';
import { decimalOf, fitsWithin, formatQuantity, ZERO } from './quantities.js';

/** The part `(before, before + quantity]` of a source line that a new document takes. */
export interface Slice {
  readonly line: DocumentLine;
  /** What earlier documents took of the line. */
  readonly before: Decimal;
  /** What the new document takes. */
  readonly quantity: Decimal;
}

/**
 * The slices of `source` a new document takes: the requested quantities, or
 * everything that remains when none is requested. Throws `INVALID_INPUT` for
 * an unknown or repeated line or a quantity of zero or of the wrong sign, and
 * `code` for more than remains (or nothing left).
 */
export function takeQuantities(
  source: CommercialDocument,
  done: ReadonlyMap<string, Decimal>,
  requested: readonly LineQuantity[] | undefined,
  path: InputPath,
  code: ExceedsCode = 'QUANTITY_EXCEEDS_REMAINING',
): Slice[] {
  if (requested === undefined) {
    const slices = source.lines.flatMap((line) => {
      const before = done.get(line.id) ?? ZERO;
      const quantity = remainingOf(line, before);
      return quantity.isZero() ? [] : [{ line, before, quantity }];
    });
    if (slices.length === 0) throw nothingRemaining(code, source, path);
    return slices;
  }
  const wanted = new Map<string, Decimal>();
  requested.forEach((request, index) => {
    const line = source.lines.find((candidate) => candidate.id === request.lineId);
    if (line === undefined) {
      throw invalidInput(
        [...path, index, 'lineId'],
        'unknown_line',
        `The ${source.kind} ${source.id} has no line ${request.lineId}`,
      );
    }
    if (wanted.has(line.id)) {
      throw invalidInput(
        [...path, index, 'lineId'],
        'duplicate_line',
        `Line ${line.id} is asked twice`,
      );
    }
    const quantity = decimalOf(request.quantity);
    const negativeLine = decimalOf(line.quantity).isNegative();
    if (quantity.isZero() || quantity.isNegative() !== negativeLine) {
      throw invalidInput(
        [...path, index, 'quantity'],
        'quantity_not_positive',
        `The quantity taken from line ${line.id} must be ${negativeLine ? 'below' : 'above'} zero, like the line's`,
      );
    }
    const before = done.get(line.id) ?? ZERO;
    const remaining = remainingOf(line, before);
    if (!fitsWithin(quantity, remaining) || remaining.isZero()) {
      throw exceedsRemaining(code, [...path, index, 'quantity'], {
        lineId: line.id,
        requested: formatQuantity(quantity),
        remaining: formatQuantity(remaining),
      });
    }
    wanted.set(line.id, quantity);
  });
  return source.lines.flatMap((line) => {
    const quantity = wanted.get(line.id);
    return quantity === undefined ? [] : [{ line, before: done.get(line.id) ?? ZERO, quantity }];
  });
}
