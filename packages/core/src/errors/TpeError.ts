const brand: unique symbol = Symbol.for('@tpe/core/TpeError') as never;

/**
 * One problem found in an input: where it is (`path`), what kind of problem
 * (`code`, a stable snake_case string) and a message for humans.
 *
 * @category Errors
 * @since 0.1.0
 */
export interface TpeIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/**
 * Options accepted by the {@link TpeError} constructor.
 *
 * @category Errors
 * @since 0.1.0
 */
export interface TpeErrorOptions {
  /** The individual problems; defaults to one issue at the root with the error's code. */
  readonly issues?: readonly TpeIssue[];
  /** Machine-readable facts about the error (part of the public API). */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The lower-level error that caused this one, if any. */
  readonly cause?: unknown;
}

/**
 * The single error type of the `@tpe` suite.
 *
 * **When to use**: every expected failure of a `@tpe` function (bad input, a
 * currency mismatch, a date outside a rate table) is a `TpeError` with a
 * stable `code`; switch on the code, never on the message.
 *
 * **Gotchas**: an application that loads both the ESM and the CJS build gets
 * two copies of this class and `instanceof` fails across them; use
 * {@link isTpeError}, which also recognises the brand.
 *
 * @example
 * ```ts
 * import { TpeError, isTpeError } from '@tpe/core';
 *
 * const error = new TpeError('INVALID_DECIMAL', 'Not a decimal string: "1,5"');
 * isTpeError(error); // true
 * error.code; // 'INVALID_DECIMAL'
 * error.issues; // [{ path: [], code: 'INVALID_DECIMAL', message: 'Not a decimal string: "1,5"' }]
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export class TpeError extends Error {
  /** Stable, SCREAMING_SNAKE_CASE error code. */
  readonly code: string;
  /** The individual problems, each with its path in the input. */
  readonly issues: readonly TpeIssue[];
  /** Machine-readable facts about the error. */
  readonly details: Readonly<Record<string, unknown>>;
  readonly [brand] = true;

  constructor(code: string, message: string, options: TpeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TpeError';
    this.code = code;
    this.issues = Object.freeze(options.issues ?? [{ path: [], code, message }]);
    this.details = Object.freeze({ ...options.details });
  }
}

/**
 * Tells whether a value is a {@link TpeError}, from this copy of the library
 * or from another build of it (ESM and CJS loaded side by side).
 *
 * @example
 * ```ts
 * import { isTpeError, parseDecimal } from '@tpe/core';
 *
 * try {
 *   parseDecimal('1,5');
 * } catch (error) {
 *   if (isTpeError(error)) console.log(error.code); // 'INVALID_DECIMAL'
 * }
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export function isTpeError(value: unknown): value is TpeError {
  return (
    value instanceof TpeError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[brand] === true)
  );
}
