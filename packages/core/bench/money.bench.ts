import {
  allocateAmountColumn,
  formatMoney,
  multiplyColumns,
  parseAmountColumn,
  parseDecimalColumn,
  sumAmountColumn,
} from '@tpe/core';
import { expect, it } from 'vitest';
import { measureAgainstFloor, reportMeasures } from '../../../bench/floorRatio.js';

/** A deterministic pseudo-random generator (LCG), so every run sees the same data. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

function decimalString(units: number, scale: number): string {
  const negative = units < 0;
  const digits = String(Math.abs(units)).padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

const next = generator(20261127);
const AMOUNTS = 1_000_000;
const LINES = 1_000_000;
const ALLOCATIONS = 100_000;
const PARTS = 12;

// Sum: amounts between -10,000.00 and 10,000.00.
const amountUnits = Array.from({ length: AMOUNTS }, () => (next() % 2_000_001) - 1_000_000);
const amounts = parseAmountColumn(amountUnits.map((u) => decimalString(u, 2)));
const amountInts = Int32Array.from(amountUnits);

// Lines: quantity with 3 decimals up to 1,000, unit price with 4 decimals up to 10,000.
const quantityUnits = Array.from({ length: LINES }, () => 1 + (next() % 1_000_000));
const priceUnits = Array.from({ length: LINES }, () => next() % 100_000_000);
const quantities = parseDecimalColumn(
  quantityUnits.map((u) => decimalString(u, 3)),
  3,
);
const prices = parseDecimalColumn(
  priceUnits.map((u) => decimalString(u, 4)),
  4,
);

// Allocation: amounts up to 1,000,000.00 in 12 equal parts.
const toAllocateUnits = Array.from({ length: ALLOCATIONS }, () => next() % 100_000_001);
const toAllocate = parseAmountColumn(toAllocateUnits.map((u) => decimalString(u, 2)));
const ratios = new Array<number>(PARTS).fill(1);

const sameArray = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
  a.length === b.length &&
  Array.prototype.every.call(a, (value: number, index: number) => value === b[index]);

it('money kernel against its bare-integer floor', () => {
  const measures = [
    measureAgainstFloor({
      name: 'sum of 1,000,000 amounts',
      items: AMOUNTS,
      target: 20,
      library: () => formatMoney(sumAmountColumn(amounts)),
      floor: () => {
        let total = 0;
        for (let i = 0; i < amountInts.length; i++) total += amountInts[i] as number;
        return decimalString(total, 2);
      },
      same: (a, b) => a === b,
    }),
    measureAgainstFloor({
      name: 'multiply-and-round of 1,000,000 lines',
      items: LINES,
      target: 20,
      library: () => multiplyColumns(quantities, prices).units,
      floor: () => {
        // quantity (scale 3) × price (scale 4) = scale 7; half-up to scale 2: divide by 10^5.
        const out = new Float64Array(LINES);
        for (let i = 0; i < LINES; i++) {
          const product = (quantityUnits[i] as number) * (priceUnits[i] as number);
          out[i] = Math.floor((product + 50_000) / 100_000);
        }
        return out;
      },
      same: sameArray,
    }),
    measureAgainstFloor({
      name: 'allocation of 100,000 amounts in 12 parts',
      items: ALLOCATIONS,
      target: 20,
      library: () => allocateAmountColumn(toAllocate, ratios).map((column) => column.units),
      floor: () => {
        const out = Array.from({ length: PARTS }, () => new Float64Array(ALLOCATIONS));
        for (let i = 0; i < ALLOCATIONS; i++) {
          const total = toAllocateUnits[i] as number;
          const share = Math.floor(total / PARTS);
          const leftover = total - share * PARTS;
          for (let part = 0; part < PARTS; part++) {
            (out[part] as Float64Array)[i] = share + (part < leftover ? 1 : 0);
          }
        }
        return out;
      },
      same: (a, b) => a.every((column, part) => sameArray(column, b[part] as Float64Array)),
    }),
  ];
  reportMeasures('@tpe/core — money kernel (ratio = library time / floor time)', measures);
  for (const measure of measures) expect(measure.ratio).toBeGreaterThan(0);
});
