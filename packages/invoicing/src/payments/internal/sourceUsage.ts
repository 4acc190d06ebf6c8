import { TpeError } from '@tpe/core';
import type { SettlementSource } from '../Allocation.js';
import type { SettlementHistory } from '../SettlementHistory.js';
import { amountOf, sumUnits, unitsOf } from './amounts.js';

/** Whether two sources are the same payment or the same credit note. */
export function sameSource(left: SettlementSource, right: SettlementSource): boolean {
  return left.kind === right.kind && left.id === right.id;
}

/**
 * What is left on a payment or credit note of `amount` after the allocations
 * and refunds of `history` that come from it, in minor units.
 *
 * @throws `ALLOCATION_EXCEEDS` when the history already takes more than the amount
 */
export function unitsLeftOn(
  source: SettlementSource,
  amount: string,
  history: SettlementHistory,
): bigint {
  const taken = sumUnits(
    [...(history.allocations ?? []), ...(history.refunds ?? [])]
      .filter((entry) => sameSource(entry.source, source))
      .map((entry) => entry.amount),
  );
  const left = unitsOf(amount) - taken;
  if (left < 0n) {
    const message = `The history takes ${amountOf(taken)} from ${source.kind} ${source.id}, which has only ${amount}`;
    throw new TpeError('ALLOCATION_EXCEEDS', message, {
      issues: [{ path: ['history'], code: 'source_exceeded', message }],
      details: { source, amount, taken: amountOf(taken) },
    });
  }
  return left;
}
