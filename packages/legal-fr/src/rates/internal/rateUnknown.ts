import { TpeError } from '@tpe/core';

/** The names of the rate tables a caller can supply, as used in `details.table`. */
export type RateTableName = 'ecbMainRefinancingRates' | 'legalInterestRates';

const LABELS: Readonly<Record<RateTableName, string>> = {
  ecbMainRefinancingRates: 'ECB main refinancing rate',
  legalInterestRates: 'legal interest rate',
};

/** The `RATE_UNKNOWN` error for a date outside the table in use. */
export function rateUnknown(
  table: RateTableName,
  date: string,
  firstKnownDate: string,
  lastKnownDate: string,
): TpeError {
  const message = `No ${LABELS[table]} is known for ${date}: the table in use covers ${firstKnownDate} to ${lastKnownDate}; supply a table that covers it (${table})`;
  return new TpeError('RATE_UNKNOWN', message, {
    issues: [{ path: [], code: 'rate_unknown', message }],
    details: { table, date, firstKnownDate, lastKnownDate },
  });
}
