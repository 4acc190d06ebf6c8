import { deepFreeze, parseWithSchema } from '@tpe/core';
import table from '../../data/vat-rates.json';
import { type VatRateTable, vatRateTableSchema } from './vatRateTableSchema.js';

/**
 * The French VAT rates shipped with the library (`data/vat-rates.json`):
 * metropolitan France (20, 10, 5.5, 2.1), Corsica (20, 13, 10, 2.1, 0.9),
 * Guadeloupe, Martinique and La Réunion (8.5, 2.1, 1.75, 1.05), and Guyane
 * and Mayotte without VAT. The table starts on 2014-01-01 and has no end
 * (`validUntil: null`). Checked with {@link vatRateTableSchema} when the
 * module loads; deeply frozen.
 *
 * **When to use**: as the base of a newer table after a change of rate
 * (close the old row with `to`, add the new row), or to show the source.
 *
 * @example
 * ```ts
 * import { DEFAULT_VAT_RATE_TABLE } from '@tpe/legal-fr';
 *
 * DEFAULT_VAT_RATE_TABLE.validFrom; // '2014-01-01'
 * DEFAULT_VAT_RATE_TABLE.rates[0]; // { territory: 'metropolitan', kind: 'standard', rate: '20', … }
 * ```
 *
 * @see CGI art. 278 to 281 nonies, 294, 296, 297
 * @category VAT
 * @since 0.1.0
 */
export const DEFAULT_VAT_RATE_TABLE: VatRateTable = deepFreeze(
  parseWithSchema(vatRateTableSchema, table),
);
