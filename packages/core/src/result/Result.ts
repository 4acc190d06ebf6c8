import { isTpeError, type TpeError } from '../errors/TpeError.js';

/**
 * The outcome of an operation that can fail in an expected way: either
 * `{ ok: true, value }` or `{ ok: false, error }`.
 *
 * **When to use**: `@tpe` functions return a `Result` for failures a caller must
 * handle (a payment term over the legal cap, stock too low) and for every
 * `safeParse…` function; they throw only on programmer errors.
 *
 * @example
 * ```ts
 * import { safeParseDecimal } from '@tpe/core';
 *
 * const result = safeParseDecimal('12.50');
 * if (result.ok) console.log(result.value.toFixed(2)); // '12.50'
 * else console.log(result.error.code);
 * ```
 *
 * @category Results
 * @since 0.1.0
 */
export type Result<T, E = TpeError> = Ok<T> | Err<E>;

/**
 * The success branch of a {@link Result}.
 *
 * @category Results
 * @since 0.1.0
 */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/**
 * The failure branch of a {@link Result}.
 *
 * @category Results
 * @since 0.1.0
 */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/**
 * Wraps a value in a successful {@link Result}.
 *
 * @example
 * ```ts
 * import { ok } from '@tpe/core';
 *
 * ok(42); // { ok: true, value: 42 }
 * ```
 *
 * @category Results
 * @since 0.1.0
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps an error in a failed {@link Result}.
 *
 * @example
 * ```ts
 * import { err, TpeError } from '@tpe/core';
 *
 * err(new TpeError('INVALID_ARGUMENT', 'no ratios')).ok; // false
 * ```
 *
 * @category Results
 * @since 0.1.0
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}

/**
 * Returns the value of a successful {@link Result}, or throws its error.
 *
 * @example
 * ```ts
 * import { ok, unwrap } from '@tpe/core';
 *
 * unwrap(ok('2026-11-27')); // '2026-11-27'
 * ```
 *
 * @category Results
 * @since 0.1.0
 */
export function unwrap<T, E>(result: Result<T, E>): T {
  if (result.ok) return result.value;
  throw result.error;
}

/**
 * Runs a function that throws {@link TpeError} and captures the outcome as a
 * {@link Result}. Errors of any other kind are rethrown: they are bugs.
 *
 * @example
 * ```ts
 * import { attempt, parseDecimal } from '@tpe/core';
 *
 * attempt(() => parseDecimal('1e3')).ok; // false
 * ```
 *
 * @category Results
 * @since 0.1.0
 */
export function attempt<T>(run: () => T): Result<T> {
  try {
    return ok(run());
  } catch (error) {
    if (isTpeError(error)) return err(error);
    throw error;
  }
}
