import { z } from 'zod';
import { isCurrencyCode } from '../money/currency.js';

/**
 * A zod schema for an ISO 4217 currency code known to the library (`"EUR"`,
 * `"JPY"`, `"TND"`…). Issues carry the code `invalid_currency`.
 *
 * @example
 * ```ts
 * import { currencyCodeSchema } from '@tpe/core';
 *
 * currencyCodeSchema.parse('EUR'); // 'EUR'
 * currencyCodeSchema.safeParse('EURO').success; // false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const currencyCodeSchema: z.ZodString = z.string().check((context) => {
  if (!isCurrencyCode(context.value)) {
    context.issues.push({
      code: 'custom',
      message: `Not an ISO 4217 currency code: ${JSON.stringify(context.value.slice(0, 16))}`,
      input: context.value,
      params: { code: 'invalid_currency' },
    });
  }
});
