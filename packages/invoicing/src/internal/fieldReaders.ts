import { isIsoDate } from '@tpe/core';
import type { z } from 'zod';
import { isPlainObject } from '../register/internal/plainData.js';
import { refuse } from './readShape.js';

/**
 * Readers of plain data that accept what a zod schema accepts and answer
 * what it outputs, without zod: a copy of each object and array, its keys in
 * the order of the schema's shape, a key given as `undefined` kept, an
 * absent optional key left out. A reader stops at the first value it does
 * not accept by throwing (see `refuse`); the caller then asks the schema to
 * explain. Only plain objects are read (zod reads other objects too: the
 * schema then does). A property test holds each reader to its schema.
 */
export type Reader = (value: unknown) => unknown;

/** A plain object whose every key `known` accepts, or a refusal: the keys of `z.strictObject`. */
export function plainRecord(
  value: unknown,
  known: (key: string) => boolean,
): Readonly<Record<string, unknown>> {
  if (!isPlainObject(value)) refuse();
  const record = value as Readonly<Record<string, unknown>>;
  for (const key in record) if (!known(key)) refuse();
  return record;
}

/** `isoDateSchema` of `@tpe/core`, optional. */
export function readOptionalDate(value: unknown): string | undefined {
  if (value !== undefined && !isIsoDate(value)) refuse();
  return value;
}

/** The schema itself, for a field whose rules are not worth reading twice: what it outputs. */
export function bySchema(schema: z.ZodType): Reader {
  return (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : refuse();
  };
}

/** `schema.optional()`. */
export function optional(read: Reader): Reader {
  return (value) => (value === undefined ? undefined : read(value));
}

/** `z.array(item).min(min).max(max)`: a new array. */
export function list(read: Reader, max: number, min = 0): Reader {
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) refuse();
    const copy: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index++) copy[index] = read(value[index]);
    return copy;
  };
}

/**
 * `z.strictObject(fields)`, its fields in the order of the shape, an
 * optional one read by an {@link optional} reader; for the objects a
 * document seldom has (the common ones have readers of their own, quicker).
 */
export function object(fields: Readonly<Record<string, Reader>>): Reader {
  const entries = Object.entries(fields);
  const known = (key: string): boolean => Object.hasOwn(fields, key);
  return (value) => {
    const record = plainRecord(value, known);
    const copy: Record<string, unknown> = {};
    for (const [key, read] of entries) {
      // An absent field is read as undefined: a refusal unless it is optional.
      if (key in record) copy[key] = read(record[key]);
      else read(undefined);
    }
    return copy;
  };
}
