import { deepFreeze } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { canonicalJson } from './canonicalJson.js';

describe('canonicalJson', () => {
  it('sorts keys at every level and writes no whitespace', () => {
    expect(canonicalJson({ z: 1, a: [{ y: 'x', b: null }], m: { d: false, c: true } })).toBe(
      '{"a":[{"b":null,"y":"x"}],"m":{"c":true,"d":false},"z":1}',
    );
  });

  it('sorts keys by UTF-16 code units: capitals before small letters, "10" before "9"', () => {
    expect(canonicalJson({ b: 1, B: 2, '9': 3, '10': 4, é: 5 })).toBe(
      '{"10":4,"9":3,"B":2,"b":1,"é":5}',
    );
  });

  it('keeps decimal strings exactly as written', () => {
    expect(canonicalJson(['1.50', '1.5', '-0.00', '001'])).toBe('["1.50","1.5","-0.00","001"]');
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson({ text: 'a "quote"\nand \\ é \u0001' })).toBe(
      '{"text":"a \\"quote\\"\\nand \\\\ é \\u0001"}',
    );
  });

  it('writes numbers as JavaScript does, and scalars alone', () => {
    expect(canonicalJson([1, -0, 1.5, 1e21, 2 ** 53])).toBe('[1,0,1.5,1e+21,9007199254740992]');
    expect(canonicalJson('x')).toBe('"x"');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
  });

  it('leaves out object keys holding undefined, as absent fields', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('accepts objects without a prototype and frozen objects', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 2, a: 1 });
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
    expect(canonicalJson(deepFreeze({ b: [2], a: 1 }))).toBe('{"a":1,"b":[2]}');
  });

  it('gives the same text whatever the order the keys were written in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
      }),
    );
  });

  it('reads back as the same data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(/\s/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, ''))).toBe(false);
      }),
    );
  });

  const circular: Record<string, unknown> = { a: 1 };
  circular.self = { back: circular };
  const cases: readonly [string, unknown, readonly (string | number)[], string][] = [
    ['undefined alone', undefined, [], 'undefined_value'],
    ['undefined in an array', { lines: [1, undefined] }, ['lines', 1], 'undefined_value'],
    ['a hole in an array', { lines: new Array(2) }, ['lines', 0], 'undefined_value'],
    ['NaN', { amount: Number.NaN }, ['amount'], 'not_finite'],
    ['Infinity', [Number.POSITIVE_INFINITY], [0], 'not_finite'],
    ['a function', { f: () => 1 }, ['f'], 'not_plain_value'],
    ['a symbol', { s: Symbol('s') }, ['s'], 'not_plain_value'],
    ['a bigint', { n: 1n }, ['n'], 'not_plain_value'],
    ['a Date', { at: new Date(0) }, ['at'], 'not_plain_value'],
    ['a Map', new Map(), [], 'not_plain_value'],
    ['a value that contains itself', circular, ['self', 'back'], 'circular'],
  ];
  it.each(cases)('refuses %s with INVALID_INPUT', (_name, value, path, code) => {
    const error = caughtTpeError(() => canonicalJson(value));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([expect.objectContaining({ path, code })]);
  });

  it('does not change its input', () => {
    const input = { b: [{ d: 1, c: 2 }], a: 'x' };
    const copy = structuredClone(input);
    canonicalJson(input);
    expect(input).toEqual(copy);
    expect(Object.keys(input)).toEqual(['b', 'a']);
  });
});
