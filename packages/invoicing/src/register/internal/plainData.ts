import { TpeError } from '@tpe/core';

/** Whether a value is a plain object: not an array, its prototype `Object.prototype` or `null`. */
export function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Throws the `INVALID_INPUT` error of a value that is not plain data. */
export function refuseNotPlain(
  path: readonly (string | number)[],
  code: string,
  message: string,
): never {
  const where = path.length > 0 ? path.join('.') : 'the root';
  throw new TpeError('INVALID_INPUT', `Not plain data at ${where}: ${message}`, {
    issues: [{ path: [...path], code, message }],
  });
}
