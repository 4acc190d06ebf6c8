import { isTpeError, type TpeError } from '@tpe/core';
import { expect } from 'vitest';

/**
 * The `TpeError` that `run` throws, after checking that its message and the
 * message of each of its issues say something. Throws what `run` throws
 * when it is not a `TpeError`, and an error when `run` throws nothing: the
 * test fails.
 */
export function caughtTpeError(run: () => unknown): TpeError {
  try {
    run();
  } catch (error) {
    if (!isTpeError(error)) throw error;
    expect(error.message).not.toBe('');
    for (const issue of error.issues) expect(issue.message).not.toBe('');
    return error;
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
