import { TpeError } from '../errors/TpeError.js';
import { currency as lookUpCurrency } from '../money/currency.js';
import { exponentOf } from '../money/Money.js';
import type { AmountColumn } from './columns.js';
import { parseDecimalColumn } from './parseDecimalColumn.js';

/**
 * Reads amounts given as decimal strings into an {@link AmountColumn}.
 *
 * @param values - decimal strings such as `"1234.56"`
 * @param currencyCode - ISO 4217; `"EUR"` by default
 * @param options - `scale`: digits kept, the currency's exponent by default
 * @throws {@link TpeError} as {@link parseDecimalColumn}, and `INVALID_CURRENCY`
 *
 * @example
 * ```ts
 * import { parseAmountColumn, sumAmountColumn, formatMoney } from '@tpe/core';
 *
 * const column = parseAmountColumn(['19.99', '5.01', '0.10']);
 * formatMoney(sumAmountColumn(column)); // '25.10'
 * ```
 *
 * @category Batch
 * @since 0.1.0
 */
export function parseAmountColumn(
  values: readonly string[],
  currencyCode: string = 'EUR',
  options: { readonly scale?: number } = {},
): AmountColumn {
  const currency = lookUpCurrency(currencyCode);
  const exponent = exponentOf(currency);
  const scale = options.scale ?? exponent;
  if (scale < exponent) {
    throw new TpeError(
      'INVALID_ARGUMENT',
      `A ${currency.code} column needs a scale of at least ${exponent}`,
      {
        details: { scale, exponent },
      },
    );
  }
  return { ...parseDecimalColumn(values, scale), currency };
}
