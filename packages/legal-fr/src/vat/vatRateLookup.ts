import { type IsoDate, parseDecimal, TpeError, toEpochDay } from '@tpe/core';
import { DEFAULT_VAT_RATE_TABLE } from './defaultVatRateTable.js';
import type {
  VatRate,
  VatRateTable,
  VatTerritory,
  VatTerritoryEntry,
} from './vatRateTableSchema.js';

/** The territory entry and the rates in force on a date, or `RATE_UNKNOWN`. */
export function ratesInForce(
  territory: VatTerritory,
  date: IsoDate,
  table: VatRateTable = DEFAULT_VAT_RATE_TABLE,
): { readonly entry: VatTerritoryEntry; readonly rates: readonly VatRate[] } {
  const day = toEpochDay(date);
  const before = day < toEpochDay(table.validFrom);
  if (before || (table.validUntil !== null && day > toEpochDay(table.validUntil))) {
    const message = before
      ? `No VAT rate known before ${table.validFrom} (asked for ${date}); supply an older table`
      : `No VAT rate known after ${table.validUntil} (asked for ${date}); supply a newer table`;
    throw new TpeError('RATE_UNKNOWN', message, {
      details: {
        table: 'vatRates',
        date,
        firstKnownDate: table.validFrom,
        lastKnownDate: table.validUntil,
      },
    });
  }
  const entry = table.territories.find((candidate) => candidate.territory === territory);
  if (entry === undefined) {
    throw new TpeError('RATE_UNKNOWN', `The VAT rate table has no entry for ${territory}`, {
      details: { table: 'vatRates', date, territory },
    });
  }
  const rates = table.rates
    .filter(
      (row) =>
        row.territory === territory &&
        toEpochDay(row.from) <= day &&
        (row.to === null || day <= toEpochDay(row.to)),
    )
    .sort((left, right) => parseDecimal(right.rate).comparedTo(parseDecimal(left.rate)));
  return { entry, rates };
}
