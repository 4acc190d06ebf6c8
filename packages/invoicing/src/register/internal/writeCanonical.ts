import { isPlainObject, refuseNotPlain as refuse } from './plainData.js';

/**
 * The canonical JSON of plain data (see `canonicalJson`), leaving out the key
 * `omitKey` of the root object when given: the register hashes a document
 * without its own `hash` without copying it.
 *
 * A quick writer handles plain data; at the first value that is not, or past
 * {@link QUICK_DEPTH} levels, the careful writer starts over, keeping the
 * path to report the problem and the open containers to detect a cycle.
 */
export function writeCanonical(value: unknown, omitKey?: string): string {
  try {
    return quick(value, 0, omitKey);
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
  }
  if (omitKey !== undefined && isPlainObject(value)) return writeObject(value, [], [], omitKey);
  return write(value, [], []);
}

/** Thrown by the quick writer to hand over to the careful one. */
const NOT_PLAIN: unique symbol = Symbol('not plain data');
const QUICK_DEPTH = 256;
/** A string JSON writes as is between quotes: printable ASCII but `"` and `\`. */
const UNESCAPED = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function quote(text: string): string {
  return UNESCAPED.test(text) ? `"${text}"` : JSON.stringify(text);
}

/**
 * Sorts the keys of an object in place by UTF-16 code units, as
 * `Array.prototype.sort` does: an insertion sort, quicker on the dozen keys
 * of a document's objects, already sorted or not.
 */
function sortKeys(keys: string[]): string[] {
  for (let index = 1; index < keys.length; index++) {
    const key = keys[index] as string;
    let before = index - 1;
    while (before >= 0 && (keys[before] as string) > key) {
      keys[before + 1] = keys[before] as string;
      before--;
    }
    keys[before + 1] = key;
  }
  return keys;
}

function quick(value: unknown, depth: number, omitKey?: string): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'object') {
    if (value === null) return 'null';
    if (depth > QUICK_DEPTH) throw NOT_PLAIN;
    if (Array.isArray(value)) {
      let text = '[';
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (item === undefined) throw NOT_PLAIN;
        if (index > 0) text += ',';
        text += quick(item, depth + 1);
      }
      return `${text}]`;
    }
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) throw NOT_PLAIN;
    const record = value as Readonly<Record<string, unknown>>;
    const keys = sortKeys(Object.keys(record));
    let text = '{';
    let first = true;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string;
      const item = record[key];
      if (item === undefined || key === omitKey) continue;
      if (first) first = false;
      else text += ',';
      text += quote(key);
      text += ':';
      text += quick(item, depth + 1);
    }
    return `${text}}`;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // A finite number is written by String as by JSON.stringify.
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw NOT_PLAIN;
}

function write(value: unknown, path: (string | number)[], open: object[]): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (Number.isFinite(value)) return JSON.stringify(value);
      return refuse(path, 'not_finite', `${String(value)} is not a finite number`);
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? writeArray(value, path, open) : writeObject(value, path, open);
    case 'undefined':
      return refuse(path, 'undefined_value', 'undefined is not plain data');
    default:
      return refuse(path, 'not_plain_value', `A ${typeof value} is not plain data`);
  }
}

function writeArray(items: readonly unknown[], path: (string | number)[], open: object[]): string {
  enter(items, path, open);
  let text = '[';
  for (let index = 0; index < items.length; index++) {
    if (index > 0) text += ',';
    if (!(index in items)) refuse([...path, index], 'undefined_value', 'A hole is not plain data');
    path.push(index);
    text += write(items[index], path, open);
    path.pop();
  }
  open.pop();
  return `${text}]`;
}

function writeObject(
  object: object,
  path: (string | number)[],
  open: object[],
  omitKey?: string,
): string {
  if (!isPlainObject(object)) {
    const name = (object as { readonly constructor?: { readonly name?: unknown } }).constructor
      ?.name;
    refuse(path, 'not_plain_value', `A ${String(name ?? 'non-plain object')} is not plain data`);
  }
  enter(object, path, open);
  const record = object as Readonly<Record<string, unknown>>;
  const keys = Object.keys(record).sort();
  let text = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || key === omitKey) continue;
    if (text.length > 1) text += ',';
    path.push(key);
    text += `${JSON.stringify(key)}:${write(item, path, open)}`;
    path.pop();
  }
  open.pop();
  return `${text}}`;
}

function enter(value: object, path: readonly (string | number)[], open: object[]): void {
  if (open.includes(value)) refuse(path, 'circular', 'A value that contains itself');
  open.push(value);
}
