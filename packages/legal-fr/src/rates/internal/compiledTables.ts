import { scaleOfDecimal, toEpochDay, toScaledUnits } from '@tpe/core';
import type { EcbRateTable } from '../ecbRateTableSchema.js';
import type { LegalInterestRateTable } from '../legalInterestRateTableSchema.js';
import { halfYearIndexOfDay, halfYearStartDate, halfYearStartDay } from './halfYears.js';
import { rateUnknown } from './rateUnknown.js';

/**
 * Rate tables turned into integer arrays once, so that a lookup is an array
 * access or a short binary search on epoch days. The tables must have been
 * validated by their schema.
 */

/** An ECB table ready for lookups; rates are whole numbers of `10^-scale` percent. */
export interface CompiledEcbTable {
  readonly table: EcbRateTable;
  /** Decimals of the rates (at least 2). */
  readonly scale: number;
  /** Effective epoch day of each row. */
  readonly days: readonly number[];
  /** Rate of each row at `scale`. */
  readonly units: readonly number[];
  readonly validUntilDay: number;
  /** The first half-year whose first day is covered by the table. */
  readonly firstHalfYear: number;
  /** For each half-year from `firstHalfYear` on whose first day is covered: the row in force that day. */
  readonly halfYearRows: Int32Array;
}

/** A legal interest rate table ready for lookups; one entry per half-year from `firstHalfYear`. */
export interface CompiledLegalTable {
  readonly table: LegalInterestRateTable;
  readonly scale: number;
  readonly firstHalfYear: number;
  readonly particuliers: readonly number[];
  readonly autres: readonly number[];
  readonly firstDate: string;
  readonly lastDate: string;
}

export function compileEcbTable(table: EcbRateTable): CompiledEcbTable {
  const scale = table.rows.reduce((most, row) => Math.max(most, scaleOfDecimal(row.rate)), 2);
  const days = table.rows.map((row) => toEpochDay(row.effectiveDate));
  const units = table.rows.map((row) => toScaledUnits(row.rate, scale));
  const validUntilDay = toEpochDay(table.validUntil);
  const firstDay = days[0] as number;
  let firstHalfYear = halfYearIndexOfDay(firstDay);
  if (halfYearStartDay(firstHalfYear) < firstDay) firstHalfYear += 1;
  const rows: number[] = [];
  let row = 0;
  for (let index = firstHalfYear; halfYearStartDay(index) <= validUntilDay; index++) {
    const start = halfYearStartDay(index);
    while (row + 1 < days.length && (days[row + 1] as number) <= start) row++;
    rows.push(row);
  }
  return Object.freeze({
    table,
    scale,
    days: Object.freeze(days),
    units: Object.freeze(units),
    validUntilDay,
    firstHalfYear,
    halfYearRows: Int32Array.from(rows),
  });
}

/** The row of the ECB table in force on an epoch day, or `RATE_UNKNOWN`. */
export function ecbRowOnDay(compiled: CompiledEcbTable, day: number, date: string): number {
  const { days } = compiled;
  if (day < (days[0] as number) || day > compiled.validUntilDay) {
    throw ecbUnknown(compiled, date);
  }
  let low = 0;
  let high = days.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((days[middle] as number) <= day) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The row of the ECB table in force on the first day of a half-year, or `RATE_UNKNOWN`. */
export function ecbRowForHalfYear(compiled: CompiledEcbTable, halfYear: number): number {
  const offset = halfYear - compiled.firstHalfYear;
  if (offset < 0 || offset >= compiled.halfYearRows.length) {
    throw ecbUnknown(compiled, halfYearStartDate(halfYear));
  }
  return compiled.halfYearRows[offset] as number;
}

function ecbUnknown(compiled: CompiledEcbTable, date: string): Error {
  return rateUnknown(
    'ecbMainRefinancingRates',
    date,
    compiled.table.rows[0]?.effectiveDate ?? '',
    compiled.table.validUntil,
  );
}

export function compileLegalTable(table: LegalInterestRateTable): CompiledLegalTable {
  const scale = table.rows.reduce(
    (most, row) => Math.max(most, scaleOfDecimal(row.particuliers), scaleOfDecimal(row.autres)),
    2,
  );
  const first = table.rows[0];
  const last = table.rows[table.rows.length - 1];
  return Object.freeze({
    table,
    scale,
    firstHalfYear: halfYearIndexOfDay(toEpochDay(first?.from ?? '')),
    particuliers: Object.freeze(table.rows.map((row) => toScaledUnits(row.particuliers, scale))),
    autres: Object.freeze(table.rows.map((row) => toScaledUnits(row.autres, scale))),
    firstDate: first?.from ?? '',
    lastDate: last?.to ?? '',
  });
}

/** The offset of a half-year in a legal table, or `RATE_UNKNOWN` naming `date`. */
export function legalRowForHalfYear(
  compiled: CompiledLegalTable,
  halfYear: number,
  date: string,
): number {
  const offset = halfYear - compiled.firstHalfYear;
  if (offset < 0 || offset >= compiled.autres.length) {
    throw rateUnknown('legalInterestRates', date, compiled.firstDate, compiled.lastDate);
  }
  return offset;
}
