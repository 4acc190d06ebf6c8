import { TpeError } from '../errors/TpeError.js';

/** Throws `INVALID_ARGUMENT` unless `value` is a safe integer. */
export function assertWholeNumber(value: unknown, name: string): asserts value is number {
  if (!Number.isSafeInteger(value)) {
    throw new TpeError('INVALID_ARGUMENT', `${name} must be a whole number, got ${String(value)}`, {
      issues: [
        { path: [name], code: 'not_whole_number', message: `${name} must be a whole number` },
      ],
      details: { [name]: value },
    });
  }
}
