import { isTpeError, type TpeError } from '@tpe/core';

/**
 * The `TpeError` that `run` throws. Throws what `run` throws when it is not
 * a `TpeError`, and an error when `run` throws nothing: the test fails.
 */
export function caughtTpeError(run: () => unknown): TpeError {
  try {
    run();
  } catch (error) {
    if (isTpeError(error)) return error;
    throw error;
  }
  throw new Error('expected a TpeError');
}

/** A thrown `TpeError` as a test compares it (see {@link tpeFailure}). */
export interface TpeFailure {
  readonly code: string;
  readonly details: unknown;
  /** Each issue's path, joined with dots, and its code. */
  readonly issues: readonly { readonly path: string; readonly code: string }[];
  /** Each issue's path, joined with dots. */
  readonly paths: readonly string[];
}

/** The `TpeError` that `run` throws (see {@link caughtTpeError}), in the form of a {@link TpeFailure}. */
export function tpeFailure(run: () => unknown): TpeFailure {
  const error = caughtTpeError(run);
  const issues = error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
  return {
    code: error.code,
    details: error.details,
    issues,
    paths: issues.map((issue) => issue.path),
  };
}
