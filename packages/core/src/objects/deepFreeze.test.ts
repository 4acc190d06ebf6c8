import { describe, expect, it } from 'vitest';
import { deepFreeze } from './deepFreeze.js';

describe('deepFreeze', () => {
  it('freezes every level and leaves the input alone', () => {
    const input = { a: [{ b: '1' }], c: { d: null, e: 2 } };
    const frozen = deepFreeze(input);
    expect(frozen).toEqual(input);
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(Object.isFrozen(frozen.a)).toBe(true);
    expect(Object.isFrozen(frozen.a[0])).toBe(true);
    expect(Object.isFrozen(frozen.c)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.a)).toBe(false);
    expect(() => {
      (frozen.a[0] as { b: string }).b = '2';
    }).toThrow(TypeError);
  });

  it('passes primitives through', () => {
    expect(deepFreeze('x')).toBe('x');
    expect(deepFreeze(null)).toBe(null);
    expect(deepFreeze(3n)).toBe(3n);
  });
});
