import type { DecimalOptions } from '@tpe/core';
import * as core from '@tpe/core';

/**
 * The checks the fast input readers make, each accepting exactly what the
 * matching zod schema accepts: a reader that agrees with its schema lets a
 * public function skip the schema on valid input and keep it to explain a
 * refusal.
 */

/**
 * The functions of `@tpe/core` on the hot path, read once: through a CommonJS
 * `require` or a transpiling module loader, each `core.name` read is a getter
 * call.
 */
const { isIsoDate, scaleOfDecimal } = core;

/** A plain object, as `z.object` accepts it (not `null`, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether every own key of `record` is one of `keys` (`z.strictObject`). */
export function hasOnlyKeys(record: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const key in record) {
    if (!keys.has(key)) return false;
  }
  return true;
}

/** `z.string().max(maxLength).optional()`. */
export function isOptionalText(value: unknown, maxLength: number): boolean {
  return value === undefined || (typeof value === 'string' && value.length <= maxLength);
}

/** `z.boolean().optional()`. */
export function isOptionalBoolean(value: unknown): boolean {
  return value === undefined || typeof value === 'boolean';
}

/** `isoDateSchema`. */
export function isDate(value: unknown): boolean {
  return isIsoDate(value);
}

/** `isoDateSchema.optional()`. */
export function isOptionalDate(value: unknown): boolean {
  return value === undefined || isIsoDate(value);
}

/** `decimalStringSchema(options)`. */
export function isDecimal(value: unknown, options: DecimalOptions): boolean {
  if (typeof value !== 'string') return false;
  try {
    scaleOfDecimal(value, options);
    return true;
  } catch {
    return false;
  }
}

/** `decimalStringSchema(options).optional()`. */
export function isOptionalDecimal(value: unknown, options: DecimalOptions): boolean {
  return value === undefined || isDecimal(value, options);
}

/** `z.enum([...values]).optional()`. */
export function isOptionalMember(value: unknown, values: ReadonlySet<unknown>): boolean {
  return value === undefined || values.has(value);
}
