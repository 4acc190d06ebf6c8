/**
 * Exact sums of many non-negative amounts in minor units, on plain numbers:
 * each sum is two words, `low` below 2^52 and `high` counting the carries of
 * 2^52. While `low + amount` stays below 2^52 (every amount of a usual
 * ledger) an addition is one float addition, exact; beyond, the amount is
 * split at 2^52 first. So any number of safe-integer amounts add up exactly,
 * and only a sum beyond 2^52 is read back as a bigint.
 */

/** 2^52: a low word reaching it carries one into the high word. */
const CARRY = 4_503_599_627_370_496;
const BIG_CARRY = 4_503_599_627_370_496n;

/** Sums stored side by side in two arrays of the same length. */
export interface WideSums {
  readonly low: Float64Array;
  readonly high: Float64Array;
}

/** `count` sums, all zero. */
export function wideSums(count: number): WideSums {
  return { low: new Float64Array(count), high: new Float64Array(count) };
}

/** Adds a non-negative safe integer to the sum at `index`. */
export function addUnits(sums: WideSums, index: number, units: number): void {
  const { low } = sums;
  // Below 2^53 a float sum is exact; a true sum from 2^52 up never rounds below 2^52.
  const sum = (low[index] as number) + units;
  if (sum < CARRY) {
    low[index] = sum;
    return;
  }
  // Dividing by a power of two is exact: both parts below 2^52.
  const carries = Math.floor(units / CARRY);
  const rest = (low[index] as number) + (units - carries * CARRY);
  const carried = rest < CARRY ? 0 : 1;
  low[index] = rest - carried * CARRY;
  sums.high[index] = (sums.high[index] as number) + carries + carried;
}

/** Adds the sum at `from` of `source` to the sum at `index` of `sums`. */
export function addWide(sums: WideSums, index: number, source: WideSums, from: number): void {
  addUnits(sums, index, source.low[from] as number);
  sums.high[index] = (sums.high[index] as number) + (source.high[from] as number);
}

/** The sum at `index`: a safe integer below 2^52, a bigint beyond. */
export function unitsAt(sums: WideSums, index: number): number | bigint {
  const high = sums.high[index] as number;
  const low = sums.low[index] as number;
  return high === 0 ? low : BigInt(high) * BIG_CARRY + BigInt(low);
}

/** Compares the sums at `left` and `right`: negative, zero or positive. */
export function compareWide(sums: WideSums, left: number, right: number): number {
  const high = (sums.high[left] as number) - (sums.high[right] as number);
  return high !== 0 ? high : (sums.low[left] as number) - (sums.low[right] as number);
}

/** `left − right` of two sums read with {@link unitsAt}, exactly. */
export function subtractUnits(left: number | bigint, right: number | bigint): number | bigint {
  return typeof left === 'number' && typeof right === 'number'
    ? left - right
    : BigInt(left) - BigInt(right);
}
