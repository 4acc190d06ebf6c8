import { indicesGettingLeftover } from '../internal/leftoverOrder.js';

/**
 * Splits a whole number of minor units by integer weights (at least one above
 * zero) so that the parts sum exactly to `total`: each part gets its truncated
 * share, the leftover units go to the largest remainders, ties to the earliest.
 * A negative total is split as its opposite, then negated.
 */
export function allocateUnits(total: bigint, weights: readonly bigint[]): bigint[] {
  const negative = total < 0n;
  const whole = negative ? -total : total;
  let weightSum = 0n;
  for (const weight of weights) weightSum += weight;
  const shares = new Array<bigint>(weights.length);
  const remainders = new Array<bigint>(weights.length);
  let given = 0n;
  for (let index = 0; index < weights.length; index++) {
    const scaled = whole * (weights[index] as bigint);
    const share = scaled / weightSum;
    shares[index] = share;
    remainders[index] = scaled % weightSum;
    given += share;
  }
  for (const index of indicesGettingLeftover(remainders, Number(whole - given))) {
    shares[index] = (shares[index] as bigint) + 1n;
  }
  return negative ? shares.map((share) => -share) : shares;
}
