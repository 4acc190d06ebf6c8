import { TpeError } from '@tpe/core';

/** A `TpeError` `INVALID_INPUT` with one issue at `path`. */
export function invalidInput(
  path: readonly (string | number)[],
  code: string,
  message: string,
): TpeError {
  return new TpeError('INVALID_INPUT', `Invalid input: ${path.join('.')}: ${message}`, {
    issues: [{ path, code, message }],
  });
}

/** A `TpeError` `CURRENCY_MISMATCH` for a record in another currency. */
export function currencyMismatch(
  path: readonly (string | number)[],
  expected: string,
  found: string,
): TpeError {
  const message = `Expected an amount in ${expected}, got ${found}`;
  return new TpeError('CURRENCY_MISMATCH', message, {
    issues: [{ path: [...path, 'currency'], code: 'currency_mismatch', message }],
    details: { expected, found },
  });
}
