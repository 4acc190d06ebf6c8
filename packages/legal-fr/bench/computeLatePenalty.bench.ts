import { fromEpochDay, toEpochDay } from '@tpe/core';
import { type ComputeLatePenaltyInput, computeLatePenalty, latePenaltyRate } from '@tpe/legal-fr';
import { expect, it } from 'vitest';
import { measureAgainstFloor, reportMeasures } from '../../../bench/floorRatio.js';

/**
 * computeLatePenalty on 1,000,000 overdue B2B invoices (due dates from 2023
 * to 2025, delays of 1 to 400 days crossing half-years, one invoice in five
 * with one or two partial payments) against a floor: the same penalty as bare
 * integer arithmetic (cents × rate in basis points × days, one half-up
 * integer division) over pre-parsed day numbers and cents.
 */

const COUNT = 1_000_000;

/** A deterministic linear congruential generator (no Math.random). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state;
  };
}

interface FloorInvoice {
  readonly cents: number;
  readonly dueDay: number;
  readonly endDay: number;
  /** Pairs (day, cents) of partial payments, sorted. */
  readonly payments: readonly number[];
}

const next = lcg(20260205);
const firstDue = toEpochDay('2023-01-01');
const lastDue = toEpochDay('2025-10-31');
const lastEnd = toEpochDay('2026-06-30');
const inputs: ComputeLatePenaltyInput[] = [];
const invoices: FloorInvoice[] = [];
for (let index = 0; index < COUNT; index++) {
  const cents = 1_000 + (next() % 4_999_000);
  const dueDay = firstDue + (next() % (lastDue - firstDue + 1));
  const endDay = Math.min(dueDay + 1 + (next() % 400), lastEnd);
  const payments: number[] = [];
  const partial: { date: string; amount: string }[] = [];
  if (next() % 5 === 0) {
    let left = cents - 1;
    let day = dueDay;
    const howMany = 1 + (next() % 2);
    for (let count = 0; count < howMany && day < endDay && left > 0; count++) {
      day += 1 + (next() % (endDay - day));
      const paid = 1 + (next() % left);
      left -= paid;
      payments.push(day, paid);
      partial.push({ date: fromEpochDay(day), amount: formatCents(paid) });
    }
  }
  invoices.push({ cents, dueDay, endDay, payments });
  inputs.push({
    amount: formatCents(cents),
    dueDate: fromEpochDay(dueDay),
    paymentDate: fromEpochDay(endDay),
    debtor: 'business',
    ...(partial.length > 0 ? { partialPayments: partial } : {}),
  });
}

function formatCents(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

// The floor's rate table: basis points per half-year, and half-year start days.
const FIRST_HALF_YEAR = 2023 * 2;
const halfYearStarts: number[] = [];
const halfYearBasisPoints: number[] = [];
for (let halfYear = FIRST_HALF_YEAR; halfYear <= 2026 * 2 + 1; halfYear++) {
  const start = `${Math.floor(halfYear / 2)}-${halfYear % 2 === 0 ? '01' : '07'}-01`;
  halfYearStarts.push(toEpochDay(start));
  if (halfYear <= 2026 * 2) {
    const rate = latePenaltyRate({ date: start, regime: 'b2bDefault' }).rate;
    halfYearBasisPoints.push(Number.parseInt(rate.replace('.', ''), 10));
  }
}
const DENOMINATOR = 100 * 100 * 365;

function floor(): ArrayLike<string | number> {
  const out = new Float64Array(COUNT);
  for (let index = 0; index < COUNT; index++) {
    const invoice = invoices[index] as FloorInvoice;
    const { payments, endDay } = invoice;
    let principal = invoice.cents;
    let day = invoice.dueDay + 1;
    let half = 0;
    while ((halfYearStarts[half + 1] as number) <= day) half++;
    let next = 0;
    let sum = 0;
    while (day <= endDay) {
      let last = endDay;
      if (next < payments.length && (payments[next] as number) < last)
        last = payments[next] as number;
      const boundary = (halfYearStarts[half + 1] as number) - 1;
      if (boundary < last) last = boundary;
      sum += principal * (halfYearBasisPoints[half] as number) * (last - day + 1);
      day = last + 1;
      while (next < payments.length && (payments[next] as number) < day) {
        principal -= payments[next + 1] as number;
        next += 2;
      }
      if (day > boundary) half++;
    }
    out[index] = Math.floor((2 * sum + DENOMINATOR) / (2 * DENOMINATOR));
  }
  return out;
}

function library(): ArrayLike<string | number> {
  const out: string[] = new Array(COUNT);
  for (let index = 0; index < COUNT; index++) {
    out[index] = computeLatePenalty(inputs[index] as ComputeLatePenaltyInput).penalty;
  }
  return out;
}

function same(
  libraryResult: ArrayLike<string | number>,
  floorResult: ArrayLike<string | number>,
): boolean {
  for (let index = 0; index < COUNT; index++) {
    if (libraryResult[index] !== formatCents(floorResult[index] as number)) return false;
  }
  return true;
}

it('computeLatePenalty against its integer floor', () => {
  expect(same(library(), floor())).toBe(true);
  const measure = measureAgainstFloor({
    name: 'computeLatePenalty, 1,000,000 overdue B2B invoices 2023–2025',
    items: COUNT,
    library,
    floor,
    same,
    target: 20,
  });
  reportMeasures('computeLatePenalty (@tpe/legal-fr)', [measure]);
}, 900_000);
