import ecbTable from '../../data/ecb-mro-rates.json';
import legalTable from '../../data/legal-interest-rates.json';
import type { EcbRateTable } from './ecbRateTableSchema.js';
import type { LegalInterestRateTable } from './legalInterestRateTableSchema.js';

function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.freeze(
      Object.fromEntries(Object.entries(value).map(([key, item]) => [key, frozenCopy(item)])),
    ) as T;
  }
  return value;
}

/**
 * The ECB main refinancing operations rate changes shipped with the library
 * (`data/ecb-mro-rates.json`): every change from 2007-06-13 (4.00 %) to
 * 2025-06-11 (2.15 %), confirmed up to the decision of 5 February 2026
 * (`validUntil: '2026-02-05'`). Deeply frozen.
 *
 * **When to use**: as the base of a newer table after an ECB decision (copy
 * the rows, add the change, move `validUntil`), or to show the source.
 *
 * @example
 * ```ts
 * import { DEFAULT_ECB_RATE_TABLE } from '@tpe/legal-fr';
 *
 * DEFAULT_ECB_RATE_TABLE.validUntil; // '2026-02-05'
 * DEFAULT_ECB_RATE_TABLE.rows.at(-1); // { effectiveDate: '2025-06-11', rate: '2.15' }
 * ```
 *
 * @category Rates
 * @since 0.1.0
 */
export const DEFAULT_ECB_RATE_TABLE: EcbRateTable = frozenCopy(ecbTable);

/**
 * The French legal interest rates shipped with the library
 * (`data/legal-interest-rates.json`): one row per half-year from 2015 H1 to
 * 2026 H1, in both categories. The rate of 2026 H2 is not known yet: the
 * table ends on 2026-06-30. Deeply frozen.
 *
 * @example
 * ```ts
 * import { DEFAULT_LEGAL_INTEREST_RATE_TABLE } from '@tpe/legal-fr';
 *
 * DEFAULT_LEGAL_INTEREST_RATE_TABLE.rows.at(-1);
 * // { from: '2026-01-01', to: '2026-06-30', particuliers: '6.67', autres: '2.62' }
 * ```
 *
 * @see CMF L313-2, D313-1-A
 * @category Rates
 * @since 0.1.0
 */
export const DEFAULT_LEGAL_INTEREST_RATE_TABLE: LegalInterestRateTable = frozenCopy(legalTable);
