/** The bits of a key taken by one pass of the radix sort, and the values they can have. */
const DIGIT_BITS = 16;
const DIGITS = 1 << DIGIT_BITS;
const DIGIT_MASK = DIGITS - 1;
/** Where the high word of a float lies among its two 32-bit words: 1 on little-endian machines. */
const HIGH_WORD = new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff0_0000 ? 1 : 0;
const LOW_WORD = 1 - HIGH_WORD;

/**
 * Sorts slots (indices of customers) by a key of each, the largest first,
 * ties broken by `compareTies`.
 *
 * The keys are non-negative floats, whose bits, read as an unsigned
 * integer, are in the order of the values: they are sorted by a radix sort
 * of four passes of 16 bits, which never calls a comparator — for a
 * hundred thousand customers several times faster than
 * `Array.prototype.sort`. Only the runs of equal keys are then sorted by
 * `compareTies`, which must order them totally (ties broken by id), so
 * that the sorted order is the only one.
 *
 * @returns the slots, sorted (`slots`, which may be changed, or a new array)
 */
export function sortSlots(
  slots: Int32Array,
  keyOf: (slot: number) => number,
  compareTies: (left: number, right: number) => number,
): Int32Array {
  const count = slots.length;
  if (count < 2) return slots;
  let from: Int32Array = slots;
  let fromKeys = new Float64Array(count);
  for (let index = 0; index < count; index++) fromKeys[index] = keyOf(slots[index] as number);
  let to: Int32Array = new Int32Array(count);
  let toKeys = new Float64Array(count);
  const starts = new Int32Array(DIGITS + 1);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? LOW_WORD : HIGH_WORD;
    const shift = (pass & 1) * DIGIT_BITS;
    const words = new Uint32Array(fromKeys.buffer);
    // Counts each digit: where each slot goes is then known.
    starts.fill(0);
    for (let index = 0; index < count; index++) {
      const digit = invertedDigit(words, 2 * index + word, shift);
      starts[digit + 1] = (starts[digit + 1] as number) + 1;
    }
    // All keys have the same digit: nothing moves.
    if (starts[1 + invertedDigit(words, word, shift)] === count) continue;
    for (let digit = 0; digit < DIGITS; digit++) {
      starts[digit + 1] = (starts[digit + 1] as number) + (starts[digit] as number);
    }
    for (let index = 0; index < count; index++) {
      const digit = invertedDigit(words, 2 * index + word, shift);
      const at = starts[digit] as number;
      starts[digit] = at + 1;
      to[at] = from[index] as number;
      toKeys[at] = fromKeys[index] as number;
    }
    [from, to] = [to, from];
    [fromKeys, toKeys] = [toKeys, fromKeys];
  }
  sortTies(from, fromKeys, compareTies);
  return from;
}

/** The 16 bits of a word from `shift`, inverted: the largest key first. */
function invertedDigit(words: Uint32Array, at: number, shift: number): number {
  return DIGIT_MASK - (((words[at] as number) >>> shift) & DIGIT_MASK);
}

/** Sorts each run of slots of equal keys by `compareTies`, in place. */
function sortTies(
  slots: Int32Array,
  keys: Float64Array,
  compareTies: (left: number, right: number) => number,
): void {
  let start = 0;
  while (start < slots.length) {
    let end = start + 1;
    while (end < slots.length && keys[end] === keys[start]) end++;
    if (end - start > 1) slots.set(Array.from(slots.subarray(start, end)).sort(compareTies), start);
    start = end;
  }
}
