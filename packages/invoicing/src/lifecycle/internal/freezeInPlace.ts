/**
 * Freezes an object and every object and array it holds, in place, and
 * returns it: the frozen result of `deepFreeze` of `@tpe/core` without its
 * copy. Only for a value built by the caller, none of whose parts belongs to
 * anyone else (here: a document whose every object is a copy `issue` made).
 */
export function freezeInPlace<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) freezeInPlace(value[index]);
  } else {
    const record = value as Readonly<Record<string, unknown>>;
    for (const key in record) freezeInPlace(record[key]);
  }
  return Object.freeze(value);
}
