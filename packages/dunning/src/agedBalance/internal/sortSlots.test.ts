import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSlots } from './sortSlots.js';

/** Keys with many ties, and keys spread over the whole range of floats. */
const key = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }).map((value) => value + 0),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
);

describe('sortSlots', () => {
  it('orders by key, the largest first, then by the tie-break', () => {
    const keys = [3, 1, 3, 0, 1];
    const sorted = sortSlots(
      Int32Array.from([0, 1, 2, 3, 4]),
      (slot) => keys[slot] as number,
      (left, right) => right - left,
    );
    // Keys 3 (slots 0, 2: the larger slot first), 1 (slots 1, 4: 4 first), 0 (slot 3).
    expect([...sorted]).toEqual([2, 0, 4, 1, 3]);
  });

  it('sorts nothing and one slot', () => {
    expect([
      ...sortSlots(
        new Int32Array(0),
        () => 0,
        () => 0,
      ),
    ]).toEqual([]);
    expect([
      ...sortSlots(
        Int32Array.from([7]),
        () => 0,
        () => 0,
      ),
    ]).toEqual([7]);
  });

  it('gives the order Array.prototype.sort gives with the whole comparison', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer()), { maxLength: 300 }), (rows) => {
        const keyOf = (slot: number): number => (rows[slot] as [number, number])[0];
        const tieOf = (slot: number): number => (rows[slot] as [number, number])[1];
        // A total order: the key, then the tie value, then the slot.
        const compareTies = (left: number, right: number): number =>
          tieOf(left) - tieOf(right) || left - right;
        const slots = Int32Array.from(rows.keys());
        const expected = [...rows.keys()].sort(
          (left, right) => keyOf(right) - keyOf(left) || compareTies(left, right),
        );
        expect([...sortSlots(slots, keyOf, compareTies)]).toEqual(expected);
      }),
    );
  });
});
