/**
 * The shape checks shared by the fast readers of the package (totals,
 * documents, issue options). A reader stops at the first thing it does not accept by throwing {@link REFUSED};
 * the caller catches it and asks the zod schema to explain the problem.
 * Thrown only for input that the schema refuses too (a property test holds
 * them together).
 */
export const REFUSED: unique symbol = Symbol('refused');

/** Stops the fast reading. */
export function refuse(): never {
  throw REFUSED;
}

/** Whether a value is a non-null object that is not an array, as zod objects require. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string of `min` to `max` characters, or a refusal. */
export function readText(value: unknown, min: number, max: number): string {
  if (typeof value !== 'string' || value.length < min || value.length > max) refuse();
  return value;
}

/** `undefined`, or a string of `min` to `max` characters, or a refusal. */
export function readOptionalText(value: unknown, min: number, max: number): string | undefined {
  return value === undefined ? undefined : readText(value, min, max);
}

/** An array of at most `max` items, or a refusal. */
export function readArray(value: unknown, max: number): readonly unknown[] {
  if (!Array.isArray(value) || value.length > max) refuse();
  return value;
}
