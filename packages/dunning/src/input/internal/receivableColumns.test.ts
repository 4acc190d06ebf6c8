import { fromEpochDay, toEpochDay, toScaledUnits } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Receivable, receivableSchema } from '../Receivable.js';
import {
  RECEIVABLE_KINDS,
  type ReceivableColumns,
  type RowPlacement,
  readReceivableBlocks,
} from './receivableColumns.js';

/** What the columns hold of one row, copied out of its block. */
interface RowValues {
  readonly kind: string;
  readonly issueDay: number;
  readonly dueDay: number;
  readonly amount: number;
  readonly outstanding: number;
  readonly payments: readonly (readonly [number, number])[];
  readonly customer: number;
}

function valuesOf(block: ReceivableColumns, row: number): RowValues {
  const payments: [number, number][] = [];
  const end = block.paymentStart[row + 1] as number;
  for (let payment = block.paymentStart[row] as number; payment < end; payment++) {
    payments.push([block.paymentDay[payment] as number, block.paymentUnits[payment] as number]);
  }
  return {
    kind: RECEIVABLE_KINDS[block.kind[row] as number] as string,
    issueDay: block.issueDay[row] as number,
    dueDay: block.dueDay[row] as number,
    amount: block.amount[row] as number,
    outstanding: block.outstanding[row] as number,
    payments,
    customer: block.customer[row] as number,
  };
}

/** The values the schema's reading gives: amounts in cents, dates in day numbers, payments by day. */
function expectedValues(receivable: Receivable, index: number): RowValues {
  const payments = (receivable.payments ?? [])
    .map((payment): [number, number] => [
      toEpochDay(payment.date),
      toScaledUnits(payment.amount, 2),
    ])
    .sort((left, right) => left[0] - right[0]);
  return {
    kind: receivable.kind ?? 'invoice',
    issueDay: toEpochDay(receivable.issueDate),
    dueDay: toEpochDay(receivable.dueDate),
    amount: toScaledUnits(receivable.amount, 2),
    outstanding: toScaledUnits(receivable.outstanding, 2),
    payments,
    customer: index,
  };
}

class Refused extends Error {
  constructor(readonly index: number) {
    super(`refused ${index}`);
  }
}

/** Reads the list block after block: the values of each row, or the index refused. */
function readAll(
  list: readonly unknown[],
  blockRows?: number,
): { rows: RowValues[]; refused: number } {
  const rows: RowValues[] = [];
  const placement: RowPlacement = {
    customerSlot: (_customerId, _currency, index) => index,
    refuse: (index) => {
      throw new Refused(index);
    },
  };
  try {
    readReceivableBlocks(
      list,
      placement,
      (block) => {
        for (let row = 0; row < block.length; row++) rows.push(valuesOf(block, row));
      },
      blockRows,
    );
  } catch (error) {
    if (error instanceof Refused) return { rows, refused: error.index };
    throw error;
  }
  return { rows, refused: -1 };
}

const cents = fc.integer({ min: 1, max: 99_999_999 });
const day = fc.integer({ min: toEpochDay('2025-01-01'), max: toEpochDay('2026-12-31') });

function amountOf(units: number): string {
  return `${Math.floor(units / 100)}.${String(units % 100).padStart(2, '0')}`;
}

/** A receivable the schema accepts, with payments in any order, or a credit. */
const validReceivable = fc
  .record({
    kind: fc.constantFrom(undefined, 'invoice', 'creditNote', 'unallocatedPayment'),
    issueDay: day,
    delay: fc.integer({ min: 0, max: 90 }),
    amount: cents,
    paid: fc.array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 1000 })), {
      maxLength: 3,
    }),
  })
  .map(({ kind, issueDay, delay, amount, paid }): Receivable => {
    const payments = paid.filter(([, units]) => units < amount / 4);
    const paidUnits = payments.reduce((sum, [, units]) => sum + units, 0);
    return {
      id: `r-${issueDay}-${amount}`,
      customerId: `c-${amount % 7}`,
      number: `F-${issueDay}`,
      ...(kind === undefined ? {} : { kind }),
      issueDate: fromEpochDay(issueDay),
      dueDate: fromEpochDay(issueDay + delay),
      amount: amountOf(amount),
      outstanding: amountOf(amount - paidUnits),
      ...(payments.length === 0
        ? {}
        : {
            payments: payments.map(([after, units]) => ({
              date: fromEpochDay(issueDay + after),
              amount: amountOf(units),
            })),
          }),
    };
  });

/** A receivable with one field given a wrong value (which the schema may still accept). */
const mutatedReceivable = fc
  .tuple(
    validReceivable,
    fc.constantFrom('id', 'issueDate', 'dueDate', 'amount', 'outstanding', 'currency', 'kind'),
    fc.constantFrom(
      undefined,
      '',
      '0.00',
      '12.5',
      '01.00',
      '1.001',
      '-1.00',
      '2026-02-30',
      'JPY',
      7,
    ),
  )
  .map(([receivable, field, value]) => ({ ...receivable, [field]: value }) as unknown);

describe('readReceivableBlocks', () => {
  it('refuses the first row receivableSchema refuses, and reads the others to the same values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 4, arbitrary: validReceivable }, mutatedReceivable), {
          maxLength: 12,
        }),
        (list) => {
          const firstRefused = list.findIndex((row) => !receivableSchema.safeParse(row).success);
          const { rows, refused } = readAll(list);
          expect(refused).toBe(firstRefused);
          // A currency with other decimals than the euro's reads at another scale: only euros here.
          const euros = list.every((row) => {
            const currency = (row as { currency?: unknown }).currency;
            return currency === undefined || currency === 'EUR';
          });
          if (firstRefused >= 0 || !euros) return;
          expect(rows).toEqual(list.map((row, index) => expectedValues(row as Receivable, index)));
        },
      ),
    );
  });

  /** Rows of three blocks of 300, each read 128 rows at a time: one in five has a payment of 0.50. */
  const longList: Receivable[] = Array.from({ length: 2 * 300 + 7 }, (_, index) => ({
    id: `r-${index}`,
    customerId: `c-${index % 13}`,
    number: `F-${index}`,
    issueDate: '2026-01-15',
    dueDate: '2026-02-14',
    amount: amountOf(100 + index),
    outstanding: amountOf(index % 5 === 0 ? 50 + index : 100 + index),
    ...(index % 5 === 0 ? { payments: [{ date: '2026-02-01', amount: '0.50' }] } : {}),
  }));

  it('reads a list longer than a block, block after block, in input order', () => {
    const { rows, refused } = readAll(longList, 300);
    expect(refused).toBe(-1);
    expect(rows).toEqual(longList.map((receivable, index) => expectedValues(receivable, index)));
  });

  it.each([0, 127, 128, 299, 300, 429, 606])(
    'refuses row %i of a long list once the rows before it are read',
    (bad) => {
      const list: unknown[] = longList.map((receivable, index) =>
        index === bad ? { ...receivable, dueDate: '2026-02-30' } : receivable,
      );
      const { rows, refused } = readAll(list, 300);
      expect(refused).toBe(bad);
      expect(rows).toEqual(
        longList.slice(0, bad - (bad % 300)).map((row, index) => expectedValues(row, index)),
      );
    },
  );

  it('reads rows that are not objects as refused, without reading their fields', () => {
    for (const bad of [null, 7, 'text', undefined]) {
      const list: unknown[] = [longList[0], bad, longList[1]];
      expect(readAll(list, 300).refused).toBe(1);
    }
  });
});
