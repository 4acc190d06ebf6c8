/**
 * A deeply read-only view of a type.
 *
 * @example
 * ```ts
 * import type { DeepReadonly } from '@tpe/core';
 *
 * type Issued = DeepReadonly<{ lines: { amount: string }[] }>;
 * ```
 *
 * @category Objects
 * @since 0.1.0
 */
export type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/**
 * Returns a deeply frozen copy of plain data (objects and arrays): neither it
 * nor anything inside it can be changed afterwards, even by code that ignores
 * the `readonly` types. The input is not changed.
 *
 * **When to use**: legal tables loaded once and shared, issued documents that
 * must never change.
 *
 * @example
 * ```ts
 * import { deepFreeze } from '@tpe/core';
 *
 * const table = deepFreeze({ rows: [{ from: '2026-01-01', rate: '2.15' }] });
 * Object.isFrozen(table.rows[0]); // true
 * ```
 *
 * @category Objects
 * @since 0.1.0
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (Array.isArray(value)) return Object.freeze(value.map(deepFreeze)) as DeepReadonly<T>;
  if (typeof value === 'object' && value !== null) {
    return Object.freeze(
      Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deepFreeze(item)])),
    ) as DeepReadonly<T>;
  }
  return value as DeepReadonly<T>;
}
