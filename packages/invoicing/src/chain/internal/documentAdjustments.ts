import { Decimal } from '@tpe/core';
import type { DocumentAllowanceCharge } from '../../model/AllowanceCharge.js';
import type { CommercialDocument } from '../../model/CommercialDocument.js';
import { computeDocumentTotals } from '../../totals/computeDocumentTotals.js';
import { prorateAdjustments } from './prorate.js';
import { centsOf, decimalOf, ZERO } from './quantities.js';

/** The document-level allowances and charges of a new document. */
export interface DocumentAdjustments {
  readonly allowances?: readonly DocumentAllowanceCharge[];
  readonly charges?: readonly DocumentAllowanceCharge[];
}

/**
 * The share of each line of `source` that `done` quantities make: `done /
 * quantity`, 0 for a line of quantity zero.
 */
export function fractionsOf(
  source: CommercialDocument,
  done: ReadonlyMap<string, Decimal>,
): Map<string, Decimal> {
  return new Map(
    source.lines.map((line) => {
      const quantity = decimalOf(line.quantity);
      const taken = done.get(line.id) ?? ZERO;
      return [line.id, quantity.isZero() ? ZERO : taken.div(quantity)];
    }),
  );
}

/**
 * The document-level allowances and charges of `source` falling to a new
 * document that brings the share taken of each line from `before` to
 * `after`: each amount prorated by the value taken, measured with the line
 * net amounts of `source` (`lineNets`, in cents), cumulatively so that the
 * documents taking the whole source share each amount to the cent. The
 * lists themselves when the new document takes the whole source at once.
 */
export function documentAdjustmentsFor(
  source: CommercialDocument,
  before: ReadonlyMap<string, Decimal>,
  after: ReadonlyMap<string, Decimal>,
): DocumentAdjustments {
  if (source.allowances === undefined && source.charges === undefined) return {};
  const lineNets = new Map(
    computeDocumentTotals(source).lines.map((line) => [line.id, centsOf(line.netAmount)]),
  );
  const netTotal = [...lineNets.values()].reduce((sum, net) => sum + net, 0n);
  // Lines without value (all nets zero) are weighed one each.
  const weight = (lineId: string): Decimal =>
    netTotal === 0n ? new Decimal(1) : new Decimal((lineNets.get(lineId) ?? 0n).toString());
  const valueTaken = (shares: ReadonlyMap<string, Decimal>): Decimal =>
    source.lines.reduce(
      (sum, line) => sum.plus(weight(line.id).times(shares.get(line.id) ?? ZERO)),
      ZERO,
    );
  const whole = source.lines.reduce((sum, line) => sum.plus(weight(line.id)), ZERO);
  const from = valueTaken(before);
  const to = valueTaken(after);
  const allowances = prorateAdjustments(source.allowances ?? [], from, to, whole);
  const charges = prorateAdjustments(source.charges ?? [], from, to, whole);
  return {
    ...(allowances.length > 0 ? { allowances } : {}),
    ...(charges.length > 0 ? { charges } : {}),
  };
}
