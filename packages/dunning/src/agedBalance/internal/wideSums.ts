/** 2^52: a low word reaching it carries one into the high word. */
const CARRY = 4_503_599_627_370_496;
const BIG_CARRY = 4_503_599_627_370_496n;

/**
 * Exact sums of many non-negative amounts in minor units, on plain numbers:
 * each sum is two words, `low` below 2^52 and `high` counting the carries of
 * 2^52. While `low + amount` stays below 2^52 (every amount of a usual
 * ledger) an addition is one float addition, exact; beyond, the amount is
 * split at 2^52 first. So any number of safe-integer amounts add up exactly,
 * and only a sum beyond 2^52 is read back as a bigint. The high words are
 * kept only once a sum carries.
 */
export class WideSums {
  #low: Float64Array;
  #high: Float64Array | undefined;

  /**
   * `count` sums, all zero; or sums kept in the low words `low`, where the
   * caller may keep other numbers at the indices it never adds to (the
   * figures of a customer beside its sums, in one place).
   */
  constructor(sums: number | Float64Array) {
    this.#low = typeof sums === 'number' ? new Float64Array(sums) : sums;
  }

  /** Adds a non-negative safe integer to the sum at `index`. */
  add(index: number, units: number): void {
    const low = this.#low;
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
    this.#addHigh(index, carries + carried);
  }

  /** Adds the sum at `from` of `source` to the sum at `index`. */
  addSum(index: number, source: WideSums, from: number): void {
    this.add(index, source.#low[from] as number);
    const high = source.#high?.[from] ?? 0;
    if (high !== 0) this.#addHigh(index, high);
  }

  /** The sum at `index`: a safe integer below 2^52, a bigint beyond. */
  at(index: number): number | bigint {
    const high = this.#high?.[index] ?? 0;
    const low = this.#low[index] as number;
    return high === 0 ? low : BigInt(high) * BIG_CARRY + BigInt(low);
  }

  /**
   * The sum at `index` as the nearest float: of two sums, the larger never
   * has the smaller float (rounding keeps the order, or makes them equal).
   */
  approximate(index: number): number {
    return (this.#low[index] as number) + (this.#high?.[index] ?? 0) * CARRY;
  }

  /** Compares the sums at `left` and `right`: negative, zero or positive. */
  compare(left: number, right: number): number {
    const highs = this.#high;
    const high = highs === undefined ? 0 : (highs[left] as number) - (highs[right] as number);
    return high !== 0 ? high : (this.#low[left] as number) - (this.#low[right] as number);
  }

  #addHigh(index: number, carries: number): void {
    this.#high ??= new Float64Array(this.#low.length);
    this.#high[index] = (this.#high[index] as number) + carries;
  }
}

/** `left − right` of two sums read with {@link WideSums.at}, exactly. */
export function subtractUnits(left: number | bigint, right: number | bigint): number | bigint {
  return typeof left === 'number' && typeof right === 'number'
    ? left - right
    : BigInt(left) - BigInt(right);
}
